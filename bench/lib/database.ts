import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

export const SQLITE = process.argv.includes('--sqlite');

/** An empty database for a benchmark run: a temp SQLite file, or a recreated MySQL schema. */
export async function freshDatabaseUrl(): Promise<string> {
  if (SQLITE) {
    const file = join(tmpdir(), 'vp-bench.sqlite');
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    return `sqlite:${file}`;
  }
  const url = new URL(process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/vp_bench');
  const db = url.pathname.slice(1);
  const server = new URL(url.toString());
  server.pathname = '/';
  const conn = await createConnection({ uri: server.toString() });
  await conn.query(`DROP DATABASE IF EXISTS \`${db}\``);
  await conn.query(`CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  return url.toString();
}
