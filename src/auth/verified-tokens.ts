/**
 * Access tokens whose signature this process has already checked, with the user they name,
 * until they expire. A member's app sends the same token for fifteen minutes; checking it once
 * instead of on every request took the largest single cost off the hot reads. Only the
 * signature is remembered: who the user is and what they may do is read from the database on
 * every request (JwtAuthGuard), so a role change or a disabled account counts at once. Bounded:
 * the oldest entry goes first.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { userId: string; expiresAt: number }>();

  constructor(
    private readonly maxEntries = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  remember(token: string, userId: string, expSeconds: number | undefined): void {
    if (expSeconds === undefined) return;
    this.entries.delete(token);
    this.entries.set(token, { userId, expiresAt: expSeconds * 1000 });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** The user of a token verified before and not yet expired. */
  lookup(token: string): string | undefined {
    const hit = this.entries.get(token);
    if (!hit) return undefined;
    if (this.now() >= hit.expiresAt) {
      this.entries.delete(token);
      return undefined;
    }
    return hit.userId;
  }
}
