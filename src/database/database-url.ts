import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type DatabaseTarget =
  { engine: 'sqlite'; file: string } | { engine: 'mysql'; url: string; database: string };

/** Parses `sqlite:./path.sqlite`, `sqlite::memory:` or `mysql://user:pass@host:port/db`. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new Error('DATABASE_URL: sqlite: needs a file path');
    return { engine: 'sqlite', file: file === ':memory:' ? file : resolve(file) };
  }
  if (url.startsWith('mysql://')) {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!database) throw new Error('DATABASE_URL: mysql:// needs a database name');
    return { engine: 'mysql', url, database };
  }
  throw new Error('DATABASE_URL must start with sqlite: or mysql://');
}

/** Creates the directory that will hold a SQLite file. */
export function ensureSqliteDirectory(file: string): void {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
}
