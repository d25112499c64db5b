import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Set CONTRACT_PROXY=prism to send every e2e request through Stoplight Prism's proxy. */
export const PRISM_ENABLED = process.env.CONTRACT_PROXY === 'prism';

export interface PrismProxy {
  url: string;
  /** Prism's reports of answers that break the document, since the proxy started. */
  violations(): string[];
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Stoplight Prism as a validating proxy in front of the app: it forwards every request and
 * checks the upstream's answer against the document. Request checks are off (the suites send
 * bad requests on purpose); response violations are collected from its log.
 */
export async function startPrism(upstream: string, document: object): Promise<PrismProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'vp-prism-'));
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
  const port = await freePort();
  const child: ChildProcess = spawn(
    join(__dirname, '..', '..', 'node_modules', '.bin', 'prism'),
    ['proxy', file, upstream, '-p', String(port), '-h', '127.0.0.1', '--cors', 'false'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  let log = '';
  const seen: string[] = [];
  const collect = (chunk: Buffer) => {
    log += chunk.toString('utf8');
    const lines = log.split('\n');
    log = lines.pop() ?? '';
    for (const line of lines) if (/Violation: response/i.test(line)) seen.push(line.trim());
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Prism did not start in 60 s')), 60_000);
    const ready = (chunk: Buffer) => {
      if (/Prism is listening/.test(chunk.toString('utf8'))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', ready);
    child.once('exit', (code) => reject(new Error(`Prism exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    violations: () => [...seen],
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
