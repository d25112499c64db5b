import {
  badgeFor,
  DEFAULT_BADGES,
  DEFAULT_STAR_HOURS,
  hoursOf,
  isWorkingDay,
  lastOverdueDay,
  recordingDeadline,
  starsFor,
} from 'src/recognition/recognition.rules';

const none = { holidays: [], workdays: [] };

describe('recognition rules', () => {
  it('gives no star at 99 h 59 min and one at 100 h', () => {
    expect(starsFor(99 * 60 + 59, DEFAULT_STAR_HOURS)).toBe(0);
    expect(starsFor(100 * 60, DEFAULT_STAR_HOURS)).toBe(1);
    expect(starsFor(1500 * 60, DEFAULT_STAR_HOURS)).toBe(5);
    expect(starsFor(10_000 * 60, [10, 20])).toBe(2);
  });

  it('shows hours with one decimal, never more than served', () => {
    expect(hoursOf(5999)).toBe(99.9);
    expect(hoursOf(6000)).toBe(100);
    expect(hoursOf(90)).toBe(1.5);
    expect(hoursOf(5)).toBe(0);
  });

  it('gives the highest badge lifetime earnings reach', () => {
    expect(badgeFor(99, DEFAULT_BADGES)).toBeNull();
    expect(badgeFor(100, DEFAULT_BADGES)?.name).toBe('志愿新星');
    expect(badgeFor(4999, DEFAULT_BADGES)?.name).toBe('志愿标兵');
    expect(
      badgeFor(7, [
        { name: 'b', points: 5 },
        { name: 'a', points: 1 },
      ])?.name,
    ).toBe('b');
  });

  it('skips weekends and holidays, and counts days worked in lieu', () => {
    expect(isWorkingDay('2026-12-04', none)).toBe(true); // Friday
    expect(isWorkingDay('2026-12-05', none)).toBe(false); // Saturday
    expect(isWorkingDay('2026-10-01', { holidays: ['2026-10-01'], workdays: [] })).toBe(false);
    expect(isWorkingDay('2026-10-10', { holidays: [], workdays: ['2026-10-10'] })).toBe(true);
  });

  it('makes service ended on a Friday overdue from the Saturday two weeks on', () => {
    expect(recordingDeadline('2026-12-04', none)).toBe('2026-12-18');
    expect(lastOverdueDay('2026-12-18', none)).toBe('2026-12-03');
    expect(lastOverdueDay('2026-12-19', none)).toBe('2026-12-06');
    // A holiday in between pushes the deadline one working day on.
    const s = { holidays: ['2026-12-09'], workdays: [] };
    expect(recordingDeadline('2026-12-04', s)).toBe('2026-12-21');
    expect(lastOverdueDay('2026-12-21', s) < '2026-12-04').toBe(true);
    expect(lastOverdueDay('2026-12-22', s) >= '2026-12-04').toBe(true);
  });
});
