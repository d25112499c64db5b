import { PageMeta } from 'src/common/pagination/page';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Max,
  Min,
  Validate,
  ValidateIf,
  ValidateNested,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import {
  DEFAULT_RULES,
  EXPIRY_MODES,
  type ExpiryMode,
  type PointRules,
  WISH_CATEGORIES,
} from 'src/points/rules/point-rules';
import { multiplierHundredths } from 'src/points/rules/exact-points';

const MAX_POINTS = 100_000;
/** Caps and budgets stay far below what the int columns that count against them can hold. */
const MAX_TOTAL = 1_000_000_000;

export class WishPointsDto {
  @ApiProperty({ type: 'integer', example: 0 }) @IsInt() @Min(0) @Max(MAX_POINTS) '1': number;
  @ApiProperty({ type: 'integer', example: 2 }) @IsInt() @Min(0) @Max(MAX_POINTS) '2': number;
  @ApiProperty({ type: 'integer', example: 5 }) @IsInt() @Min(0) @Max(MAX_POINTS) '3': number;
  @ApiProperty({ type: 'integer', example: 8 }) @IsInt() @Min(0) @Max(MAX_POINTS) '4': number;
  @ApiProperty({ type: 'integer', example: 10 }) @IsInt() @Min(0) @Max(MAX_POINTS) '5': number;
}

export class ExpiryRuleDto {
  @ApiProperty({ enum: EXPIRY_MODES })
  @IsIn(EXPIRY_MODES)
  mode: ExpiryMode;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'Required for mode "months": 1–120',
    example: 12,
  })
  @ValidateIf((o: ExpiryRuleDto) => o.mode === 'months' || o.months !== undefined)
  @IsInt()
  @Min(1)
  @Max(120)
  months?: number;
}

@ValidatorConstraint({ name: 'categoryMultipliers' })
class CategoryMultipliersConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    return Object.entries(value).every(
      ([k, v]) =>
        (WISH_CATEGORIES as readonly string[]).includes(k) &&
        typeof v === 'number' &&
        Number.isFinite(v) &&
        v >= 0 &&
        v <= 10 &&
        multiplierHundredths(v) !== null,
    );
  }

  defaultMessage(): string {
    return `categoryMultipliers maps categories (${WISH_CATEGORIES.join(', ')}) to numbers from 0 to 10 with at most two decimals`;
  }
}

/** The full rule set; PUT replaces it and creates a new version. */
export class PointRulesDto {
  @ApiProperty({ type: 'integer', example: 10 })
  @IsInt()
  @Min(0)
  @Max(MAX_POINTS)
  pointsPerHour: number;

  @ApiProperty({
    type: WishPointsDto,
    description: 'Points by rating; all five ratings are required',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => WishPointsDto)
  wishPoints: WishPointsDto;

  @ApiProperty({
    type: 'object',
    example: { medical_escort: 1.5 },
    description:
      'Missing categories count as 1; at most two decimals (points are computed in whole hundredths, halves up)',
    properties: Object.fromEntries(
      WISH_CATEGORIES.map((c) => [c, { type: 'number', minimum: 0, maximum: 10 }]),
    ),
  })
  @Validate(CategoryMultipliersConstraint)
  categoryMultipliers: Record<string, number>;

  @ApiProperty({ type: 'integer', example: 3 })
  @IsInt()
  @Min(0)
  @Max(1000)
  pairMonthlyCap: number;

  @ApiProperty({ nullable: true, type: 'integer', example: null, maximum: MAX_TOTAL })
  @ValidateIf((o: PointRulesDto) => o.volunteerMonthlyCap !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_TOTAL)
  volunteerMonthlyCap: number | null;

  @ApiProperty({ nullable: true, type: 'integer', example: null, maximum: MAX_TOTAL })
  @ValidateIf((o: PointRulesDto) => o.monthlyIssuanceBudget !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_TOTAL)
  monthlyIssuanceBudget: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    example: DEFAULT_RULES.maxPointsPerAward,
    description: `Most points one award may post (default ${DEFAULT_RULES.maxPointsPerAward}); more is cut to this and flagged posting_cap`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_POINTS)
  maxPointsPerAward?: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: DEFAULT_RULES.backfillDays,
    description: `How many days back activities and self-reported service may lie (default ${DEFAULT_RULES.backfillDays})`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  backfillDays?: number;

  @ApiProperty({ type: ExpiryRuleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ExpiryRuleDto)
  expiry: ExpiryRuleDto;
}

export class PointRulesView extends PointRulesDto {
  @ApiProperty({ type: 'integer', description: '0 until the community first saves its own rules' })
  version: number;

  @ApiProperty({ type: 'integer' }) declare maxPointsPerAward: number;
  @ApiProperty({ type: 'integer' }) declare backfillDays: number;

  static of(version: number, rules: PointRules): PointRulesView {
    return { version, ...rules };
  }
}

/** A past version of the rules: what they were, since when, set by whom. */
export class PointRulesVersionView extends PointRulesView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) createdBy: string | null;
}

export class PointRulesHistory extends PageMeta {
  @ApiProperty({ type: [PointRulesVersionView] }) items: PointRulesVersionView[];
}
