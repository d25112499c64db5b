import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

/** The engine the suite runs on: DATABASE_URL=mysql://… for MariaDB/MySQL, SQLite otherwise. */
const BASE_URL = process.env.DATABASE_URL ?? '';
export const ENGINE: 'mysql' | 'sqlite' = BASE_URL.startsWith('mysql://') ? 'mysql' : 'sqlite';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a temp SQLite file, or a new schema on the MySQL
 * server named by DATABASE_URL (so test files never share state, whatever order they run in).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (ENGINE === 'sqlite') {
    const file = join(tmpdir(), `vp-test-${suffix}.sqlite`);
    return {
      url: `sqlite:${file}`,
      drop: () => {
        for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}.jwt-secret`])
          rmSync(f, { force: true });
        return Promise.resolve();
      },
    };
  }
  const base = new URL(BASE_URL);
  const name = `${decodeURIComponent(base.pathname.slice(1))}_${suffix}`;
  const server = new URL(BASE_URL);
  server.pathname = '/';
  const run = async (sql: string) => {
    const conn = await createConnection({ uri: server.toString() });
    try {
      await conn.query(sql);
    } finally {
      await conn.end();
    }
  };
  await run(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS \`${name}\``) };
}
