import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { BENCH_JWT_SECRET } from '../lib/bench-app';

export interface Baseline {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts the baseline server as its own process, like the app, and waits until it listens. */
export async function startBaseline(
  databaseUrl: string | undefined,
  port = 3901,
): Promise<Baseline> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', resolve(__dirname, 'server.ts')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: databaseUrl ?? 'mysql://root@127.0.0.1:3306/vp_bench',
        JWT_SECRET: BENCH_JWT_SECRET,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The baseline exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('The baseline did not start within 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
