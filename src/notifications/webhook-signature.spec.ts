import { sign, verifySignature } from 'src/notifications/webhook-signature';

describe('webhook signature', () => {
  const body = '{"id":"e1","type":"wish.claimed"}';
  const ts = 1_790_000_000;

  it('is HMAC-SHA256 of timestamp.body, checked in constant time', () => {
    const signature = sign('s3cret', ts, body);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature('s3cret', { timestamp: String(ts), signature }, body, ts)).toBe(true);
    expect(verifySignature('other', { timestamp: String(ts), signature }, body, ts)).toBe(false);
    expect(verifySignature('s3cret', { timestamp: String(ts), signature }, `${body} `, ts)).toBe(
      false,
    );
  });

  it('refuses a replay older than the tolerance, at the second before and after', () => {
    const signature = sign('s3cret', ts, body);
    const headers = { timestamp: String(ts), signature };
    expect(verifySignature('s3cret', headers, body, ts + 300)).toBe(true);
    expect(verifySignature('s3cret', headers, body, ts + 301)).toBe(false);
  });
});
