/** Driver error helpers that work for both SQLite (better-sqlite3) and MySQL (mysql2). */

interface DriverErrorLike {
  code?: unknown;
  errno?: unknown;
  driverError?: DriverErrorLike;
}

function driverError(err: unknown): DriverErrorLike | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as DriverErrorLike;
  return e.driverError ?? e;
}

export function isUniqueViolation(err: unknown): boolean {
  const e = driverError(err);
  if (!e) return false;
  return (
    e.code === 'ER_DUP_ENTRY' ||
    e.errno === 1062 ||
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * Conflicts a transaction retried from the start can win: MySQL's deadlock (1213, also how
 * Galera reports a certification failure or a brute-force abort by a replicated write), lock
 * wait timeout (1205) and MariaDB's "record has changed" (1020).
 */
export const CONFLICT_MYSQL_ERRNOS = new Set([1213, 1205, 1020]);

/**
 * "This node cannot serve now": a Galera node that is not synced or not in the primary
 * component (1047 ER_UNKNOWN_COM_ERROR, "WSREP has not yet prepared node for application use"),
 * a server shutting down (1053) or killing the connection (1927), too many connections (1040),
 * the connection gone mid-query (2006, 2013). Another try moments later, or through another
 * node, can succeed: retried briefly, then answered 503 with Retry-After, never 500.
 */
export const UNAVAILABLE_MYSQL_ERRNOS = new Set([1047, 1053, 1927, 1040, 2006, 2013]);

const errnoIn = (err: unknown, set: Set<number>): boolean => {
  const e = driverError(err);
  return typeof e?.errno === 'number' && set.has(e.errno);
};

/**
 * A clash the transaction cannot settle itself but a fresh try will (a random code drawn twice):
 * thrown to have the whole transaction run again, on either engine.
 */
export class TransientConflictError extends Error {}

export function isRetryableTransactionError(err: unknown): boolean {
  return (
    err instanceof TransientConflictError ||
    errnoIn(err, CONFLICT_MYSQL_ERRNOS) ||
    errnoIn(err, UNAVAILABLE_MYSQL_ERRNOS)
  );
}

/**
 * Worth answering 503 with Retry-After: the database could not be reached, this node cannot
 * serve now, or a conflict outlasted the retries. The request had no effect (its transaction
 * rolled back), so the client may simply send it again.
 */
export function isTransientDatabaseError(err: unknown): boolean {
  return isConnectionError(err) || isRetryableTransactionError(err);
}

/** True when the database could not be reached at all (server down, connection refused). */
export function isConnectionError(err: unknown): boolean {
  const e = driverError(err);
  if (!e) return false;
  // mysql2 while the app shuts down, or after the pool was torn down.
  if (err instanceof Error && err.message === 'Pool is closed.') return true;
  return (
    typeof e.code === 'string' &&
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'PROTOCOL_CONNECTION_LOST',
      'ETIMEDOUT',
      'EPIPE',
      'ER_CON_COUNT_ERROR',
      'PROTOCOL_SEQUENCE_TIMEOUT',
    ].includes(e.code)
  );
}
