import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { ForbiddenError } from 'src/common/errors/app-error';
import { maskPhone } from 'src/common/privacy';
import { UsersService } from 'src/users/users.service';
import { DispatchCandidateView } from 'src/wishes/dto/wish.dto';
import { Wish } from 'src/wishes/entities/wish.entity';
import { isWishStaff } from 'src/wishes/wish-access';
import { whyNotHelper } from 'src/wishes/wish-lifecycle.service';
import { WishesService } from 'src/wishes/wishes.service';

/** How many of a grid's volunteers a dispatcher is shown at once. */
const MAX_CANDIDATES = 200;

/**
 * Whom a grid worker can dispatch a wish to (派单): the approved volunteers of the wish's grid,
 * without anyone who may not take it (its resident, its poster), those whose skills match the
 * wish's category first, then the least busy (wishes they are helping with now).
 */
@Injectable()
export class WishDispatchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly wishes: WishesService,
    private readonly users: UsersService,
  ) {}

  async candidates(actor: AuthUser, id: string): Promise<DispatchCandidateView[]> {
    const wish = await this.wishes.load(this.dataSource.manager, actor, id);
    if (!isWishStaff(actor)) throw new ForbiddenError('Only grid workers and admins dispatch');
    const volunteers = (
      await this.users.approvedVolunteersOfGrid(wish.communityId, wish.gridId, MAX_CANDIDATES)
    ).filter((v) => !whyNotHelper(wish, v.user));
    const load = new Map<string, number>();
    if (volunteers.length) {
      const rows: { claimerId: string; n: string | number }[] = await this.dataSource.manager
        .createQueryBuilder(Wish, 'w')
        .select('w.claimer_id', 'claimerId')
        .addSelect('COUNT(*)', 'n')
        .where('w.claimer_id IN (:...ids)', { ids: volunteers.map((v) => v.user.id) })
        .andWhere('w.status = :claimed', { claimed: 'claimed' })
        .groupBy('w.claimer_id')
        .getRawMany();
      for (const r of rows) load.set(r.claimerId, Number(r.n));
    }
    return volunteers
      .map(({ user, profile }) => ({
        id: user.id,
        name: user.name,
        phone: maskPhone(user.phone),
        skills: profile.skills,
        isPartyMember: profile.isPartyMember,
        skillMatch: profile.skills.includes(wish.category),
        activeWishes: load.get(user.id) ?? 0,
      }))
      .sort(
        (a, b) =>
          Number(b.skillMatch) - Number(a.skillMatch) ||
          a.activeWishes - b.activeWishes ||
          a.name.localeCompare(b.name, 'zh-CN'),
      );
  }
}
