import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min, NotEquals } from 'class-validator';
import { PageMeta } from 'src/common/pagination/page';
import { IsText } from 'src/common/validation/validators';
import type { PointAccount } from 'src/points/entities/point-account.entity';
import type { PointEntry } from 'src/points/entities/point-entry.entity';
import { TRANSFER_KINDS, type TransferKind } from 'src/points/entities/point-transfer.entity';

export class ExpiringPoints {
  @ApiProperty({ type: 'integer' }) points: number;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class PointsSummary {
  @ApiProperty({
    type: 'integer',
    description:
      'Points that can be spent now. Points whose lot has passed its expiry are left out at once, even before the hourly expiry run posts them.',
  })
  balance: number;
  @ApiProperty({ type: 'integer' }) lifetimeEarned: number;
  @ApiProperty({ type: 'integer' }) lifetimeSpent: number;
  @ApiProperty({
    type: [ExpiringPoints],
    description: 'Points that expire within the next 30 days',
  })
  expiringSoon: ExpiringPoints[];

  static of(account: PointAccount | null, expiringSoon: ExpiringPoints[]): PointsSummary {
    return {
      balance: account?.balance ?? 0,
      lifetimeEarned: account?.lifetimeEarned ?? 0,
      lifetimeSpent: account?.lifetimeSpent ?? 0,
      expiringSoon,
    };
  }
}

export class MemberPointsView extends PointsSummary {
  @ApiProperty({ format: 'uuid' }) userId: string;
}

export class EntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer', description: 'Signed: positive credits, negative debits' })
  amount: number;
  @ApiProperty({ type: 'integer' }) balanceAfter: number;
  @ApiProperty({ enum: TRANSFER_KINDS }) kind: TransferKind;
  @ApiProperty({ example: 'wish' }) sourceType: string;
  @ApiProperty({
    description:
      'What the entry is for: the id of the wish, redemption, attendance…; expiries: the lot id and run',
  })
  sourceId: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'uuid' }) transferId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static of(e: PointEntry): EntryView {
    return {
      id: e.id,
      amount: e.amount,
      balanceAfter: e.balanceAfter ?? 0, // a member's entries always carry it
      kind: e.kind,
      sourceType: e.sourceType,
      sourceId: e.sourceId,
      note: e.note,
      transferId: e.transferId,
      createdAt: e.createdAt.toISOString(),
    };
  }
}

export class EntryPage extends PageMeta {
  @ApiProperty({ type: [EntryView] }) items: EntryView[];
}

export class AdjustmentDto {
  @ApiProperty({
    type: 'integer',
    example: -20,
    description: 'Non-zero; a negative adjustment never overdraws',
  })
  @IsInt()
  @NotEquals(0)
  @Min(-1_000_000)
  @Max(1_000_000)
  delta: number;

  @IsText(200, { description: 'Why; shown on the member statement' })
  reason: string;
}

export class AdjustmentView {
  @ApiProperty({ format: 'uuid' }) transferId: string;
  @ApiProperty({ type: 'integer' }) delta: number;
  @ApiProperty({ type: 'integer' }) balance: number;
}
