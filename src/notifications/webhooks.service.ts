import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, type FindOptionsWhere } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import { InvalidStateError, NotFoundError } from 'src/common/errors/app-error';
import { newId, randomToken } from 'src/common/ids';
import { decodeCursor, pageSize, PageQuery, toPage } from 'src/common/pagination/page';
import { assertCommunity } from 'src/common/scope';
import { affected } from 'src/database/locking';
import { toDbTime } from 'src/database/raw-time';
import { TransactionService } from 'src/database/transaction.service';
import {
  CreateWebhookDto,
  DeliveryPage,
  DeliveryQuery,
  DeliveryView,
  UpdateWebhookDto,
  WebhookPage,
  WebhookView,
  WebhookWithSecret,
} from 'src/notifications/dto/webhooks.dto';
import { Delivery } from 'src/notifications/entities/delivery.entity';
import { Webhook } from 'src/notifications/entities/webhook.entity';

/** A community admin's webhooks and their delivery log; every change is audit-logged. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(actor: AuthUser, communityId: string, dto: CreateWebhookDto) {
    assertCommunity(actor, communityId);
    const now = this.clock.now();
    const hook = Object.assign(new Webhook(), {
      id: newId(),
      communityId,
      url: dto.url,
      secret: dto.secret ?? randomToken(32),
      eventTypes: dto.eventTypes,
      active: dto.active ?? true,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await this.tx.run(async (m) => {
      await m.insert(Webhook, hook);
      await this.audit.record(m, actor, {
        communityId,
        action: 'webhook.create',
        targetType: 'webhook',
        targetId: hook.id,
        after: { url: hook.url, eventTypes: hook.eventTypes, active: hook.active },
      });
    });
    return { ...WebhookView.of(hook), secret: hook.secret } satisfies WebhookWithSecret;
  }

  async list(actor: AuthUser, communityId: string, q: PageQuery): Promise<WebhookPage> {
    assertCommunity(actor, communityId);
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const where: FindOptionsWhere<Webhook> = { communityId };
    if (after) where.id = LessThan(after);
    const rows = await this.dataSource.manager.find(Webhook, {
      where,
      order: { id: 'DESC' },
      take: limit + 1,
    });
    return toPage(rows, limit, (w) => WebhookView.of(w));
  }

  async update(
    actor: AuthUser,
    communityId: string,
    id: string,
    dto: UpdateWebhookDto,
  ): Promise<WebhookView | WebhookWithSecret> {
    return this.tx.run(async (m) => {
      const hook = await this.find(actor, communityId, id, m);
      const before = { url: hook.url, eventTypes: hook.eventTypes, active: hook.active };
      Object.assign(hook, {
        url: dto.url ?? hook.url,
        eventTypes: dto.eventTypes ?? hook.eventTypes,
        active: dto.active ?? hook.active,
        secret: dto.secret ?? hook.secret,
        updatedAt: this.clock.now(),
      });
      await m.save(hook);
      await this.audit.record(m, actor, {
        communityId,
        action: 'webhook.update',
        targetType: 'webhook',
        targetId: id,
        before,
        after: {
          url: hook.url,
          eventTypes: hook.eventTypes,
          active: hook.active,
          secretChanged: dto.secret !== undefined,
        },
      });
      return dto.secret ? { ...WebhookView.of(hook), secret: hook.secret } : WebhookView.of(hook);
    });
  }

  async remove(actor: AuthUser, communityId: string, id: string): Promise<void> {
    await this.tx.run(async (m) => {
      const hook = await this.find(actor, communityId, id);
      await m.delete(Webhook, { id: hook.id });
      await this.audit.record(m, actor, {
        communityId,
        action: 'webhook.delete',
        targetType: 'webhook',
        targetId: id,
        before: { url: hook.url, eventTypes: hook.eventTypes },
      });
    });
  }

  async deliveries(
    actor: AuthUser,
    communityId: string,
    id: string,
    q: DeliveryQuery,
  ): Promise<DeliveryPage> {
    const hook = await this.find(actor, communityId, id);
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const where: FindOptionsWhere<Delivery> = { target: hook.id, channel: 'webhook' };
    if (after) where.id = LessThan(after);
    if (q.status) where.status = q.status;
    const rows = await this.dataSource.manager.find(Delivery, {
      where,
      order: { id: 'DESC' },
      take: limit + 1,
    });
    return toPage(rows, limit, (d) => DeliveryView.of(d));
  }

  /**
   * Sends a delivery again with a fresh round of tries (the receiver lost it, or was down past
   * the last try). Refused while a dispatcher is sending it.
   */
  async redeliver(
    actor: AuthUser,
    communityId: string,
    id: string,
    deliveryId: string,
  ): Promise<DeliveryView> {
    const hook = await this.find(actor, communityId, id);
    const now = this.clock.now();
    return this.tx.run(async (m) => {
      const changed = await m
        .createQueryBuilder()
        .update(Delivery)
        .set({ status: 'pending', attempts: 0, nextAttemptAt: now, updatedAt: now })
        .where(
          'id = :id AND target = :hook AND channel = :webhook AND (claimed_until IS NULL OR claimed_until < :now)',
          { id: deliveryId, hook: hook.id, webhook: 'webhook', now: toDbTime(now) },
        )
        .execute();
      const delivery = await m.findOne(Delivery, {
        where: { id: deliveryId, target: hook.id, channel: 'webhook' },
      });
      if (!delivery) throw new NotFoundError('Delivery');
      if (affected(changed) !== 1) throw new InvalidStateError('The delivery is being sent now');
      await this.audit.record(m, actor, {
        communityId,
        action: 'webhook.redeliver',
        targetType: 'delivery',
        targetId: deliveryId,
      });
      return DeliveryView.of(delivery);
    });
  }

  private async find(
    actor: AuthUser,
    communityId: string,
    id: string,
    m = this.dataSource.manager,
  ): Promise<Webhook> {
    assertCommunity(actor, communityId);
    const hook = await m.findOne(Webhook, { where: { id, communityId } });
    if (!hook) throw new NotFoundError('Webhook');
    return hook;
  }
}
