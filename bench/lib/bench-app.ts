import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from 'src/database/data-source-options';
import { api, startBuiltApp, type RunningApp } from './app-process';
import { freshDatabaseUrl } from './database';

export const BENCH_ADMIN = { phone: '18800000000', password: 'bench-admin-password' };
/** The app's token secret, which the baseline server also checks tokens with. */
export const BENCH_JWT_SECRET = 'Bq3Xw8NcT5vL1mR7kZ2hY9dG4sF6pJ0e-bench';

export interface BenchApp {
  app: RunningApp;
  /** A direct connection for bulk seeding and checks. */
  ds: DataSource;
  adminToken: string;
  communityId: string;
  stop(): Promise<void>;
}

/** A fresh database, the built app on it as its own process, and one community named BENCH. */
export async function startBenchApp(): Promise<BenchApp> {
  const databaseUrl = await freshDatabaseUrl();
  const app = await startBuiltApp({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: BENCH_JWT_SECRET,
    ADMIN_PHONE: BENCH_ADMIN.phone,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  const ds = await new DataSource({
    ...buildDataSourceOptions(databaseUrl),
    logging: false,
  }).initialize();
  const admin = await api<{ accessToken: string }>(app.url, '/auth/login', BENCH_ADMIN);
  const community = await api<{ id: string }>(
    app.url,
    '/communities',
    { name: 'Bench', code: 'BENCH' },
    admin.accessToken,
  );
  return {
    app,
    ds,
    adminToken: admin.accessToken,
    communityId: community.id,
    stop: async () => {
      await ds.destroy();
      await app.stop();
    },
  };
}
