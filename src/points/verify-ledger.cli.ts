import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_URL } from 'src/config/env.validation';
import { buildDataSourceOptions } from 'src/database/data-source-options';
import { verifyLedger } from 'src/points/verify-ledger';

/** `npm run ledger:verify`: exits 1 and names each failing account when an invariant breaks. */
async function main(): Promise<number> {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const dataSource = await new DataSource({
    ...buildDataSourceOptions(url),
    logging: false,
  }).initialize();
  try {
    const problems = await verifyLedger(dataSource);
    for (const p of problems) {
      console.error(
        `FAIL ${p.check}: community ${p.communityId}${p.accountId ? ` account ${p.accountId}` : ''}: ${p.detail}`,
      );
    }
    console.log(
      problems.length ? `${problems.length} ledger problem(s)` : 'Ledger OK: invariants 1–3 hold',
    );
    return problems.length ? 1 : 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
