import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MissingSecretError, resolveJwtSecret } from 'src/config/jwt-secret';

describe('the JWT secret when JWT_SECRET is unset', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'vp-secret-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is generated once beside the SQLite file, private, and the same on the next start', () => {
    const url = `sqlite:${join(dir, 'points.sqlite')}`;
    const logged: string[] = [];
    const first = resolveJwtSecret(undefined, url, (m) => logged.push(m));
    expect(first.length).toBeGreaterThanOrEqual(64);
    const file = join(dir, 'points.sqlite.jwt-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(logged).toHaveLength(1);
    expect(resolveJwtSecret(undefined, url, (m) => logged.push(m))).toBe(first);
    expect(logged).toHaveLength(1);
  });

  it('differs between installs', () => {
    const a = resolveJwtSecret(undefined, `sqlite:${join(dir, 'a.sqlite')}`, () => undefined);
    const b = resolveJwtSecret(undefined, `sqlite:${join(dir, 'b.sqlite')}`, () => undefined);
    expect(a).not.toBe(b);
  });

  it('is required with MySQL, where every instance must sign alike', () => {
    expect(() =>
      resolveJwtSecret(undefined, 'mysql://root@127.0.0.1:3306/db', () => undefined),
    ).toThrow(MissingSecretError);
  });

  it('is the configured one when given', () => {
    expect(resolveJwtSecret('given-secret', 'mysql://h/db', () => undefined)).toBe('given-secret');
  });
});
