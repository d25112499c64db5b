import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan } from 'typeorm';
import { AppConfig } from 'src/config/app-config';
import { NotificationView } from 'src/notifications/dto/notifications.dto';
import { Notification } from 'src/notifications/entities/notification.entity';

/** The smallest UUID v7 of a millisecond: ids at or after `ms` sort at or above it. */
export const uuidFloor = (ms: number): string => {
  const hex = Math.max(ms, 0).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7000-8000-000000000000`;
};

/** How far back each look reaches: a notification committed late still shows up. */
const LOOK_BACK_MS = 10_000;
const USERS_PER_QUERY = 500;

interface Listener {
  userId: string;
  /** Ids below this were there before the stream opened (the client loads those itself). */
  since: string;
  sent: Set<string>;
  push: (n: NotificationView) => void;
}

/**
 * Live notifications for open streams, on every instance: while anyone listens, one query per
 * LIVE_POLL_MS reads the notifications of all listening users made in the last seconds (by
 * any instance's dispatcher, since they all write to the same database), and each stream gets
 * the ones it has not had. No shared broker is needed; the look-back covers commits that land
 * out of id order.
 */
@Injectable()
export class LiveService implements OnApplicationShutdown {
  private readonly listeners = new Set<Listener>();
  private timer?: NodeJS.Timeout;
  private polling = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Starts pushing `userId`'s new notifications to `push`; call the answer to stop. */
  subscribe(userId: string, push: (n: NotificationView) => void): () => void {
    const listener: Listener = {
      userId,
      since: uuidFloor(Date.now() - 2_000),
      sent: new Set(),
      push,
    };
    this.listeners.add(listener);
    this.timer ??= setInterval(() => void this.poll(), this.config.get('LIVE_POLL_MS'));
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  onApplicationShutdown(): void {
    this.listeners.clear();
    this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async poll(): Promise<void> {
    if (this.polling || this.listeners.size === 0) return;
    this.polling = true;
    try {
      const floor = uuidFloor(Date.now() - LOOK_BACK_MS);
      const users = [...new Set([...this.listeners].map((l) => l.userId))];
      for (let i = 0; i < users.length; i += USERS_PER_QUERY) {
        const rows = await this.dataSource.manager.find(Notification, {
          where: { userId: In(users.slice(i, i + USERS_PER_QUERY)), id: MoreThan(floor) },
          order: { id: 'ASC' },
        });
        for (const row of rows) this.hand(row);
      }
      for (const l of this.listeners) for (const id of l.sent) if (id < floor) l.sent.delete(id);
    } catch {
      // The database is away for a moment: the next look reaches back far enough.
    } finally {
      this.polling = false;
    }
  }

  private hand(row: Notification): void {
    for (const l of this.listeners) {
      if (l.userId !== row.userId || row.id < l.since || l.sent.has(row.id)) continue;
      l.sent.add(row.id);
      l.push(NotificationView.of(row));
    }
  }
}
