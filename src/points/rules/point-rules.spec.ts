import { DEFAULT_RULES, expiryFor, wishAward } from 'src/points/rules/point-rules';

const SH = 'Asia/Shanghai';

describe('expiryFor', () => {
  it('never expires with mode none', () => {
    expect(expiryFor({ mode: 'none' }, new Date('2026-03-01T00:00:00Z'), SH)).toBeNull();
  });

  it('expires at local midnight after the day N months later, in the community time zone', () => {
    // 2026-01-15 07:00 in Shanghai is still 14 Jan 23:00 UTC.
    const earned = new Date('2026-01-14T23:00:00Z');
    expect(expiryFor({ mode: 'months', months: 6 }, earned, SH)?.toISOString()).toBe(
      '2026-07-15T16:00:00.000Z',
    );
    // The same instant in UTC is 14 Jan: usable through 14 Jul.
    expect(expiryFor({ mode: 'months', months: 6 }, earned, 'UTC')?.toISOString()).toBe(
      '2026-07-15T00:00:00.000Z',
    );
  });

  it('clamps month ends', () => {
    const earned = new Date('2026-08-31T04:00:00Z'); // 31 Aug 12:00 in Shanghai
    expect(expiryFor({ mode: 'months', months: 6 }, earned, SH)?.toISOString()).toBe(
      '2027-02-28T16:00:00.000Z',
    );
  });

  it('year_end: end of the year after the one earned, local time', () => {
    expect(
      expiryFor({ mode: 'year_end' }, new Date('2026-06-01T00:00:00Z'), SH)?.toISOString(),
    ).toBe('2027-12-31T16:00:00.000Z');
    // 31 Dec 2026 20:00 UTC is already 1 Jan 2027 in Shanghai: earned in 2027.
    expect(
      expiryFor({ mode: 'year_end' }, new Date('2026-12-31T20:00:00Z'), SH)?.toISOString(),
    ).toBe('2028-12-31T16:00:00.000Z');
  });
});

describe('wishAward', () => {
  it('applies the rating map and the category multiplier', () => {
    expect(wishAward(DEFAULT_RULES, 5, 'repair')).toBe(10);
    expect(wishAward(DEFAULT_RULES, 1, 'repair')).toBe(0);
    expect(
      wishAward(
        { ...DEFAULT_RULES, categoryMultipliers: { medical_escort: 1.5 } },
        4,
        'medical_escort',
      ),
    ).toBe(12);
  });
});
