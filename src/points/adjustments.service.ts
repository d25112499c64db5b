import { Injectable } from '@nestjs/common';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { ValidationFailedError } from 'src/common/errors/app-error';
import { Page, PageQuery } from 'src/common/pagination/page';
import { MembersService } from 'src/communities/members.service';
import { TransactionService } from 'src/database/transaction.service';
import {
  AdjustmentDto,
  AdjustmentView,
  EntryView,
  MemberPointsView,
} from 'src/points/dto/points.dto';
import { PointAccount } from 'src/points/entities/point-account.entity';
import { PointsQueryService } from 'src/points/points-query.service';
import { AwardsService } from 'src/points/awards.service';

/** Staff views of a member's points and manual adjustments. */
@Injectable()
export class AdjustmentsService {
  constructor(
    private readonly members: MembersService,
    private readonly awards: AwardsService,
    private readonly query: PointsQueryService,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  /** The member, within the caller's community scope (404 otherwise). */
  private async member(
    actor: AuthUser,
    userId: string,
  ): Promise<{ id: string; communityId: string }> {
    const member = await this.members.get(actor, userId);
    if (!member.communityId)
      throw ValidationFailedError.field('id', 'This user has no points account');
    return { id: member.id, communityId: member.communityId };
  }

  async memberPoints(actor: AuthUser, userId: string): Promise<MemberPointsView> {
    const member = await this.member(actor, userId);
    return { userId: member.id, ...(await this.query.summary(member.communityId, member.id)) };
  }

  async memberEntries(actor: AuthUser, userId: string, page: PageQuery): Promise<Page<EntryView>> {
    const member = await this.member(actor, userId);
    return this.query.entries(member.communityId, member.id, page);
  }

  async adjust(actor: AuthUser, userId: string, dto: AdjustmentDto): Promise<AdjustmentView> {
    const member = await this.member(actor, userId);
    return this.tx.run(async (m) => {
      const transfer = await this.awards.adjust(m, {
        communityId: member.communityId,
        userId: member.id,
        delta: dto.delta,
        actorId: actor.id,
        note: dto.reason,
      });
      const account = await m.findOneOrFail(PointAccount, {
        where: { communityId: member.communityId, ownerKey: member.id },
      });
      // The balance as the member sees it: lapsed lots not yet posted are not spendable.
      const balance = account.balance - (await this.query.lapsedUnposted(m, account.id));
      await this.audit.record(m, actor, {
        communityId: member.communityId,
        action: 'points.adjust',
        targetType: 'user',
        targetId: member.id,
        before: { balance: balance - dto.delta },
        after: {
          balance,
          delta: dto.delta,
          reason: dto.reason,
          transferId: transfer.id,
        },
      });
      return { transferId: transfer.id, delta: dto.delta, balance };
    });
  }
}
