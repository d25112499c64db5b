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
  values: QueryDeepPartialEntity<T>,
): Promise<void> {
  await manager.createQueryBuilder().insert().into(target).values(values).orIgnore().execute();
}
