import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsOptional,
  IsString,
  Matches,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { IsText } from 'src/common/validation/validators';
import { PageMeta } from 'src/common/pagination/page';
import type { Community } from 'src/communities/entities/community.entity';

@ValidatorConstraint({ name: 'timeZone' })
export class IsTimeZoneConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || value.length > 64) return false;
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }

  defaultMessage(): string {
    return 'timezone must be an IANA time zone such as Asia/Shanghai';
  }
}

export class CreateCommunityDto {
  @IsText(100)
  name: string;

  @ApiProperty({
    example: 'YANGGUANG',
    description: '2–32 letters, digits, - or _; stored upper-case',
    // As typed: trimmed and upper-cased before the validator's /^[A-Z0-9_-]{2,32}$/.
    pattern: '^\\s*[A-Za-z0-9_-]{2,32}\\s*$',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @IsString()
  @Matches(/^[A-Z0-9_-]{2,32}$/, { message: 'code must be 2–32 letters, digits, - or _' })
  code: string;

  @ApiPropertyOptional({
    example: 'Asia/Shanghai',
    maxLength: 64,
    pattern: '^[A-Za-z][A-Za-z0-9_+/-]*$',
    description: 'An IANA time zone (default Asia/Shanghai)',
  })
  @IsOptional()
  @Validate(IsTimeZoneConstraint)
  timezone?: string;
}

export class CommunityView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() code: string;
  @ApiProperty() timezone: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static of(c: Community): CommunityView {
    return {
      id: c.id,
      name: c.name,
      code: c.code,
      timezone: c.timezone,
      createdAt: c.createdAt.toISOString(),
    };
  }
}

export class CommunityPage extends PageMeta {
  @ApiProperty({ type: [CommunityView] }) items: CommunityView[];
}
