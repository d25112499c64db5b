import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(__dirname, '..', '..');
const WORDS = join(SRC, '..', 'web', 'src', 'console', 'words.ts');

/** Action codes written from a template, spelled out (the scan below sees only literals). */
const TEMPLATED = [
  'volunteer.approve',
  'volunteer.suspend',
  'service_record.approve',
  'service_record.reject',
  'record_correction.accept',
  'record_correction.refuse',
  'consent.grant',
  'consent.withdraw',
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the audit log has words for every action the services record', () => {
  it('lists each action code in the console’s AUDIT_ACTION', () => {
    const written = new Set(TEMPLATED);
    for (const file of sources(SRC)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/action:\s*'([a-z_]+\.[a-z_]+)'/g))
        written.add(m[1]);
    }
    const words = readFileSync(WORDS, 'utf8');
    const block = words.slice(words.indexOf('export const AUDIT_ACTION'));
    const known = new Set(
      [...block.slice(0, block.indexOf('};')).matchAll(/'([a-z_.]+)':/g)].map((m) => m[1]),
    );
    expect(written.size).toBeGreaterThan(30);
    expect([...written].filter((code) => !known.has(code)).sort()).toEqual([]);
  });
});
