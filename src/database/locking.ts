import { In } from 'typeorm';
import type {
  EntityManager,
  EntityTarget,
  ObjectLiteral,
  QueryDeepPartialEntity,
  SelectQueryBuilder,
} from 'typeorm';

/**
 * `SELECT … FOR UPDATE` on MySQL/MariaDB. SQLite has no row locks and needs none: its
 * transactions are serialized by TransactionService.
 */
export function forUpdate<T extends ObjectLiteral>(
  manager: EntityManager,
  qb: SelectQueryBuilder<T>,
): SelectQueryBuilder<T> {
  return manager.connection.options.type === 'mysql' ? qb.setLock('pessimistic_write') : qb;
}

/** The same, as `find` options: `{ lock: pessimistic_write }` on MySQL/MariaDB, none on SQLite. */
export function lockOption(manager: EntityManager): { lock?: { mode: 'pessimistic_write' } } {
  return manager.connection.options.type === 'mysql' ? { lock: { mode: 'pessimistic_write' } } : {};
}

/** The same, for raw SQL: ` FOR UPDATE` to append on MySQL/MariaDB, nothing on SQLite. */
export function lockingClause(manager: EntityManager): string {
  return manager.connection.options.type === 'mysql' ? ' FOR UPDATE' : '';
}

/** Rows changed by an UPDATE, on both drivers. */
export function affected(result: { affected?: number | null }): number {
  return result.affected ?? 0;
}

/**
 * Inserts a row unless one with the same unique key exists (`INSERT IGNORE` / `INSERT OR
 * IGNORE`): how rows created on first use (accounts, running totals, counters) come to exist
 * without a race. Read the row with `forUpdate` afterwards to work with it.
 */
export async function insertOrIgnore<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  values: QueryDeepPartialEntity<T> | QueryDeepPartialEntity<T>[],
): Promise<void> {
  // Nothing is read back (TypeORM would re-select the row for its column defaults).
  await manager
    .createQueryBuilder()
    .insert()
    .into(target)
    .values(values)
    .orIgnore()
    .updateEntity(false)
    .execute();
}

/**
 * Claims up to `limit` rows for this caller: reads candidate ids matching `free` (a condition
 * that includes "not claimed, or the lease ran out"), sets `claim_token` and `claimed_until`
 * on those still free by one conditional update, and answers the rows it now holds. Several
 * instances may call it at once; each row goes to one of them. Works the same on SQLite (no
 * `UPDATE … LIMIT`, no `SKIP LOCKED`) and InnoDB (the update re-reads each row).
 */
export async function claimBatch<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  o: {
    free: string;
    params: Record<string, unknown>;
    orderBy: string;
    limit: number;
    token: string;
    until: Date;
  },
): Promise<T[]> {
  const candidates = await manager
    .createQueryBuilder(target, 'x')
    .select('x.id', 'id')
    .where(o.free, o.params)
    .orderBy(o.orderBy, 'ASC')
    .limit(o.limit)
    .getRawMany<{ id: string }>();
  if (candidates.length === 0) return [];
  const ids = candidates.map((c) => c.id);
  await manager
    .createQueryBuilder()
    .update(target)
    .set({ claimToken: o.token, claimedUntil: o.until } as never)
    .where(`id IN (:...ids) AND ${o.free}`, { ...o.params, ids })
    .execute();
  return manager.find(target, {
    where: { claimToken: o.token, id: In(ids) } as never,
    order: { id: 'ASC' } as never,
  });
}
