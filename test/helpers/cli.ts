import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs one of the project's command-line scripts (`src/…/*.cli.ts`) in a process of its own, as
 * `npm run` would, against `databaseUrl`; returns its exit code and everything it printed.
 */
export async function runCli(
  script: string,
  databaseUrl: string,
): Promise<{ code: number; out: string }> {
  const args = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', script];
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}
