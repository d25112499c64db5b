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

/** MySQL deadlock (1213), lock wait timeout (1205) and MariaDB's "record has changed" (1020). */
export const RETRYABLE_MYSQL_ERRNOS = new Set([1213, 1205, 1020]);

export function isRetryableTransactionError(err: unknown): boolean {
  const e = driverError(err);
  if (!e) return false;
  return typeof e.errno === 'number' && RETRYABLE_MYSQL_ERRNOS.has(e.errno);
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
    ].includes(e.code)
  );
}
