import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min, NotEquals } from 'class-validator';
import { PageMeta } from 'src/common/pagination/page';
import { IsText } from 'src/common/validation/validators';
import type { PointAccount } from 'src/points/entities/point-account.entity';
import type { PointEntry } from 'src/points/entities/point-entry.entity';
import { TRANSFER_KINDS, type TransferKind } from 'src/points/entities/point-transfer.entity';

export class ExpiringPoints {
  @ApiProperty() points: number;
  @ApiProperty() expiresAt: string;
}

export class PointsSummary {
  @ApiProperty({
    description:
      'Points that can be spent now. Points whose lot has passed its expiry are left out at once, even before the hourly expiry run posts them.',
  })
  balance: number;
  @ApiProperty() lifetimeEarned: number;
  @ApiProperty() lifetimeSpent: number;
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
  @ApiProperty() userId: string;
}

export class EntryView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'Signed: positive credits, negative debits' }) amount: number;
  @ApiProperty() balanceAfter: number;
  @ApiProperty({ enum: TRANSFER_KINDS }) kind: TransferKind;
  @ApiProperty({ example: 'wish' }) sourceType: string;
  @ApiProperty() sourceId: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() transferId: string;
  @ApiProperty() createdAt: string;

  static of(e: PointEntry): EntryView {
    return {
      id: e.id,
      amount: e.amount,
      balanceAfter: e.balanceAfter,
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
  @ApiProperty({ example: -20, description: 'Non-zero; a negative adjustment never overdraws' })
  @IsInt()
  @NotEquals(0)
  @Min(-1_000_000)
  @Max(1_000_000)
  delta: number;

  @IsText(200, { description: 'Why; shown on the member statement' })
  reason: string;
}

export class AdjustmentView {
  @ApiProperty() transferId: string;
  @ApiProperty() delta: number;
  @ApiProperty() balance: number;
}
