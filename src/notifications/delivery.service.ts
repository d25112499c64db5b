import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { newId } from 'src/common/ids';
import { Community } from 'src/communities/entities/community.entity';
import { AppConfig } from 'src/config/app-config';
import { claimBatch } from 'src/database/locking';
import { toDbTime } from 'src/database/raw-time';
import { Delivery } from 'src/notifications/entities/delivery.entity';
import { Webhook } from 'src/notifications/entities/webhook.entity';
import { postJson } from 'src/notifications/http-post';
import type { Message } from 'src/notifications/notification-rules';
import { SmsGateway } from 'src/notifications/sms.gateway';
import { sign, WEBHOOK_HEADERS } from 'src/notifications/webhook-signature';
import { User } from 'src/users/entities/user.entity';
import { Wish } from 'src/wishes/entities/wish.entity';

/** How long a dispatcher may hold a claimed delivery before another may take it over. */
export const DELIVERY_LEASE_MS = 60_000;
const BATCH = 20;

/** The wait before try `attempts + 1`: 30 s, 1 min, 2 min, … at most 6 h. */
export const backoffMs = (attempts: number): number =>
  Math.min(30_000 * 2 ** Math.max(attempts - 1, 0), 6 * 3_600_000);

interface Outcome {
  ok: boolean;
  code: number | null;
  error: string | null;
  /** Nothing to try again for (the webhook was removed, the person has no phone). */
  final?: boolean;
}

const DIGEST_TEXT: Record<string, (n: number) => Pick<Message, 'title' | 'body'>> = {
  'digest.new_wishes': (n) => ({
    title: '网格有新心愿',
    body: `您所在的网格有 ${n} 个心愿等待志愿者接单。`,
  }),
  'digest.points_expiring': () => ({
    title: '积分即将过期',
    body: '您有积分将在 30 天内过期，请及时到积分超市兑换。',
  }),
};

/**
 * Sends what has left the inbox's reach: webhook calls and SMS. Each dispatcher claims a batch
 * of due rows by a conditional update (a lease), sends them, and records each result on the
 * row it still holds. A failure waits longer each time; after NOTIFY_MAX_ATTEMPTS the row is
 * dead-lettered for an admin to look at and redeliver.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger('Deliveries');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly sms: SmsGateway,
    private readonly clock: Clock,
  ) {}

  /** Claims and sends one batch of due deliveries; answers how many it tried. */
  async sendDue(): Promise<number> {
    const claimed = await this.claim();
    await Promise.all(claimed.map((d) => this.attempt(d)));
    return claimed.length;
  }

  private claim(): Promise<Delivery[]> {
    const now = this.clock.now();
    return claimBatch(this.dataSource.manager, Delivery, {
      free: 'status = :pending AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)',
      params: { pending: 'pending', now: toDbTime(now) },
      orderBy: 'next_attempt_at',
      limit: BATCH,
      token: newId(),
      until: new Date(now.getTime() + DELIVERY_LEASE_MS),
    });
  }

  private async attempt(d: Delivery): Promise<void> {
    let outcome: Outcome;
    try {
      outcome = d.channel === 'webhook' ? await this.webhook(d) : await this.textMessage(d);
    } catch (err) {
      outcome = { ok: false, code: null, error: (err as Error).message || 'failed' };
    }
    const attempts = d.attempts + 1;
    const now = this.clock.now();
    const dead =
      !outcome.ok && (outcome.final || attempts >= this.config.get('NOTIFY_MAX_ATTEMPTS'));
    await this.dataSource.manager.update(
      Delivery,
      { id: d.id, claimToken: d.claimToken! },
      {
        status: outcome.ok ? 'sent' : dead ? 'dead' : 'pending',
        attempts,
        nextAttemptAt: outcome.ok || dead ? now : new Date(now.getTime() + backoffMs(attempts)),
        claimToken: null,
        claimedUntil: null,
        lastStatusCode: outcome.code,
        lastError: outcome.error?.slice(0, 300) ?? null,
        sentAt: outcome.ok ? now : null,
        updatedAt: now,
      },
    );
    if (dead) this.logger.warn({ delivery: d.id, channel: d.channel }, 'Delivery dead-lettered');
  }

  private async webhook(d: Delivery): Promise<Outcome> {
    const hook = await this.dataSource.manager.findOne(Webhook, { where: { id: d.target } });
    if (!hook || !hook.active)
      return { ok: false, code: null, error: 'webhook removed or paused', final: true };
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const code = await postJson(hook.url, d.payload, {
      headers: {
        [WEBHOOK_HEADERS.event]: d.eventId,
        [WEBHOOK_HEADERS.delivery]: d.id,
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: sign(hook.secret, timestamp, d.payload),
      },
      timeoutMs: this.config.get('WEBHOOK_TIMEOUT_MS'),
      allowPrivate: this.config.get('WEBHOOK_ALLOW_PRIVATE'),
    });
    return { ok: code >= 200 && code < 300, code, error: code >= 300 ? `HTTP ${code}` : null };
  }

  private async textMessage(d: Delivery): Promise<Outcome> {
    if (!this.sms.enabled) return { ok: false, code: null, error: 'no SMS gateway', final: true };
    const to = await this.phoneOf(d.target);
    if (!to) return { ok: false, code: null, error: 'no phone', final: true };
    const stored = JSON.parse(d.payload) as Partial<Message>;
    const words = DIGEST_TEXT[d.kind]?.(d.itemCount) ?? stored;
    const link = to.trackingCode
      ? `${this.config.publicBaseUrl}${stored.link}?code=${to.trackingCode}`
      : `${this.config.publicBaseUrl}${stored.link ?? ''}`;
    const community =
      (await this.dataSource.manager.findOne(Community, { where: { id: d.communityId } }))?.name ??
      '';
    const params = { community, title: words.title ?? '', body: words.body ?? '', link };
    const code = await this.sms.send({
      id: d.id,
      phone: to.phone,
      kind: d.kind,
      template: this.sms.template(d.kind),
      params,
      text: `【${community}】${params.body} ${link}`,
    });
    return { ok: code >= 200 && code < 300, code, error: code >= 300 ? `HTTP ${code}` : null };
  }

  /** The phone of `user:<id>` or of a wish's contact (`wish:<id>`, with its tracking code). */
  private async phoneOf(target: string): Promise<{ phone: string; trackingCode?: string } | null> {
    const [kind, id] = target.split(':');
    const m = this.dataSource.manager;
    if (kind === 'user') {
      const user = await m.findOne(User, { select: { phone: true }, where: { id } });
      return user ? { phone: user.phone } : null;
    }
    const wish = await m.findOne(Wish, {
      select: { contactPhone: true, trackingCode: true },
      where: { id },
    });
    return wish?.contactPhone
      ? { phone: wish.contactPhone, trackingCode: wish.trackingCode ?? undefined }
      : null;
  }
}
