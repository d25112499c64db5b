import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

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
