import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_URL } from 'src/config/env.validation';
import { buildDataSourceOptions } from 'src/database/data-source-options';
import { migrateOnce } from 'src/database/migrate-once';

/**
 * `npm run migration:run`: the deploy step that migrates before new instances start (the
 * README's several-instances section). Safe to run from several machines at once, and alongside
 * instances starting: all of them take the same lease.
 */
async function main() {
  const ds = await new DataSource(
    buildDataSourceOptions(process.env.DATABASE_URL || DEFAULT_DATABASE_URL),
  ).initialize();
  try {
    const ran = await migrateOnce(ds);
    console.log(ran ? `ran ${ran} migrations` : 'nothing to migrate');
  } finally {
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
