import {
  attendedMinutes,
  currentCode,
  isValidCode,
  pointsForMinutes,
} from 'src/service-hours/hours.rules';

describe('rotating check-in code', () => {
  const secret = 'activity-secret';
  const t0 = new Date('2026-11-22T08:00:00Z');
  const at = (s: number) => new Date(t0.getTime() + s * 1000);

  it('is six digits, valid for 60 s from its step, and refused after', () => {
    const { code, expiresAt } = currentCode(secret, 'a1', t0);
    expect(code).toMatch(/^\d{6}$/);
    expect(expiresAt.toISOString()).toBe('2026-11-22T08:01:00.000Z');
    expect(isValidCode(secret, 'a1', code, at(59))).toBe(true);
    expect(isValidCode(secret, 'a1', code, at(60))).toBe(false);
  });

  it('differs per activity and cannot be forged without the secret', () => {
    const { code } = currentCode(secret, 'a1', t0);
    expect(isValidCode(secret, 'a2', code, t0)).toBe(currentCode(secret, 'a2', t0).code === code);
    expect(isValidCode('other-secret', 'a1', code, t0)).toBe(
      currentCode('other-secret', 'a1', t0).code === code,
    );
    expect(isValidCode(secret, 'a1', '000000', t0)).toBe(code === '000000');
  });
});

describe('minutes and points', () => {
  const start = new Date('2026-11-22T08:00:00Z');
  const end = new Date('2026-11-22T10:00:00Z');
  const t = (h: number, m = 0) => new Date(Date.UTC(2026, 10, 22, h, m));

  it('clips attendance to the activity window', () => {
    expect(attendedMinutes(t(7, 30), t(11), start, end)).toBe(120);
    expect(attendedMinutes(t(8, 15), t(9, 45), start, end)).toBe(90);
    expect(attendedMinutes(t(10, 30), t(11), start, end)).toBe(0);
  });

  it('rounds minutes × points per hour', () => {
    expect(pointsForMinutes(90, 10)).toBe(15);
    expect(pointsForMinutes(50, 10)).toBe(8);
    expect(pointsForMinutes(0, 10)).toBe(0);
  });
});
