import { VerifiedTokens } from 'src/auth/verified-tokens';

describe('VerifiedTokens', () => {
  it('answers until the token expires, then forgets it', () => {
    let clock = 1_000_000;
    const tokens = new VerifiedTokens(10, () => clock);
    tokens.remember('t', 'u', 1_060);
    expect(tokens.lookup('t')).toBe('u');
    clock = 1_059_999;
    expect(tokens.lookup('t')).toBe('u');
    clock = 1_060_000;
    expect(tokens.lookup('t')).toBeUndefined();
    expect(tokens.lookup('unknown')).toBeUndefined();
  });

  it('keeps at most its bound, dropping the oldest, and ignores tokens without expiry', () => {
    const tokens = new VerifiedTokens(2, () => 0);
    tokens.remember('a', 'a', 10);
    tokens.remember('b', 'b', 10);
    tokens.remember('c', 'c', 10);
    tokens.remember('forever', 'x', undefined);
    expect(tokens.lookup('a')).toBeUndefined();
    expect(tokens.lookup('b')).toBe('b');
    expect(tokens.lookup('c')).toBe('c');
    expect(tokens.lookup('forever')).toBeUndefined();
  });
});
