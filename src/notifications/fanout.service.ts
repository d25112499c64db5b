import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { newId } from 'src/common/ids';
import { CommunitiesService } from 'src/communities/communities.service';
import { affected, insertOrIgnore } from 'src/database/locking';
import { AudienceService, type Recipient } from 'src/notifications/audience.service';
import { Delivery } from 'src/notifications/entities/delivery.entity';
import {
  DEFAULT_QUIET_END,
  DEFAULT_QUIET_START,
} from 'src/notifications/entities/notification-preference.entity';
import { Notification } from 'src/notifications/entities/notification.entity';
import { Webhook } from 'src/notifications/entities/webhook.entity';
import {
  NOTIFICATION_RULES,
  type Message,
  type OutboxEvent,
  type Rule,
} from 'src/notifications/notification-rules';
import { afterQuietHours, nextDigestSlot } from 'src/notifications/quiet-hours';
import { SmsGateway } from 'src/notifications/sms.gateway';
import { webhookBody } from 'src/notifications/webhook-signature';

/** "Wish received" SMS to one phone in 24 hours (staff-driven messages are not capped). */
export const RECEIPTS_PER_PHONE_PER_DAY = 3;

type NewDelivery = Omit<Delivery, 'createdAt' | 'updatedAt' | 'stampInsert' | 'stampUpdate'>;

/**
 * Turns one outbox event into what each person and subscriber receives: inbox lines, SMS and
 * webhook deliveries. Everything is written in the caller's transaction with unique keys
 * (event × user for the inbox, event × channel × target or a digest slot for deliveries), so
 * fanning an event out twice writes nothing twice.
 */
@Injectable()
export class FanoutService {
  constructor(
    private readonly audience: AudienceService,
    private readonly communities: CommunitiesService,
    private readonly sms: SmsGateway,
    private readonly clock: Clock,
  ) {}

  async fanOut(m: EntityManager, e: OutboxEvent): Promise<void> {
    const now = this.clock.now();
    const zone = await this.communities.timeZone(e.communityId);
    const inbox: Notification[] = [];
    const deliveries: NewDelivery[] = [];
    const heard = new Set<string>();
    for (const rule of NOTIFICATION_RULES[e.type] ?? []) {
      if (rule.when && !rule.when(e)) continue;
      const message = rule.message(e, zone);
      if (rule.audience === 'anonymousOwner') {
        if (e.data.ownerId === null && rule.sms && this.sms.enabled && (await this.mayText(m, e)))
          deliveries.push(
            this.smsDelivery(e, rule, message, `wish:${e.subjectId}`, now, zone, null),
          );
        continue;
      }
      // Nobody is told of their own action, and each person hears of an event once.
      const ids = (await this.audience.candidates(m, e, rule)).filter(
        (id) => id !== e.actorId && !heard.has(id),
      );
      ids.forEach((id) => heard.add(id));
      for (const r of await this.audience.recipients(m, e.communityId, ids)) {
        if (r.inbox) inbox.push(this.line(e, r.userId, message, now));
        if (rule.sms && r.sms && this.sms.enabled)
          deliveries.push(this.smsDelivery(e, rule, message, `user:${r.userId}`, now, zone, r));
      }
    }
    for (const hook of await m.find(Webhook, {
      where: { communityId: e.communityId, active: true },
    })) {
      if (hook.eventTypes.includes(e.type)) deliveries.push(this.webhook(e, hook.id, now));
    }
    if (inbox.length > 0) await insertOrIgnore(m, Notification, inbox);
    for (const d of deliveries) await this.addDelivery(m, d);
  }

  /** Anyone can post by QR with any phone: at most a few "received" texts per phone a day. */
  private async mayText(m: EntityManager, e: OutboxEvent): Promise<boolean> {
    if (e.type !== 'wish.submitted') return true;
    return (await this.audience.postsFromSamePhone(m, e.subjectId)) <= RECEIPTS_PER_PHONE_PER_DAY;
  }

  private line(e: OutboxEvent, userId: string, msg: Message, now: Date): Notification {
    return Object.assign(new Notification(), {
      id: newId(),
      communityId: e.communityId,
      userId,
      eventId: e.id,
      kind: e.type,
      ...msg,
      readAt: null,
      createdAt: now,
    });
  }

  private smsDelivery(
    e: OutboxEvent,
    rule: Rule,
    msg: Message,
    target: string,
    now: Date,
    zone: string,
    r: Recipient | null,
  ): NewDelivery {
    const quiet = (at: Date) =>
      afterQuietHours(
        at,
        zone,
        r?.quietStart ?? DEFAULT_QUIET_START,
        r?.quietEnd ?? DEFAULT_QUIET_END,
      );
    if (rule.sms === 'digest') {
      const slot = nextDigestSlot(now, zone);
      return this.delivery(e, 'sms', target, now, {
        kind: `digest.${rule.digest!}`,
        dedupeKey: `digest:${rule.digest!}:${target}:${slot.toISOString()}`,
        payload: JSON.stringify({ link: msg.link }),
        nextAttemptAt: quiet(slot),
      });
    }
    return this.delivery(e, 'sms', target, now, {
      payload: JSON.stringify(msg),
      nextAttemptAt: rule.urgent?.(e) ? now : quiet(now),
    });
  }

  private webhook(e: OutboxEvent, hookId: string, now: Date): NewDelivery {
    return this.delivery(e, 'webhook', hookId, now, { payload: webhookBody(e) });
  }

  private delivery(
    e: OutboxEvent,
    channel: Delivery['channel'],
    target: string,
    now: Date,
    over: Partial<NewDelivery>,
  ): NewDelivery {
    return {
      id: newId(),
      communityId: e.communityId,
      eventId: e.id,
      channel,
      target,
      dedupeKey: `${e.id}:${channel}:${target}`,
      kind: e.type,
      payload: '',
      itemCount: 1,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      claimToken: null,
      claimedUntil: null,
      lastStatusCode: null,
      lastError: null,
      sentAt: null,
      ...over,
    };
  }

  /**
   * A digest gathers: when its slot's row is still waiting, this event adds one to its count;
   * otherwise the row is created. Other deliveries are created unless they exist.
   */
  private async addDelivery(m: EntityManager, d: NewDelivery): Promise<void> {
    const now = this.clock.now();
    if (d.kind.startsWith('digest.')) {
      const grown = await m
        .createQueryBuilder()
        .update(Delivery)
        .set({ itemCount: () => 'item_count + 1', updatedAt: now })
        .where('dedupe_key = :key AND status = :pending', { key: d.dedupeKey, pending: 'pending' })
        .execute();
      if (affected(grown) > 0) return;
    }
    await insertOrIgnore(m, Delivery, { ...d, createdAt: now, updatedAt: now });
  }
}
