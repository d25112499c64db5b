import { InvalidStateError } from 'src/common/errors/app-error';

export const WISH_STATUSES = [
  'pending_review',
  'open',
  'claimed',
  'completed',
  'closed',
  'rejected',
  'cancelled',
] as const;
export type WishStatus = (typeof WISH_STATUSES)[number];

export const WISH_ACTIONS = [
  'approve',
  'reject',
  'claim',
  'assign',
  'release',
  'complete',
  'cancel',
  'feedback',
] as const;
export type WishAction = (typeof WISH_ACTIONS)[number];

/** DESIGN §4's wish state machine: from which statuses each action may run, and where it leads. */
const TRANSITIONS: Record<WishAction, { from: readonly WishStatus[]; to: WishStatus }> = {
  approve: { from: ['pending_review'], to: 'open' },
  reject: { from: ['pending_review'], to: 'rejected' },
  claim: { from: ['open'], to: 'claimed' },
  assign: { from: ['open'], to: 'claimed' },
  release: { from: ['claimed'], to: 'open' },
  complete: { from: ['claimed'], to: 'completed' },
  cancel: { from: ['pending_review', 'open', 'claimed'], to: 'cancelled' },
  feedback: { from: ['completed'], to: 'closed' },
};

export function transition(action: WishAction): { from: readonly WishStatus[]; to: WishStatus } {
  return TRANSITIONS[action];
}

/** The status after `action`, or INVALID_STATE (409) when the machine forbids it. */
export function nextStatus(current: WishStatus, action: WishAction): WishStatus {
  const t = TRANSITIONS[action];
  if (!t.from.includes(current)) {
    throw new InvalidStateError(`Cannot ${action} a wish that is ${current.replace('_', ' ')}`);
  }
  return t.to;
}

export const URGENCIES = ['urgent', 'normal', 'low'] as const;
export type Urgency = (typeof URGENCIES)[number];

const DUE_HOURS: Record<Urgency, number> = { urgent: 24, normal: 72, low: 7 * 24 };

/** When help is due, from the urgency: urgent 24 h, normal 72 h, low 7 days. */
export const dueAt = (urgency: Urgency, from: Date): Date =>
  new Date(from.getTime() + DUE_HOURS[urgency] * 3_600_000);

/** Days a resident has to rate completed help before it closes with the default rating. */
export const FEEDBACK_WINDOW_DAYS = 7;
export const DEFAULT_RATING = 4;
