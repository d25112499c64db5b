/**
 * Datetime values for raw SQL, the same on both engines: parameters as
 * 'YYYY-MM-DD HH:MM:SS.SSS' in UTC (what TypeORM stores), results from a Date (mysql2) or that
 * string (SQLite).
 */
export const toDbTime = (d: Date): string => d.toISOString().replace('T', ' ').replace('Z', '');

export function fromDbTime(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}
