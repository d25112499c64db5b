import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';
import { startApp, type TestApp } from './helpers/test-app';

const LIMIT = 4;

/** A client address of its own for each test, so counts in the shared Redis never meet. */
const clientIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** A Redis of the test's own, to stop mid-run (never the machine's shared one). */
async function privateRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const proc: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 50; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = createServer();
      socket.once('error', () => resolve(true)); // the port is taken: Redis listens
      socket.listen(port, '127.0.0.1', () => socket.close(() => resolve(false)));
    });
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGKILL');
      }),
  };
}

const login = (t: TestApp, ip: string) =>
  t.direct
    .post('/api/v1/auth/login')
    .set('X-Forwarded-For', ip)
    .send({ phone: '13000000000', password: 'whatever' });

describe('per-IP rate limits across instances', () => {
  const env = (extra: Record<string, string>) => ({
    RATE_LIMIT_PER_MINUTE: String(LIMIT),
    TRUST_PROXY: '127.0.0.1',
    ...extra,
  });

  describe('with REDIS_URL, two instances count one budget', () => {
    let a: TestApp;
    let b: TestApp;
    beforeAll(async () => {
      a = await startApp(env({ REDIS_URL: 'redis://127.0.0.1:6379' }));
      b = await startApp(env({ REDIS_URL: 'redis://127.0.0.1:6379' }), { database: a.db });
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it('the 5th request of a minute is refused, whichever instance it reaches', async () => {
      const ip = clientIp();
      for (const t of [a, b, a, b]) expect((await login(t, ip)).status).toBe(401);
      expect((await login(a, ip)).status).toBe(429);
      expect((await login(b, ip)).status).toBe(429);
      // Another client has its own budget.
      expect((await login(b, clientIp())).status).toBe(401);
    });
  });

  describe('without REDIS_URL, each instance counts its own', () => {
    let a: TestApp;
    let b: TestApp;
    beforeAll(async () => {
      a = await startApp(env({}));
      b = await startApp(env({}), { database: a.db });
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it('one instance refuses the 5th; the other has not counted them', async () => {
      const ip = clientIp();
      for (let i = 0; i < LIMIT; i++) expect((await login(a, ip)).status).toBe(401);
      expect((await login(a, ip)).status).toBe(429);
      expect((await login(b, ip)).status).toBe(401);
    });

    it('a client cannot pick its address: X-Forwarded-For counts only from TRUST_PROXY', async () => {
      const c = await startApp(env({ TRUST_PROXY: '' }), { database: a.db });
      try {
        for (let i = 0; i < LIMIT; i++) expect((await login(c, clientIp())).status).toBe(401);
        expect((await login(c, clientIp())).status).toBe(429);
      } finally {
        await c.close();
      }
    });
  });

  describe('when Redis goes away mid-run', () => {
    let t: TestApp;
    let redis: Awaited<ReturnType<typeof privateRedis>>;
    beforeAll(async () => {
      redis = await privateRedis();
      t = await startApp(env({ REDIS_URL: redis.url }));
    });
    afterAll(async () => {
      await t?.close();
      await redis?.stop();
    });

    it('limits fall back to this instance, never a 500, and still refuse the 5th', async () => {
      const ip = clientIp();
      expect((await login(t, ip)).status).toBe(401); // counted in Redis
      await redis.stop();
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT + 1; i++) statuses.push((await login(t, ip)).status);
      expect(statuses).toEqual([...Array<number>(LIMIT).fill(401), 429]);
    });
  });
});
