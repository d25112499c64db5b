import {
  attendedMinutes,
  backfillStart,
  currentCode,
  elapsedMinutes,
  isValidCode,
  localDay,
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

describe('minutes', () => {
  const start = new Date('2026-11-22T08:00:00Z');
  const end = new Date('2026-11-22T10:00:00Z');
  const t = (h: number, m = 0) => new Date(Date.UTC(2026, 10, 22, h, m));

  it('clips attendance to the activity window', () => {
    expect(attendedMinutes(t(7, 30), t(11), start, end)).toBe(120);
    expect(attendedMinutes(t(8, 15), t(9, 45), start, end)).toBe(90);
    expect(attendedMinutes(t(10, 30), t(11), start, end)).toBe(0);
  });

  it('counts only the part of the activity that has happened', () => {
    expect(elapsedMinutes(start, end, t(7))).toBe(0);
    expect(elapsedMinutes(start, end, t(9, 30))).toBe(90);
    expect(elapsedMinutes(start, end, t(12))).toBe(120);
  });
});

describe('local days and the backfill window', () => {
  const SH = 'Asia/Shanghai';

  it('dates an instant by the community day, not the UTC day', () => {
    // 07:00 on 31 Dec in Beijing is still 30 Dec in UTC.
    expect(localDay(new Date('2026-12-30T23:00:00Z'), SH)).toBe('2026-12-31');
    expect(localDay(new Date('2026-12-30T23:00:00Z'), 'UTC')).toBe('2026-12-30');
  });

  it('starts the window at local midnight, `days` days back', () => {
    const now = new Date('2026-11-23T02:00:00Z'); // 10:00 on 23 Nov in Beijing
    expect(backfillStart(now, SH, 30).toISOString()).toBe('2026-10-23T16:00:00.000Z');
    expect(backfillStart(now, SH, 0).toISOString()).toBe('2026-11-22T16:00:00.000Z');
  });
});
