import { FAILED_LOGIN_WINDOW_MS, isLockedOut, MAX_FAILED_LOGINS } from 'src/auth/auth.service';
import { hashSecret, parseRefreshToken } from 'src/auth/tokens.service';

describe('failed-login lockout', () => {
  const now = Date.parse('2026-11-22T08:00:00Z');
  const started = (msAgo: number) => new Date(now - msAgo);

  it('locks after the maximum number of failures inside the window', () => {
    expect(
      isLockedOut(
        { failedLoginCount: MAX_FAILED_LOGINS, failedLoginWindowStart: started(1000) },
        now,
      ),
    ).toBe(true);
    expect(
      isLockedOut(
        { failedLoginCount: MAX_FAILED_LOGINS - 1, failedLoginWindowStart: started(1000) },
        now,
      ),
    ).toBe(false);
  });

  it('unlocks once the window has passed', () => {
    expect(
      isLockedOut(
        { failedLoginCount: 99, failedLoginWindowStart: started(FAILED_LOGIN_WINDOW_MS + 1) },
        now,
      ),
    ).toBe(false);
    expect(isLockedOut({ failedLoginCount: 99, failedLoginWindowStart: null }, now)).toBe(false);
  });
});

describe('refresh token format', () => {
  const id = '0190a000-0000-7000-8000-000000000001';

  it('splits <id>.<secret> and refuses other shapes', () => {
    expect(parseRefreshToken(`${id}.${'s'.repeat(43)}`)).toEqual({ id, secret: 's'.repeat(43) });
    expect(parseRefreshToken(`${id}.short`)).toBeUndefined();
    expect(parseRefreshToken('no-dot-here')).toBeUndefined();
    expect(parseRefreshToken(`abc.${'s'.repeat(43)}`)).toBeUndefined();
  });

  it('stores only a SHA-256 of the secret', () => {
    expect(hashSecret('secret')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret('secret')).not.toContain('secret');
  });
});
