import type { AuthUser } from 'src/common/auth-user';

export type TokenIdentity = Omit<AuthUser, 'requestId'>;

/**
 * Access tokens this process has already verified, with the identity they carry, until they
 * expire. A member's app sends the same token for fifteen minutes; verifying it once instead of
 * on every request took the largest single cost off the hot reads. Bounded: the oldest entry
 * goes first. Tokens are never revoked before they expire, so nothing else can make one stale.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { identity: TokenIdentity; expiresAt: number }>();

  constructor(
    private readonly maxEntries = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  remember(token: string, identity: TokenIdentity, expSeconds: number | undefined): void {
    if (expSeconds === undefined) return;
    this.entries.delete(token);
    this.entries.set(token, { identity, expiresAt: expSeconds * 1000 });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** The identity of a token verified before and not yet expired. */
  lookup(token: string): TokenIdentity | undefined {
    const hit = this.entries.get(token);
    if (!hit) return undefined;
    if (this.now() >= hit.expiresAt) {
      this.entries.delete(token);
      return undefined;
    }
    return hit.identity;
  }
}
