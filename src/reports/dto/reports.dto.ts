import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PageMeta, PageQuery } from 'src/common/pagination/page';
import { IsId, IsIntIn } from 'src/common/validation/validators';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class PeriodQuery {
  @ApiProperty({
    example: '2026-11',
    pattern: PERIOD.source,
    description: 'A month, YYYY-MM, in the community time zone',
  })
  @Matches(PERIOD, { message: 'period must be YYYY-MM' })
  period: string;
}

export class RangeQuery {
  @ApiProperty({
    example: '2026-11-01',
    pattern: DAY.source,
    description: 'First day, inclusive (community time zone)',
  })
  @Matches(DAY, { message: 'from must be YYYY-MM-DD' })
  from: string;

  @ApiProperty({ example: '2026-11-30', pattern: DAY.source, description: 'Last day, inclusive' })
  @Matches(DAY, { message: 'to must be YYYY-MM-DD' })
  to: string;
}

export class ExportQuery extends RangeQuery {
  @ApiPropertyOptional({
    enum: ['codes'],
    description:
      'codes: stable machine headers, ids and ISO 8601 UTC times; by default Chinese headers, names and local times',
  })
  @IsOptional()
  @IsIn(['codes'])
  headers?: 'codes';
}

export class LeaderboardQuery extends PeriodQuery {
  @ApiProperty({ enum: ['points', 'hours'] })
  @IsIn(['points', 'hours'])
  metric: 'points' | 'hours';

  @IsIntIn(1, 100, { optional: true, description: 'How many (default 20)' })
  limit?: number;
}

class WeightsDto {
  @ApiProperty({ type: 'number' }) @IsNumber() @Min(0) @Max(1) completion: number;
  @ApiProperty({ type: 'number' }) @IsNumber() @Min(0) @Max(1) satisfaction: number;
  @ApiProperty({ type: 'number' }) @IsNumber() @Min(0) @Max(1) activity: number;
}

class CutoffsDto {
  @ApiProperty({ type: 'number', example: 85 }) @IsNumber() @Min(0) @Max(100) red: number;
  @ApiProperty({ type: 'number', example: 70 }) @IsNumber() @Min(0) @Max(100) yellow: number;
}

export class RatingConfigDto {
  @ApiProperty({ type: WeightsDto, description: 'Must add up to 1' })
  @ValidateNested()
  @Type(() => WeightsDto)
  weights: WeightsDto;

  @ApiProperty({ type: CutoffsDto, description: 'red must be above yellow' })
  @ValidateNested()
  @Type(() => CutoffsDto)
  cutoffs: CutoffsDto;
}

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'member.update', pattern: '^[a-z_.]{1,64}$' })
  @IsOptional()
  @Matches(/^[a-z_.]{1,64}$/, { message: 'action is like member.update' })
  action?: string;

  @ApiPropertyOptional({ example: 'user', pattern: '^[a-z_]{1,32}$' })
  @IsOptional()
  @Matches(/^[a-z_]{1,32}$/, { message: 'targetType is like user or wish' })
  targetType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'targetId is an id' })
  targetId?: string;

  @IsId({ optional: true })
  actorId?: string;

  @ApiPropertyOptional({
    example: '2026-11-01',
    pattern: DAY.source,
    description: 'From this day (community time zone)',
  })
  @IsOptional()
  @Matches(DAY, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-11-30',
    pattern: DAY.source,
    description: 'Up to this day, inclusive',
  })
  @IsOptional()
  @Matches(DAY, { message: 'to must be YYYY-MM-DD' })
  to?: string;
}

export class GridInputsView {
  @ApiProperty({ format: 'uuid' }) gridId: string;
  @ApiProperty({ type: 'integer', description: 'Wishes due this month' }) wishesDue: number;
  @ApiProperty({ type: 'integer' }) closedOnTime: number;
  @ApiProperty({ type: 'integer' }) ratingsSum: number;
  @ApiProperty({ type: 'integer' }) ratingsCount: number;
  @ApiProperty({ type: 'integer' }) serviceMinutes: number;
  @ApiProperty({ type: 'integer' }) completedWishes: number;
  @ApiProperty({ type: 'integer', description: 'Members of the grid' }) members: number;
}

export class GridRatingView {
  @ApiProperty({ format: 'uuid' }) gridId: string;
  @ApiProperty() gridName: string;
  @ApiProperty({ type: 'number' }) completion: number;
  @ApiProperty({ type: 'number' }) satisfaction: number;
  @ApiProperty({ type: 'number' }) activity: number;
  @ApiProperty({ type: 'number' }) score: number;
  @ApiProperty({ enum: ['red', 'yellow', 'blue'] }) colour: string;
  @ApiProperty({ type: GridInputsView, description: 'The counts the score came from' })
  inputs: GridInputsView;
}

export class GridRatingsView {
  @ApiProperty() period: string;
  @ApiProperty({ description: 'True when the month is a frozen snapshot' }) frozen: boolean;
  @ApiProperty({ type: [GridRatingView] }) items: GridRatingView[];
}

export class LowStockItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) stock: number;
}

export class DashboardView {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ type: 'integer' }) wishesReceived: number;
  @ApiProperty({ type: 'integer' }) wishesClosed: number;
  @ApiProperty({ nullable: true, type: Number }) closureRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) onTimeRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) meanSatisfaction: number | null;
  @ApiProperty({ type: 'integer' }) followUpsOpen: number;
  @ApiProperty({ type: 'integer' }) activeVolunteers: number;
  @ApiProperty({
    type: 'number',
    description: 'Approved service in the range, in hours with up to two decimals (183 min = 3.05)',
    example: 3.05,
  })
  serviceHours: number;
  @ApiProperty({ type: 'integer' }) pointsIssued: number;
  @ApiProperty({ type: 'integer' }) pointsSpent: number;
  @ApiProperty({
    type: 'integer',
    description:
      'Points that lapsed in the range: posted by the expiry run, or lapsed and not posted yet',
  })
  pointsExpired: number;
  @ApiProperty({
    type: 'integer',
    description: 'All member balances now, by the rule each member sees (lapsed lots left out)',
  })
  pointsOutstanding: number;
  @ApiProperty({ type: [LowStockItem] }) lowStock: LowStockItem[];
}

export class LeaderboardEntry {
  @ApiProperty({ type: 'integer', description: 'Equal values share a rank (1, 2, 2, 4)' })
  rank: number;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({
    example: '陈**',
    description: 'The full name only of members who agreed to show it (me/consents), else masked',
  })
  name: string;
  @ApiProperty({
    type: 'number',
    description: 'Points earned (whole), or hours of approved service with up to two decimals',
    example: 3.05,
  })
  value: number;
  @ApiProperty({ type: 'integer', description: 'Star level from all approved hours' })
  stars: number;
  @ApiProperty({ type: String, nullable: true, description: 'Badge by lifetime points earned' })
  badge: string | null;
}

export class LeaderboardView {
  @ApiProperty({ enum: ['points', 'hours'] }) metric: string;
  @ApiProperty() period: string;
  @ApiProperty({ type: [LeaderboardEntry] }) items: LeaderboardEntry[];
}

export class AuditEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId: string | null;
  @ApiProperty() action: string;
  @ApiProperty() targetType: string;
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "What the target is called now: a wish's title, a member's or an item's name",
  })
  targetName: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true })
  before: object | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true })
  after: object | null;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AuditPage extends PageMeta {
  @ApiProperty({ type: [AuditEntryView] }) items: AuditEntryView[];
}
