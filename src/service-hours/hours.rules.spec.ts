import {
  attendedMinutes,
  backfillStart,
  currentCode,
  elapsedMinutes,
  isValidCode,
  localDay,
  minutesByDay,
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

describe('minutes by the local day they lie on', () => {
  const at = (iso: string) => new Date(iso);
  const HNL = 'Pacific/Honolulu'; // UTC−10: local midnight is 10:00 UTC

  it('puts an activity just after midnight on its own day, not the check-in day', () => {
    // Check-in 23:40 (early), activity 00:10–02:00 local: all 110 minutes on the 2nd.
    expect(minutesByDay(at('2026-12-02T10:10:00Z'), at('2026-12-02T12:00:00Z'), 110, HNL)).toEqual([
      { day: '2026-12-02', minutes: 110 },
    ]);
  });

  it('splits service across midnight at the second', () => {
    // 23:00:30 to 01:00:30 local: 59.5 + 60.5 minutes → 59 and 61, adding up to the 120 counted.
    expect(minutesByDay(at('2026-12-01T09:00:30Z'), at('2026-12-01T11:00:30Z'), 120, HNL)).toEqual([
      { day: '2026-11-30', minutes: 59 },
      { day: '2026-12-01', minutes: 61 },
    ]);
    // Ending at the second before midnight stays on one day; one second later does not.
    expect(minutesByDay(at('2026-12-01T08:59:59Z'), at('2026-12-01T09:59:59Z'), 60, HNL)).toEqual([
      { day: '2026-11-30', minutes: 60 },
    ]);
    expect(minutesByDay(at('2026-12-01T09:00:00Z'), at('2026-12-01T10:00:00Z'), 60, HNL)).toEqual([
      { day: '2026-11-30', minutes: 60 },
    ]);
    expect(minutesByDay(at('2026-12-01T09:01:00Z'), at('2026-12-01T10:01:00Z'), 60, HNL)).toEqual([
      { day: '2026-11-30', minutes: 59 },
      { day: '2026-12-01', minutes: 1 },
    ]);
  });

  it('takes corrected minutes from the start and refuses more than fit', () => {
    expect(minutesByDay(at('2026-12-01T09:00:00Z'), at('2026-12-01T11:00:00Z'), 90, HNL)).toEqual([
      { day: '2026-11-30', minutes: 60 },
      { day: '2026-12-01', minutes: 30 },
    ]);
    expect(minutesByDay(at('2026-12-01T09:00:00Z'), at('2026-12-01T11:00:00Z'), 0, HNL)).toEqual(
      [],
    );
    expect(() =>
      minutesByDay(at('2026-12-01T09:00:00Z'), at('2026-12-01T10:00:00Z'), 61, HNL),
    ).toThrow(/whole numbers|non-negative|do not fit/);
  });

  it('splits a 24-hour activity starting late in the evening over its two days', () => {
    const parts = minutesByDay(at('2026-12-01T09:30:00Z'), at('2026-12-02T09:30:00Z'), 1440, HNL);
    expect(parts).toEqual([
      { day: '2026-11-30', minutes: 30 },
      { day: '2026-12-01', minutes: 1410 },
    ]);
  });
});
