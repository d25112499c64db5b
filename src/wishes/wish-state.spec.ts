import { InvalidStateError } from 'src/common/errors/app-error';
import {
  dueAt,
  nextStatus,
  WISH_ACTIONS,
  WISH_STATUSES,
  type WishAction,
  type WishStatus,
} from 'src/wishes/wish-state';
import { maskAddress, maskPhone } from 'src/common/privacy';

const ALLOWED: [WishStatus, WishAction, WishStatus][] = [
  ['pending_review', 'approve', 'open'],
  ['pending_review', 'reject', 'rejected'],
  ['pending_review', 'cancel', 'cancelled'],
  ['open', 'claim', 'claimed'],
  ['open', 'assign', 'claimed'],
  ['open', 'cancel', 'cancelled'],
  ['claimed', 'release', 'open'],
  ['claimed', 'complete', 'completed'],
  ['claimed', 'cancel', 'cancelled'],
  ['completed', 'feedback', 'closed'],
];

describe('wish state machine', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  const forbidden = WISH_STATUSES.flatMap((s) =>
    WISH_ACTIONS.filter((a) => !ALLOWED.some(([f, x]) => f === s && x === a)).map(
      (a) => [s, a] as const,
    ),
  );

  it.each(forbidden)('refuses %s --%s with INVALID_STATE', (from, action) => {
    expect(() => nextStatus(from, action)).toThrow(InvalidStateError);
  });

  it('sets the deadline from the urgency', () => {
    const t = new Date('2026-11-22T00:00:00Z');
    expect(dueAt('urgent', t).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(dueAt('normal', t).toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(dueAt('low', t).toISOString()).toBe('2026-11-29T00:00:00.000Z');
  });
});

describe('masking', () => {
  it('hides the middle of a phone number and most of an address', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskAddress('1号楼 2单元 301')).toBe('1号楼 ****');
  });
});
