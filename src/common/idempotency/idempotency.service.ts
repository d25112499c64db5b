import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError, ConflictError } from 'src/common/errors/app-error';
import { IdempotencyKey } from 'src/common/idempotency/idempotency-key.entity';
import { newId } from 'src/common/ids';
import { isUniqueViolation } from 'src/database/db-errors';
import { TransactionService } from 'src/database/transaction.service';

export class IdempotencyKeyReusedError extends AppError {
  constructor() {
    super(
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used for a different request',
    );
  }
}

export type Claim = { kind: 'new'; id: string } | { kind: 'replay'; status: number; body: unknown };

export const requestHash = (method: string, path: string, body: unknown): string =>
  createHash('sha256')
    .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');

const WAIT_STEP_MS = 50;
const WAIT_LIMIT_MS = 10_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stores the first response per (caller, key). The unique (scope, key) row is claimed before the
 * handler runs, so concurrent repeats wait for the first one and replay its response.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
  ) {}

  async claim(scope: string, key: string, hash: string): Promise<Claim> {
    const id = newId();
    const now = new Date();
    try {
      await this.tx.run((m) =>
        m.insert(IdempotencyKey, {
          id,
          scope,
          key,
          requestHash: hash,
          state: 'pending',
          responseStatus: null,
          responseBody: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      return { kind: 'new', id };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
    return this.awaitFirst(scope, key, hash);
  }

  async complete(id: string, status: number, body: unknown): Promise<void> {
    await this.tx.run((m) =>
      m.update(
        IdempotencyKey,
        { id },
        {
          state: 'done',
          responseStatus: status,
          responseBody: JSON.stringify(body ?? null),
          updatedAt: new Date(),
        },
      ),
    );
  }

  /** The first request failed in a way worth retrying (5xx): free the key. */
  async release(id: string): Promise<void> {
    await this.tx.run((m) => m.delete(IdempotencyKey, { id }));
  }

  private async awaitFirst(scope: string, key: string, hash: string): Promise<Claim> {
    for (let waited = 0; ; waited += WAIT_STEP_MS) {
      const row = await this.dataSource.manager.findOne(IdempotencyKey, { where: { scope, key } });
      if (!row) return this.claim(scope, key, hash);
      if (row.requestHash !== hash) throw new IdempotencyKeyReusedError();
      if (row.state === 'done') {
        return {
          kind: 'replay',
          status: row.responseStatus ?? 200,
          body: JSON.parse(row.responseBody ?? 'null'),
        };
      }
      if (waited >= WAIT_LIMIT_MS)
        throw new ConflictError('A request with this Idempotency-Key is still in progress');
      await sleep(WAIT_STEP_MS);
    }
  }
}
