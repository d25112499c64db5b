import type { DataSource } from 'typeorm';

const BATCH = 500;

/**
 * Deletes the rows of `table` that `where` selects, a batch at a time, each batch its own short
 * statement by key: a retention sweep never holds a large range of locks or a long transaction,
 * and two instances sweeping at once only delete nothing twice. Answers how many it deleted.
 */
export async function pruneInBatches(
  dataSource: DataSource,
  table: string,
  key: string,
  where: string,
  params: unknown[],
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const rows = await dataSource.query<Record<string, string>[]>(
      `SELECT ${key} AS k FROM ${table} WHERE ${where} LIMIT ${BATCH}`,
      params,
    );
    if (!rows.length) return deleted;
    const keys = rows.map((r) => r.k);
    const result: unknown = await dataSource.query(
      `DELETE FROM ${table} WHERE ${key} IN (${keys.map(() => '?').join(', ')}) AND ${where}`,
      [...keys, ...params],
    );
    deleted += affectedRows(result, keys.length);
    if (rows.length < BATCH) return deleted;
  }
}

/** Rows a raw DELETE changed: mysql2 answers `affectedRows`, better-sqlite3 `changes`. */
export function affectedRows(result: unknown, fallback: number): number {
  if (result && typeof result === 'object') {
    if ('affectedRows' in result) return Number(result.affectedRows);
    if ('changes' in result) return Number(result.changes);
  }
  return fallback;
}
