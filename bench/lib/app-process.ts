import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface RunningApp {
  url: string;
  pid: number;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<void>;
  /** Any signal (SIGKILL for a crash), and wait for the exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

const ROOT = resolve(__dirname, '..', '..');

/** Starts the built app (`dist/src/main.js`) as its own process and waits for /health/ready. */
export async function startBuiltApp(
  env: Record<string, string>,
  port = 3900,
  output: 'inherit' | 'ignore' = 'inherit',
): Promise<RunningApp> {
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the app under load.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // As `npm start` runs it (see README, "Memory").
  const args = ['--max-old-space-size=256', ...nodeArgs, resolve(ROOT, 'dist/src/main.js')];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      // As `npm start` sets it (see README, "Memory").
      MALLOC_MMAP_THRESHOLD_: '131072',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', output, output],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('The app did not become ready within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  const kill = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return { url, pid: child.pid!, stop: () => kill('SIGTERM'), kill };
}

export async function api<T>(
  url: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const res = await fetch(`${url}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
