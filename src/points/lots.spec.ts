import { allocate, restoration } from 'src/points/lots';

const d = (s: string) => new Date(s);

describe('allocate', () => {
  const lots = [
    { id: 'a', remaining: 5, expiresAt: null },
    { id: 'b', remaining: 4, expiresAt: d('2027-01-01T00:00:00Z') },
    { id: 'c', remaining: 3, expiresAt: d('2026-12-01T00:00:00Z') },
    { id: 'd', remaining: 0, expiresAt: d('2026-11-01T00:00:00Z') },
  ];

  it('consumes the soonest-expiring lots first and never-expiring lots last', () => {
    expect(allocate(lots, 8)).toEqual([
      { lotId: 'c', amount: 3 },
      { lotId: 'b', amount: 4 },
      { lotId: 'a', amount: 1 },
    ]);
  });

  it('takes part of one lot when it covers the amount', () => {
    expect(allocate(lots, 2)).toEqual([{ lotId: 'c', amount: 2 }]);
  });

  it('breaks expiry ties by the older lot', () => {
    const tie = [
      { id: 'y', remaining: 2, expiresAt: d('2027-01-01T00:00:00Z') },
      { id: 'x', remaining: 2, expiresAt: d('2027-01-01T00:00:00Z') },
    ];
    expect(allocate(tie, 3)).toEqual([
      { lotId: 'x', amount: 2 },
      { lotId: 'y', amount: 1 },
    ]);
  });

  it('refuses an amount the lots do not cover', () => {
    expect(() => allocate(lots, 13)).toThrow(/cover 12 of 13/);
  });
});

describe('restoration', () => {
  it('gives each lot back exactly what the debit took from it', () => {
    const lots = [
      { id: 'a', remaining: 5, expiresAt: null },
      { id: 'c', remaining: 3, expiresAt: d('2026-12-01T00:00:00Z') },
    ];
    const taken = allocate(lots, 6);
    const after = lots.map((l) => ({
      ...l,
      remaining: l.remaining - (taken.find((t) => t.lotId === l.id)?.amount ?? 0),
    }));
    const back = restoration(taken);
    expect(after.map((l) => l.remaining + (back.get(l.id) ?? 0))).toEqual([5, 3]);
    expect(
      restoration([
        { lotId: 'x', amount: 2 },
        { lotId: 'x', amount: 3 },
      ]),
    ).toEqual(new Map([['x', 5]]));
  });
});
