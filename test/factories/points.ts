import type { INestApplication } from '@nestjs/common';
import { newId } from 'src/common/ids';
import { TransactionService } from 'src/database/transaction.service';
import { PointsService } from 'src/points/points.service';

/**
 * Postings made through the points service, as the wishes, service-hours and store modules do
 * inside their own transactions.
 */
export function ledger(app: INestApplication, communityId: string) {
  const tx = app.get(TransactionService);
  const points = app.get(PointsService);
  return {
    award: (userId: string, amount: number, earnedAt = new Date(), sourceId = newId()) =>
      tx.run((m) =>
        points.award(m, {
          communityId,
          userId,
          amount,
          kind: 'earn_wish',
          sourceType: 'wish',
          sourceId,
          actorId: null,
          earnedAt,
          note: 'Wish feedback',
        }),
      ),
    spend: (userId: string, amount: number, sourceId = newId()) =>
      tx.run((m) =>
        points.spend(m, {
          communityId,
          userId,
          amount,
          sourceType: 'redemption',
          sourceId,
          actorId: userId,
        }),
      ),
    refund: (sourceId: string) =>
      tx.run((m) =>
        points.refund(m, { communityId, sourceType: 'redemption', sourceId, actorId: null }),
      ),
  };
}
