import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class PhoneCodeDto {
  @ApiProperty({ example: '482913' })
  @Matches(/^\d{6}$/, { message: 'code is the 6-digit code sent by SMS' })
  code: string;
}

export class PhoneCodeSentView {
  @ApiProperty({ example: '138****8000', description: 'Where the code went, masked' })
  sentTo: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class PhoneProofView {
  @ApiProperty() phoneVerified: boolean;
  @ApiProperty({
    type: 'integer',
    description: 'Wishes given with this phone (QR code, grid worker) that became the member’s',
  })
  wishesLinked: number;
}
