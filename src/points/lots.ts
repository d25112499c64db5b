/** A credit still (partly) unspent; spending consumes these soonest-expiring first. */
export interface LotBalance {
  id: string;
  remaining: number;
  expiresAt: Date | null;
}

export interface Allocation {
  lotId: string;
  amount: number;
}

/** Soonest expiry first, never-expiring lots last, then oldest (ids are time-ordered). */
export function consumptionOrder(a: LotBalance, b: LotBalance): number {
  const ea = a.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const eb = b.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (ea !== eb) return ea < eb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Which lots pay for `amount`. Throws if the lots do not cover it (the balance check happens
 * first, by a conditional update, so this means the lots and the balance disagree).
 */
export function allocate(lots: LotBalance[], amount: number): Allocation[] {
  const out: Allocation[] = [];
  let left = amount;
  for (const lot of [...lots].sort(consumptionOrder)) {
    if (left === 0) break;
    if (lot.remaining <= 0) continue;
    const take = Math.min(lot.remaining, left);
    out.push({ lotId: lot.id, amount: take });
    left -= take;
  }
  if (left > 0) throw new Error(`Lots cover ${amount - left} of ${amount} points`);
  return out;
}

/** What a refund puts back: per lot, the sum of what the debit took from it. */
export function restoration(allocations: Allocation[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of allocations) out.set(a.lotId, (out.get(a.lotId) ?? 0) + a.amount);
  return out;
}

/**
 * When a lot's remaining points stopped being spendable: its expiry, or later if points came
 * back into it after that (a refund into a lapsed lot, or a lot credited already lapsed). No
 * spend touches a lapsed lot, so its last update after the expiry can only be such a return.
 */
export const lapsedAt = (lot: { expiresAt: Date | null; updatedAt: Date }): Date | undefined =>
  lot.expiresAt ? new Date(Math.max(lot.expiresAt.getTime(), lot.updatedAt.getTime())) : undefined;

/** The same instant in SQL over point_lots' columns, for figures read in bulk. */
export const LAPSED_AT_SQL =
  'CASE WHEN updated_at > expires_at THEN updated_at ELSE expires_at END';
