import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsIntIn, IsText } from 'src/common/validation/validators';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class BadgeDto {
  @IsText(20)
  name: string;

  @IsIntIn(1, 100_000_000, { description: 'Lifetime points earned at which the badge is held' })
  points: number;
}

export class RecognitionSettingsDto {
  @ApiProperty({
    type: 'integer',
    isArray: true,
    minItems: 1,
    maxItems: 10,
    example: [100, 300, 600, 1000, 1500],
    description: 'Approved service hours for star levels 1, 2, …, strictly ascending',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(100_000, { each: true })
  starHours: number[];

  @ApiProperty({ type: BadgeDto, isArray: true, maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BadgeDto)
  badges: BadgeDto[];

  @ApiProperty({
    type: String,
    isArray: true,
    maxItems: 400,
    example: ['2026-10-01'],
    description: 'Holidays on weekdays (YYYY-MM-DD): not working days for the recording deadline',
  })
  @IsArray()
  @ArrayMaxSize(400)
  @Matches(DAY, { each: true, message: 'each holiday is a date YYYY-MM-DD' })
  holidays: string[];

  @ApiProperty({
    type: String,
    isArray: true,
    maxItems: 100,
    example: ['2026-10-10'],
    description: 'Weekend days worked in lieu of a holiday (调休上班日, YYYY-MM-DD)',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(DAY, { each: true, message: 'each workday is a date YYYY-MM-DD' })
  workdays: string[];
}

export class BadgeView {
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) points: number;
}

/** Where a member stands: star level from approved hours, badge from lifetime points earned. */
export class RecognitionView {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Star level, 0 to the number of thresholds',
  })
  stars: number;
  @ApiProperty({ type: 'integer', description: 'Approved service minutes in total' })
  serviceMinutes: number;
  @ApiProperty({ description: 'The same in hours, one decimal, rounded down' })
  serviceHours: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Hours of the next star level; null at the highest',
  })
  nextStarHours: number | null;
  @ApiProperty({ type: 'integer' }) lifetimeEarned: number;
  @ApiProperty({ type: BadgeView, nullable: true }) badge: BadgeView | null;
}
