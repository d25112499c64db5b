import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDatabaseUrl } from 'src/database/database-url';

/** Secrets published in tutorials, defaults and earlier versions of this app. */
const KNOWN_WEAK = new Set([
  'dev-only-insecure-jwt-secret-change-me',
  'your-256-bit-secret-your-256-bit-secret',
  'secretsecretsecretsecretsecretsecret',
  'change-me-change-me-change-me-change-me',
  'test-secret-test-secret-test-secret-0123',
]);

/** Why a secret is too weak to sign production tokens with, or null when it will do. */
export function weakSecretReason(secret: string): string | null {
  if (KNOWN_WEAK.has(secret.toLowerCase()))
    return 'JWT_SECRET is a well-known value; generate a random one (openssl rand -base64 48)';
  if (new Set(secret).size < 12)
    return 'JWT_SECRET repeats too few characters to be random; generate one (openssl rand -base64 48)';
  return null;
}

export class MissingSecretError extends Error {}

/**
 * The secret that signs access tokens and member cards. Never a constant from the code: with
 * JWT_SECRET unset, a SQLite install generates a random secret on first start and keeps it
 * beside its data (`<database file>.jwt-secret`, readable by its owner only), so sessions
 * survive restarts; a MySQL install must be given one, because every instance has to sign with
 * the same secret.
 */
export function resolveJwtSecret(
  configured: string | undefined,
  databaseUrl: string,
  log: (message: string) => void,
): string {
  if (configured) return configured;
  const target = parseDatabaseUrl(databaseUrl);
  if (target.engine !== 'sqlite') {
    throw new MissingSecretError(
      'Invalid configuration: JWT_SECRET is required with a MySQL database (every instance must sign with the same secret)',
    );
  }
  const fresh = randomBytes(48).toString('base64url');
  if (target.file === ':memory:') return fresh;
  const path = `${target.file}.jwt-secret`;
  try {
    writeFileSync(path, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
    log(`JWT_SECRET is not set: generated a random one and kept it in ${path}`);
    return fresh;
  } catch (err) {
    // Already there (from an earlier start, or another process starting at the same moment).
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const kept = readFileSync(path, 'utf8').trim();
  if (kept.length < 32) throw new MissingSecretError(`${path} does not hold a usable secret`);
  return kept;
}
