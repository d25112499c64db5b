import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { normalizePhone } from 'src/common/phone';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/** Mainland China mobile number: 11 digits starting 13–19. */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/**
 * What normalizePhone turns into a mainland mobile number: its digits (after an optional 86)
 * with spaces, dashes, brackets and plus signs anywhere. The document states it exactly.
 */
const TYPED_MOBILE =
  '^[\\s()+-]*(?:8[\\s()+-]*6[\\s()+-]*)?1[\\s()+-]*[3-9](?:[\\s()+-]*\\d){9}[\\s()+-]*$';

const trim = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value,
);

const asPhone = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? normalizePhone(value) : value,
);

interface Opt {
  optional?: boolean;
  description?: string;
  /** null is accepted (and means "none"): the document says so. */
  nullable?: boolean;
}

const doc = (o: Opt, extra: Record<string, unknown>) => {
  const options = {
    ...extra,
    description: o.description,
    ...(o.nullable ? { nullable: true } : {}),
  };
  return o.optional ? ApiPropertyOptional(options) : ApiProperty(options);
};

const maybeOptional = (o: Opt) => (o.optional ? [IsOptional()] : [IsNotEmpty()]);

/** An id (UUID) in a body or query. */
export const IsId = (o: Opt = {}) =>
  applyDecorators(
    doc(o, { format: 'uuid', type: String }),
    ...maybeOptional(o),
    IsUUID('all', { message: '$property must be an id (UUID)' }),
  );

/** A mainland mobile number, as typed (spaces, dashes, +86) and stored as its 11 digits. */
export const IsMobile = (o: Opt = {}) =>
  applyDecorators(
    doc(o, { example: '13800138000', type: String, pattern: TYPED_MOBILE }),
    asPhone,
    ...maybeOptional(o),
    IsString(),
    Matches(MAINLAND_MOBILE, { message: '$property must be an 11-digit mainland mobile number' }),
  );

/** A password as typed by a person: 8–128 characters. */
export const IsPassword = (o: Opt = {}) =>
  applyDecorators(
    doc(o, { minLength: 8, maxLength: 128, type: String }),
    ...maybeOptional(o),
    IsString(),
    MinLength(8),
    MaxLength(128),
  );

/** A trimmed, non-empty text of at most `max` characters. */
export const IsText = (max: number, o: Opt = {}) =>
  applyDecorators(
    doc(o, { minLength: 1, maxLength: max, pattern: '\\S', type: String }),
    trim,
    ...maybeOptional(o),
    IsString(),
    MinLength(1, { message: '$property must not be empty' }),
    MaxLength(max),
  );

/** An integer query or body value within bounds; query strings are converted. */
export const IsIntIn = (min: number, max: number, o: Opt = {}) =>
  applyDecorators(
    doc(o, { minimum: min, maximum: max, type: 'integer' }),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value,
    ),
    ...maybeOptional(o),
    IsInt(),
    Min(min),
    Max(max),
  );

/** The privacy notice version a form showed and the person agreed to (GET /public/privacy-notice). */
export const IsPrivacyVersion = () =>
  applyDecorators(
    ApiProperty({
      example: '2026-12-01',
      maxLength: 16,
      description:
        'The version of the privacy notice shown and agreed to (GET /public/privacy-notice)',
      type: String,
    }),
    IsString(),
    MinLength(1, { message: 'privacyVersion: read and agree to the privacy notice' }),
    MaxLength(16),
  );
