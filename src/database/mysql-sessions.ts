import * as mysql2 from 'mysql2';
import type { Pool, PoolConnection, PoolOptions, QueryError } from 'mysql2';

/**
 * Set on every connection of the app's pool as it opens, before any query of the app runs on it
 * (mysql2 runs a connection's queries in order).
 *
 * READ COMMITTED: every rule that must see every committed row does so by a locking read or a
 * conditional update, never by a snapshot, so REPEATABLE READ's only effect here was its gap
 * locks — and those made postings of neighbouring members deadlock: a scan of one member's lots
 * locked the next member's first lot, whose own spend needed that gap. Read committed locks the
 * rows a statement matches and nothing between them.
 *
 * `wsrep_sync_wait = 1`: on a Galera node, a read first waits until the node has applied every
 * write the cluster committed before it, so a caller who wrote through one node and reads
 * through another (the next request, behind a load balancer) sees their own write. On a
 * MariaDB server outside a cluster it does nothing; MySQL does not know it (error 1193, ignored).
 */
export const SESSION_SETTINGS: readonly { sql: string; ignoreErrno: number[] }[] = [
  { sql: 'SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED', ignoreErrno: [] },
  { sql: 'SET SESSION wsrep_sync_wait = 1', ignoreErrno: [1193] },
];

let galera = false;

/**
 * Whether this process's database is a Galera node, learnt as its first connection opens (before
 * any query of the app runs on it). On Galera a transaction can be aborted by a replicated write
 * between two statements of a multi-statement query; what the server then does with the rest of
 * the query is not something we have seen documented, so StatementBatch sends its statements one
 * by one there, as on SQLite.
 */
export const onGaleraNode = (): boolean => galera;

/** mysql2 with a pool that applies SESSION_SETTINGS to each new connection (TypeORM `driver`). */
export function mysqlWithSessionSettings(
  onError: (err: QueryError) => void = () => undefined,
): typeof mysql2 {
  const createPool = (config: PoolOptions | string): Pool => {
    const pool = mysql2.createPool(config as PoolOptions);
    pool.on('connection', (connection: PoolConnection) => {
      for (const setting of SESSION_SETTINGS) {
        connection.query(setting.sql, (err: QueryError | null) => {
          if (err && !setting.ignoreErrno.includes(err.errno ?? 0)) onError(err);
        });
      }
      connection.query('SELECT @@wsrep_on AS wsrep', (err: QueryError | null, rows: unknown) => {
        const [row] = (Array.isArray(rows) ? rows : []) as { wsrep?: number | string }[];
        if (!err && Number(row?.wsrep) === 1) galera = true;
      });
    });
    return pool;
  };
  return Object.create(mysql2, { createPool: { value: createPool } }) as typeof mysql2;
}
