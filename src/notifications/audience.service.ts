import { Injectable } from '@nestjs/common';
import { Between, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { NotificationPreference } from 'src/notifications/entities/notification-preference.entity';
import type { OutboxEvent, Rule } from 'src/notifications/notification-rules';
import { Wish } from 'src/wishes/entities/wish.entity';

/** A person who hears of an event, with what they chose to hear by. */
export interface Recipient {
  userId: string;
  inbox: boolean;
  sms: boolean;
  quietStart: string | null;
  quietEnd: string | null;
}

/**
 * Finds the people a rule speaks to. Every query is bound to the event's community, and the
 * accounts found are checked once more against it (and for being enabled), so an id in an
 * event can never reach someone of another community.
 */
@Injectable()
export class AudienceService {
  /** Account ids the rule names, before the community check. */
  async candidates(m: EntityManager, e: OutboxEvent, rule: Rule): Promise<string[]> {
    const one = (v: unknown) => (typeof v === 'string' ? [v] : []);
    switch (rule.audience) {
      case 'owner':
        return one(e.data.ownerId);
      case 'claimer':
        return one(e.data.claimerId);
      case 'user':
        return rule.userField === 'subject' ? [e.subjectId] : one(e.data[rule.userField!]);
      case 'gridVolunteers':
        return this.ids(
          m,
          `SELECT u.id FROM users u JOIN volunteer_profiles v ON v.user_id = u.id
           WHERE u.community_id = ? AND u.grid_id = ? AND v.status = 'approved'`,
          [e.communityId, e.data.gridId],
        );
      case 'gridStaff':
        // Grid workers of the grid (or of no grid in particular) and the community's admins.
        return this.ids(
          m,
          `SELECT id FROM users WHERE community_id = ? AND (
             (roles LIKE '%grid_worker%' AND (grid_id = ? OR grid_id IS NULL))
             OR roles LIKE '%community_admin%')`,
          [e.communityId, e.data.gridId],
        );
      case 'signedUp':
        return this.ids(
          m,
          'SELECT volunteer_id AS id FROM activity_signups WHERE activity_id = ?',
          [e.subjectId],
        );
      case 'anonymousOwner':
        return [];
    }
  }

  /** The enabled accounts of the event's community among `ids`, with their preferences. */
  async recipients(m: EntityManager, communityId: string, ids: string[]): Promise<Recipient[]> {
    if (ids.length === 0) return [];
    const users: { id: string }[] = await m.query(
      `SELECT id FROM users WHERE community_id = ? AND disabled = 0 AND id IN (${ids.map(() => '?').join(',')})`,
      [communityId, ...ids],
    );
    const prefs = await m.find(NotificationPreference, {
      where: { userId: In(users.map((u) => u.id)) },
    });
    const byUser = new Map(prefs.map((p) => [p.userId, p]));
    return users.map(({ id }) => {
      const p = byUser.get(id);
      return {
        userId: id,
        inbox: p?.inbox ?? true,
        sms: p?.sms ?? false,
        quietStart: p?.quietStart ?? null,
        quietEnd: p?.quietEnd ?? null,
      };
    });
  }

  /**
   * How many wishes were posted with the same contact phone as `wishId` in the 24 hours up to
   * it (itself included): the QR form is open to anyone, so its "received" SMS is capped per
   * phone — typing a stranger's number again and again must not make us text them again.
   * Wishes posted in the same millisecond are taken in the order of their ids.
   */
  async postsFromSamePhone(m: EntityManager, wishId: string): Promise<number> {
    const wish = await m.findOne(Wish, {
      select: { contactPhone: true, createdAt: true },
      where: { id: wishId },
    });
    if (!wish) return 0;
    const at = wish.createdAt.getTime();
    return m.count(Wish, {
      where: [
        {
          contactPhone: wish.contactPhone,
          createdAt: Between(new Date(at - 86_400_000 + 1), new Date(at - 1)),
        },
        { contactPhone: wish.contactPhone, createdAt: wish.createdAt, id: LessThanOrEqual(wishId) },
      ],
    });
  }

  private async ids(m: EntityManager, sql: string, params: unknown[]): Promise<string[]> {
    const rows: { id: string }[] = await m.query(sql, params);
    return rows.map((r) => r.id);
  }
}
