import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isRetryableTransactionError, TransientConflictError } from 'src/database/db-errors';
import { SerialQueue } from 'src/database/serial-queue';

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 10 };

/**
 * The wait before the next attempt: exponential, spread at random over half to one and a half
 * times the step, so transactions that conflicted together (on Galera, certified against each
 * other) do not all come back at the same instant and conflict again.
 */
export function retryDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  return policy.baseDelayMs * 2 ** (attempt - 1) * (0.5 + random());
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs a function in one database transaction, retrying the whole function a bounded number of
 * times when MySQL/MariaDB reports a deadlock, a lock timeout, a Galera certification failure or
 * a node that cannot serve for a moment (what still fails is answered 503 with Retry-After). `isRetryable` is injected so the
 * policy is unit-testable without a database.
 */
export async function withRetry<T>(
  fn: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  isRetryable: (err: unknown) => boolean = isRetryableTransactionError,
  onRetry?: (err: unknown, attempt: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= policy.attempts || !isRetryable(err)) throw err;
      onRetry?.(err, attempt);
      await sleep(retryDelay(attempt, policy));
    }
  }
}

/** The transaction helper every write use case goes through. */
@Injectable()
export class TransactionService {
  private readonly logger = new Logger('Transactions');
  private readonly queue: SerialQueue | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.queue = dataSource.options.type === 'better-sqlite3' ? new SerialQueue() : undefined;
  }

  get isSqlite(): boolean {
    return this.queue !== undefined;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const once = () => this.dataSource.transaction((manager) => work(manager));
    // SQLite runs one transaction at a time: only a drawn-twice code can ask for another try.
    if (this.queue)
      return this.queue.run(() =>
        withRetry(once, DEFAULT_RETRY, (err) => err instanceof TransientConflictError),
      );
    return withRetry(once, DEFAULT_RETRY, isRetryableTransactionError, (err, attempt) =>
      this.logger.warn({ err, attempt }, 'Retrying transaction after a lock conflict'),
    );
  }
}
