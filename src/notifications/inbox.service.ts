import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThan, type FindOptionsWhere } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { decodeCursor, pageSize, toPage } from 'src/common/pagination/page';
import { ValidationFailedError } from 'src/common/errors/app-error';
import { insertOrIgnore } from 'src/database/locking';
import {
  MarkReadDto,
  MarkReadResult,
  NotificationPage,
  NotificationQuery,
  NotificationView,
  PreferencesDto,
  PreferencesView,
} from 'src/notifications/dto/notifications.dto';
import {
  DEFAULT_QUIET_END,
  DEFAULT_QUIET_START,
  NotificationPreference,
} from 'src/notifications/entities/notification-preference.entity';
import { Notification } from 'src/notifications/entities/notification.entity';

/** A user's inbox and choices. Every query is bound to the caller's own user id. */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(userId: string, q: NotificationQuery): Promise<NotificationPage> {
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const where: FindOptionsWhere<Notification> = { userId };
    if (after) where.id = LessThan(after);
    if (q.unread) where.readAt = IsNull();
    const [rows, unread] = await Promise.all([
      this.dataSource.manager.find(Notification, { where, order: { id: 'DESC' }, take: limit + 1 }),
      this.unread(userId),
    ]);
    return { ...toPage(rows, limit, (n) => NotificationView.of(n)), unread };
  }

  unread(userId: string): Promise<number> {
    return this.dataSource.manager.count(Notification, { where: { userId, readAt: IsNull() } });
  }

  async markRead(userId: string, dto: MarkReadDto): Promise<MarkReadResult> {
    if ((dto.ids === undefined) === (dto.all === undefined))
      throw ValidationFailedError.field('ids', 'give either ids or all: true');
    const where: FindOptionsWhere<Notification> = { userId, readAt: IsNull() };
    if (dto.ids) where.id = In(dto.ids);
    const result = await this.dataSource.manager.update(Notification, where, {
      readAt: this.clock.now(),
    });
    return { marked: result.affected ?? 0, unread: await this.unread(userId) };
  }

  async preferences(userId: string): Promise<PreferencesView> {
    const p = await this.dataSource.manager.findOne(NotificationPreference, { where: { userId } });
    return PreferencesView.of(
      p ?? {
        inbox: true,
        sms: false,
        quietStart: DEFAULT_QUIET_START,
        quietEnd: DEFAULT_QUIET_END,
      },
    );
  }

  async setPreferences(userId: string, dto: PreferencesDto): Promise<PreferencesView> {
    const m = this.dataSource.manager;
    const now = this.clock.now();
    const values = {
      inbox: dto.inbox,
      sms: dto.sms,
      quietStart: dto.quietStart,
      quietEnd: dto.quietEnd,
      updatedAt: now,
    };
    await insertOrIgnore(m, NotificationPreference, { userId, ...values, createdAt: now });
    await m.update(NotificationPreference, { userId }, values);
    return PreferencesView.of(values);
  }
}
