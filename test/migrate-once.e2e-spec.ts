import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from 'src/database/data-source-options';
import { MIGRATIONS } from 'src/database/migration-list';
import { migrateOnce } from 'src/database/migrate-once';
import { runCli } from './helpers/cli';
import { createTestDatabase, type TestDatabase } from './helpers/test-db';

/** `npm run migration:run` in a process of its own, as a deploy step or an instance would. */
async function migrateCli(url: string): Promise<string> {
  const { code, out } = await runCli('src/database/migrate.cli.ts', url);
  if (code !== 0) throw new Error(`migration:run exited ${code}: ${out}`);
  return out;
}

describe('migrations run once however many instances start together', () => {
  let db: TestDatabase;
  let ds: DataSource | undefined;

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await ds?.destroy();
    ds = undefined;
    await db.drop();
  });

  it('four processes on an empty database: one migrates, the others wait and find nothing left', async () => {
    const outputs = await Promise.all(Array.from({ length: 4 }, () => migrateCli(db.url)));
    expect(outputs.filter((o) => o.includes(`ran ${MIGRATIONS.length} migrations`))).toHaveLength(
      1,
    );
    expect(outputs.filter((o) => o.includes('nothing to migrate'))).toHaveLength(3);
    ds = await new DataSource(buildDataSourceOptions(db.url)).initialize();
    const rows = await ds.query<{ name: string }[]>('SELECT name FROM migrations');
    expect(rows.map((r) => r.name).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
    const [lock] = await ds.query<{ holder: string | null }[]>('SELECT holder FROM migration_lock');
    expect(lock.holder).toBeNull();
  }, 120_000);

  it('waits for a live holder, and takes over from one whose lease ran out', async () => {
    ds = await new DataSource(buildDataSourceOptions(db.url)).initialize();
    await migrateOnce(ds, { now: () => 0 }); // creates the lock row, runs everything
    await ds.undoLastMigration();
    // A holder that died mid-migration an hour ago (its lease ran out long since).
    await ds.query('UPDATE migration_lock SET holder = ?, lease_until = ? WHERE id = 1', [
      'dead-instance',
      1_000,
    ]);
    let clock = 500;
    const waiting = migrateOnce(ds, { now: () => clock, holder: 'next-instance' });
    let settled = false;
    void waiting.finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 800));
    expect(settled).toBe(false); // at 500 the dead holder's lease (until 1,000) still holds
    clock = 2_000;
    expect(await waiting).toBe(1); // ran out: the next instance runs what is left
    const [lock] = await ds.query<{ holder: string | null }[]>('SELECT holder FROM migration_lock');
    expect(lock.holder).toBeNull();
  }, 30_000);
});
