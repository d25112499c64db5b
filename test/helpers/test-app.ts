import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { contractChecked, contractOf } from './contract';
import { PRISM_ENABLED, startPrism, type PrismProxy } from './prism';
import { createTestDatabase, TestDatabase } from './test-db';

export const ADMIN_PHONE = '18800000000';
export const ADMIN_PASSWORD = 'platform-admin-pw';

export interface TestApp {
  app: NestFastifyApplication;
  /** Requests checked against the API contract (through Prism with CONTRACT_PROXY=prism). */
  http: TestAgent;
  /**
   * Straight to the app, still contract-checked, for what a proxy cannot carry faithfully:
   * malformed or pathological bodies and binary answers.
   */
  direct: TestAgent;
  /**
   * The app's own address over the network, for clients other than supertest (never Prism's:
   * Prism re-encodes binary answers as text).
   */
  url(): Promise<string>;
  db: TestDatabase;
  close(): Promise<void>;
}

/**
 * Boots the real application (real migrations, real guards, pipe and filter) on a fresh
 * database. Environment overrides apply to this app only.
 */
export async function startApp(
  env: Record<string, string> = {},
  options: { database?: TestDatabase } = {},
): Promise<TestApp> {
  // A second instance shares the first one's database and leaves dropping it to the first.
  const shared = options.database;
  const db = shared ?? (await createTestDatabase());
  const drop = () => (shared ? Promise.resolve() : db.drop());
  const vars: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    ADMIN_PHONE,
    ADMIN_PASSWORD,
    RATE_LIMIT_PER_MINUTE: '100000',
    PUBLIC_BASE_URL: 'https://points.example.org',
    SEED_DEMO: 'false',
    // Tests dispatch notifications when they choose (DispatcherService.drain).
    NOTIFY_INTERVAL_MS: '0',
    ...env,
  };
  const saved = new Map(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  let app: NestFastifyApplication | undefined;
  try {
    const { createApp } = await import('src/app.factory');
    app = await createApp({ logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const contract = contractOf(app);
    let prism: PrismProxy | undefined;
    if (PRISM_ENABLED) {
      await app.listen({ port: 0, host: '127.0.0.1' });
      prism = await startPrism(await app.getUrl(), contract.document);
    }
    const direct = contractChecked(request(app.getHttpServer()), contract);
    return {
      app,
      http: prism ? contractChecked(request(prism.url), contract) : direct,
      direct,
      url: async () => {
        if (!app!.getHttpServer().listening) await app!.listen({ port: 0, host: '127.0.0.1' });
        return app!.getUrl();
      },
      db,
      close: async () => {
        const violations = prism?.violations() ?? [];
        await prism?.stop();
        await app?.close();
        await drop();
        if (violations.length) {
          throw new Error(`Prism found answers that break the document:\n${violations.join('\n')}`);
        }
      },
    };
  } catch (err) {
    await app?.close().catch(() => undefined);
    await drop();
    throw err;
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
