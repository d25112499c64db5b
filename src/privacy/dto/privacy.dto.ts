import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CONSENT_KINDS, type ConsentKind } from 'src/privacy/privacy-notice';

export class NoticeSection {
  @ApiProperty() heading: string;
  @ApiProperty() body: string;
}

export class PrivacyNoticeView {
  @ApiProperty({ example: '2026-12-01' }) version: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'One sentence for the form' }) summary: string;
  @ApiProperty({ type: [NoticeSection] }) sections: NoticeSection[];
}

export class ConsentDto {
  @ApiProperty({ enum: CONSENT_KINDS })
  @IsIn(CONSENT_KINDS)
  kind: ConsentKind;

  @ApiProperty({ description: 'Agree (true) or withdraw (false)' })
  @IsBoolean()
  granted: boolean;

  @ApiPropertyOptional({
    example: '2026-12-01',
    description: 'For privacy_notice: the version shown (it must be the current one)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  privacyVersion?: string;
}

/** Where a person stands: the notice version agreed to, and whether lists may show their name. */
export class PrivacyView {
  @ApiProperty({ example: '2026-12-01', description: 'The current notice' })
  currentVersion: string;
  @ApiProperty({ type: String, nullable: true, description: 'The version this person agreed to' })
  agreedVersion: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) agreedAt: string | null;
  @ApiProperty({ description: 'Ask now: no agreement yet, or to an older version' })
  mustAgree: boolean;
  @ApiProperty({ description: 'Lists other people see may show the full name (default: 陈**)' })
  showName: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) showNameSince: string | null;
}
