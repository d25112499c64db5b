import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PageMeta, PageQuery } from 'src/common/pagination/page';
import { IsId, IsIntIn, IsText } from 'src/common/validation/validators';
import {
  ITEM_KINDS,
  LIMIT_PERIODS,
  type ItemKind,
  type LimitPeriod,
} from 'src/store/entities/store-item.entity';
import { REDEMPTION_STATUSES, type RedemptionStatus } from 'src/store/entities/redemption.entity';

const MAX = 1_000_000;

export class CreateItemDto {
  @IsText(100)
  name: string;

  @ApiProperty({ enum: ITEM_KINDS })
  @IsIn(ITEM_KINDS)
  kind: ItemKind;

  @IsIntIn(1, MAX)
  pricePoints: number;

  @IsIntIn(0, MAX, { optional: true, description: 'Goods only (default 0)' })
  stock?: number;

  @IsIntIn(1, 1000, { optional: true })
  perMemberLimit?: number;

  @ApiPropertyOptional({ enum: LIMIT_PERIODS, description: 'Required with perMemberLimit' })
  @ValidateIf((o: CreateItemDto) => o.perMemberLimit !== undefined || o.limitPeriod !== undefined)
  @IsIn(LIMIT_PERIODS)
  limitPeriod?: LimitPeriod;

  @IsText(500, { optional: true })
  description?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  activeFrom?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  activeUntil?: string;
}

export class UpdateItemDto {
  @IsText(100, { optional: true })
  name?: string;

  @IsText(500, { optional: true })
  description?: string;

  @IsIntIn(1, MAX, { optional: true })
  pricePoints?: number;

  @IsIntIn(1, 1000, { optional: true })
  perMemberLimit?: number;

  @ApiPropertyOptional({ enum: LIMIT_PERIODS })
  @IsOptional()
  @IsIn(LIMIT_PERIODS)
  limitPeriod?: LimitPeriod;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsDateString()
  activeFrom?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsDateString()
  activeUntil?: string | null;
}

export class RestockDto {
  @IsIntIn(1, MAX)
  quantity: number;
}

export class CreateSlotDto {
  @ApiProperty({ format: 'date-time' })
  @IsDateString()
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString()
  endsAt: string;

  @IsIntIn(1, 1000)
  capacity: number;
}

export class ItemListQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Staff: include inactive items' })
  @IsOptional()
  @IsIn(['true', 'false'])
  all?: 'true' | 'false';
}

export class RedeemDto {
  @IsId()
  itemId: string;

  @IsIntIn(1, 100)
  quantity: number;

  @IsId({ optional: true, description: 'Required for service items' })
  slotId?: string;
}

export class CardTokenDto {
  @CardTokenField()
  cardToken: string;
}

/** The card token's rules, shared by the counter's two requests. */
function CardTokenField(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      description: "The token from the member's card QR (valid 5 minutes)",
      minLength: 20,
      maxLength: 2000,
    }),
    IsString(),
    MinLength(20),
    MaxLength(2000),
  );
}

export class CounterRedeemDto extends RedeemDto {
  @CardTokenField()
  cardToken: string;
}

/** Who a scanned card belongs to, shown to store staff before they charge it. */
export class CardHolderView {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() memberName: string;
  @ApiProperty({ description: 'Masked: 138****5678' }) memberPhone: string;
  @ApiProperty({ type: 'integer', description: 'Points the member can spend now' })
  balance: number;
}

export class VerifyDto {
  @ApiProperty({ example: 'K7Q2M9XPRA', pattern: '^[A-Za-z0-9]{10}$' })
  @IsString()
  @Matches(/^[A-Za-z0-9]{10}$/, { message: 'pickupCode is 10 letters and digits' })
  pickupCode: string;
}

export class CancelRedemptionDto {
  @IsText(200, { optional: true })
  reason?: string;
}

export class RedemptionListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REDEMPTION_STATUSES })
  @IsOptional()
  @IsIn(REDEMPTION_STATUSES)
  status?: RedemptionStatus;
}

export class SlotView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ type: 'integer' }) booked: number;
  @ApiProperty({ type: 'integer' }) available: number;
}

export class ItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ enum: ITEM_KINDS }) kind: ItemKind;
  @ApiProperty({ type: 'integer' }) pricePoints: number;
  @ApiProperty({
    nullable: true,
    type: 'integer',
    description: 'Goods: stock; services: free places in future slots; honours: null',
  })
  available: number | null;
  @ApiProperty({ nullable: true, type: 'integer' }) perMemberLimit: number | null;
  @ApiProperty({ nullable: true, enum: LIMIT_PERIODS }) limitPeriod: LimitPeriod | null;
  @ApiProperty({
    nullable: true,
    type: 'integer',
    description: 'What the caller may still redeem this period',
  })
  myRemaining: number | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) activeFrom: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) activeUntil: string | null;
  @ApiPropertyOptional({ type: [SlotView] }) slots?: SlotView[];
}

export class ItemList {
  @ApiProperty({ type: [ItemView] }) items: ItemView[];
}

export class RedemptionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() itemName: string;
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) slotId: string | null;
  @ApiProperty({ type: 'integer' }) quantity: number;
  @ApiProperty({ type: 'integer' }) points: number;
  @ApiProperty({ enum: REDEMPTION_STATUSES }) status: RedemptionStatus;
  @ApiProperty({ enum: ['reserve', 'counter'] }) channel: string;
  @ApiPropertyOptional({ description: 'Shown to the member while reserved' }) pickupCode?: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) expiresAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) fulfilledAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) cancelledAt: string | null;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'A booked service: when its time slot starts',
  })
  slotStartsAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) slotEndsAt: string | null;
}

/** A redemption as the store desk sees it: who collects what, and when for a service. */
export class HandoverView extends RedemptionView {
  @ApiProperty() memberName: string;
  @ApiProperty({ description: 'Masked: 138****5678' }) memberPhone: string;
}

export class RedemptionPage extends PageMeta {
  @ApiProperty({ type: [RedemptionView] }) items: RedemptionView[];
}

export class CardView {
  @ApiProperty({ description: 'Signed; store staff scan it for a counter redemption' })
  token: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class CardQuery {
  @ApiPropertyOptional({ enum: ['json', 'png', 'svg'] })
  @IsOptional()
  @IsIn(['json', 'png', 'svg'])
  format?: 'json' | 'png' | 'svg';
}
