import { newPickupCode, periodStart, remainingAllowance } from 'src/store/store.rules';

describe('store rules', () => {
  it('makes unambiguous 10-character pickup codes', () => {
    const codes = new Set(Array.from({ length: 1000 }, newPickupCode));
    expect(codes.size).toBe(1000);
    for (const c of codes) expect(c).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
  });

  it('starts limit periods at local midnight, month and year starts', () => {
    const now = new Date('2026-11-30T17:00:00Z'); // 1 Dec 01:00 in Shanghai
    expect(periodStart('day', now, 'Asia/Shanghai').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(periodStart('month', now, 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-30T16:00:00.000Z',
    );
    expect(periodStart('year', now, 'Asia/Shanghai').toISOString()).toBe(
      '2025-12-31T16:00:00.000Z',
    );
    expect(periodStart('month', now, 'UTC').toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  it('computes what is left of a per-member limit', () => {
    expect(remainingAllowance(null, 5)).toBeNull();
    expect(remainingAllowance(3, 1)).toBe(2);
    expect(remainingAllowance(3, 7)).toBe(0);
  });
});
