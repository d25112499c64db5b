import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { contractChecked, contractOf } from './contract';
import { createTestDatabase, TestDatabase } from './test-db';

export const ADMIN_PHONE = '18800000000';
export const ADMIN_PASSWORD = 'platform-admin-pw';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  db: TestDatabase;
  close(): Promise<void>;
}

/**
 * Boots the real application (real migrations, real guards, pipe and filter) on a fresh
 * database. Environment overrides apply to this app only.
 */
export async function startApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
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
    return {
      app,
      http: contractChecked(request(app.getHttpServer()), contractOf(app)),
      db,
      close: async () => {
        await app?.close();
        await db.drop();
      },
    };
  } catch (err) {
    await app?.close().catch(() => undefined);
    await db.drop();
    throw err;
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
