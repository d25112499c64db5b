import { PrivacyView } from 'src/privacy/dto/privacy.dto';
import { RecognitionView } from 'src/recognition/dto/recognition.dto';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import {
  IsId,
  IsMobile,
  IsPassword,
  IsText,
  IsPrivacyVersion,
} from 'src/common/validation/validators';
import { CommunityView } from 'src/communities/dto/community.dto';
import { VolunteerView } from 'src/communities/dto/member.dto';
import { ROLES, type Role } from 'src/users/roles';

export class RegisterDto {
  @ApiProperty({ example: 'DEMO', description: 'The code your community published' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{2,32}$/, {
    message: 'communityCode must be 2–32 letters, digits, - or _',
  })
  communityCode: string;

  @IsMobile()
  phone: string;

  @IsPassword()
  password: string;

  @IsText(64)
  name: string;

  @IsId({ optional: true, description: 'Your home grid' })
  gridId?: string;

  @IsPrivacyVersion()
  privacyVersion: string;
}

export class LoginDto {
  @ApiProperty({ example: '13800000001' })
  @IsString()
  @MinLength(5)
  @MaxLength(20)
  phone: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the last refresh' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  refreshToken: string;
}

export class MeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() phone: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) gridId: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({
    description:
      'The phone is proven yours (an SMS code, or staff confirmed it): wishes given with it by QR code or a grid worker are then yours in the app',
  })
  phoneVerified: boolean;
  @ApiProperty({ type: CommunityView, nullable: true }) community: CommunityView | null;
  @ApiProperty({ type: VolunteerView, nullable: true }) volunteer: VolunteerView | null;
  @ApiProperty({
    type: RecognitionView,
    nullable: true,
    description: 'Star level from approved hours and badge from lifetime points (in a community)',
  })
  recognition: RecognitionView | null;
  @ApiProperty({
    type: PrivacyView,
    description:
      'The privacy notice agreed to (mustAgree: ask now) and whether lists show the name',
  })
  privacy: PrivacyView;
}

export class TokenPair {
  @ApiProperty({ description: 'JWT, valid 15 minutes; send as Authorization: Bearer' })
  accessToken: string;
  @ApiProperty({ description: 'Opaque, single use; rotate it with POST /auth/refresh' })
  refreshToken: string;
  @ApiProperty({ type: 'integer', example: 900, description: 'Access token lifetime in seconds' })
  expiresIn: number;
}

export class AuthSession extends TokenPair {
  @ApiProperty({ type: MeView }) user: MeView;
}
