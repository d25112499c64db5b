import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { isRetryableTransactionError } from 'src/database/db-errors';
import { affected } from 'src/database/locking';

/** How long a claim on the migrations holds without being renewed; renewed a quarter of it. */
export const MIGRATION_LEASE_MS = 60_000;
const POLL_MS = 100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface LockOptions {
  leaseMs?: number;
  now?: () => number;
  holder?: string;
  logger?: Pick<Logger, 'log' | 'warn'>;
}

/**
 * Runs the pending migrations once however many instances start together: each in turn claims
 * a lease on a row of `migration_lock` by a conditional update (no `GET_LOCK`, no `LOCK TABLES`:
 * neither holds across Galera nodes; a claim made through two nodes at once fails certification
 * on one, which is then refused like any lost claim), looks, runs what is pending and lets go;
 * the first runs them, the others find nothing left to run. A holder that dies mid-way lets its lease run out,
 * and the next instance carries on (TypeORM runs each migration in its own transaction where
 * the engine allows, and skips those recorded as run).
 */
export async function migrateOnce(ds: DataSource, options: LockOptions = {}): Promise<number> {
  const leaseMs = options.leaseMs ?? MIGRATION_LEASE_MS;
  const now = options.now ?? Date.now;
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const logger = options.logger ?? new Logger('Migrations');
  await ensureLockRow(ds);
  for (;;) {
    if (await claim(ds, holder, now(), leaseMs)) {
      const renew = setInterval(() => {
        void ds
          .query('UPDATE migration_lock SET lease_until = ? WHERE id = 1 AND holder = ?', [
            now() + leaseMs,
            holder,
          ])
          .catch((err: unknown) => logger.warn({ err }, 'Could not renew the migration lease'));
      }, leaseMs / 4);
      try {
        // Under the lease even to look: the first look creates TypeORM's `migrations` table,
        // which two instances looking at once would both try to create.
        if (!(await ds.showMigrations())) return 0;
        const ran = await ds.runMigrations({ transaction: 'each' });
        if (ran.length) logger.log(`ran ${ran.length} migrations as ${holder}`);
        return ran.length;
      } finally {
        clearInterval(renew);
        await ds.query(
          'UPDATE migration_lock SET holder = NULL, lease_until = 0 WHERE id = 1 AND holder = ?',
          [holder],
        );
      }
    }
    await sleep(POLL_MS);
  }
}

async function ensureLockRow(ds: DataSource): Promise<void> {
  await ds.query(
    `CREATE TABLE IF NOT EXISTS migration_lock (
       id INT NOT NULL PRIMARY KEY, holder VARCHAR(80) NULL, lease_until BIGINT NOT NULL)`,
  );
  const ignore = ds.options.type === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  await ds.query(`${ignore} INTO migration_lock (id, holder, lease_until) VALUES (1, NULL, 0)`);
}

/** Takes the lease when it is free or has run out; false when someone else holds it. */
async function claim(ds: DataSource, holder: string, at: number, leaseMs: number) {
  const runner = ds.createQueryRunner();
  try {
    const result = await runner.query(
      `UPDATE migration_lock SET holder = ?, lease_until = ?
       WHERE id = 1 AND (holder IS NULL OR lease_until < ?)`,
      [holder, at + leaseMs, at],
      true,
    );
    return affected(result as { affected?: number }) === 1;
  } catch (err) {
    if (isRetryableTransactionError(err)) return false; // lost to a claim through another node
    throw err;
  } finally {
    await runner.release();
  }
}
