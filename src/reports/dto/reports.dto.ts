import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PageMeta, PageQuery } from 'src/common/pagination/page';
import { IsId, IsIntIn } from 'src/common/validation/validators';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class PeriodQuery {
  @ApiProperty({ example: '2026-11', description: 'A month, YYYY-MM, in the community time zone' })
  @Matches(PERIOD, { message: 'period must be YYYY-MM' })
  period: string;
}

export class RangeQuery {
  @ApiProperty({ example: '2026-11-01', description: 'First day, inclusive (community time zone)' })
  @Matches(DAY, { message: 'from must be YYYY-MM-DD' })
  from: string;

  @ApiProperty({ example: '2026-11-30', description: 'Last day, inclusive' })
  @Matches(DAY, { message: 'to must be YYYY-MM-DD' })
  to: string;
}

export class LeaderboardQuery extends PeriodQuery {
  @ApiProperty({ enum: ['points', 'hours'] })
  @IsIn(['points', 'hours'])
  metric: 'points' | 'hours';

  @IsIntIn(1, 100, { optional: true, description: 'How many (default 20)' })
  limit?: number;
}

class WeightsDto {
  @ApiProperty() @IsNumber() @Min(0) @Max(1) completion: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(1) satisfaction: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(1) activity: number;
}

class CutoffsDto {
  @ApiProperty({ example: 85 }) @IsNumber() @Min(0) @Max(100) red: number;
  @ApiProperty({ example: 70 }) @IsNumber() @Min(0) @Max(100) yellow: number;
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
  @ApiPropertyOptional({ example: 'member.update' })
  @IsOptional()
  @Matches(/^[a-z_.]{1,64}$/, { message: 'action is like member.update' })
  action?: string;

  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @Matches(/^[a-z_]{1,32}$/, { message: 'targetType is like user or wish' })
  targetType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'targetId is an id' })
  targetId?: string;

  @IsId({ optional: true })
  actorId?: string;
}

export class GridRatingView {
  @ApiProperty() gridId: string;
  @ApiProperty() gridName: string;
  @ApiProperty() completion: number;
  @ApiProperty() satisfaction: number;
  @ApiProperty() activity: number;
  @ApiProperty() score: number;
  @ApiProperty({ enum: ['red', 'yellow', 'blue'] }) colour: string;
  @ApiProperty({ description: 'The counts the score came from' }) inputs: object;
}

export class GridRatingsView {
  @ApiProperty() period: string;
  @ApiProperty({ description: 'True when the month is a frozen snapshot' }) frozen: boolean;
  @ApiProperty({ type: [GridRatingView] }) items: GridRatingView[];
}

export class LowStockItem {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() stock: number;
}

export class DashboardView {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() wishesReceived: number;
  @ApiProperty() wishesClosed: number;
  @ApiProperty({ nullable: true, type: Number }) closureRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) onTimeRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) meanSatisfaction: number | null;
  @ApiProperty() followUpsOpen: number;
  @ApiProperty() activeVolunteers: number;
  @ApiProperty() serviceHours: number;
  @ApiProperty() pointsIssued: number;
  @ApiProperty() pointsSpent: number;
  @ApiProperty() pointsExpired: number;
  @ApiProperty({ description: 'All member balances now' }) pointsOutstanding: number;
  @ApiProperty({ type: [LowStockItem] }) lowStock: LowStockItem[];
}

export class LeaderboardEntry {
  @ApiProperty({ description: 'Equal values share a rank (1, 2, 2, 4)' }) rank: number;
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty() value: number;
}

export class LeaderboardView {
  @ApiProperty({ enum: ['points', 'hours'] }) metric: string;
  @ApiProperty() period: string;
  @ApiProperty({ type: [LeaderboardEntry] }) items: LeaderboardEntry[];
}

export class AuditEntryView {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String }) actorId: string | null;
  @ApiProperty() action: string;
  @ApiProperty() targetType: string;
  @ApiProperty() targetId: string;
  @ApiProperty({ nullable: true, type: Object }) before: object | null;
  @ApiProperty({ nullable: true, type: Object }) after: object | null;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
  @ApiProperty() createdAt: string;
}

export class AuditPage extends PageMeta {
  @ApiProperty({ type: [AuditEntryView] }) items: AuditEntryView[];
}
