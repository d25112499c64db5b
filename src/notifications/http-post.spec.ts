import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isPrivateAddress, PostFailed, postJson } from 'src/notifications/http-post';

describe('private addresses (webhook SSRF guard)', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
  ])('refuses %s', (a) => expect(isPrivateAddress(a)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '2400:3200::1', '::ffff:8.8.8.8'])('allows %s', (a) =>
    expect(isPrivateAddress(a)).toBe(false),
  );
});

describe('postJson', () => {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(302, { location: 'http://example.org/' }).end());
  });
  let url: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const options = { headers: {}, timeoutMs: 2000 };

  it('refuses loopback by address and by name unless allowed, and follows no redirect', async () => {
    await expect(postJson(url, '{}', { ...options, allowPrivate: false })).rejects.toThrow(
      PostFailed,
    );
    await expect(
      postJson(url.replace('127.0.0.1', 'localhost'), '{}', { ...options, allowPrivate: false }),
    ).rejects.toThrow(/private address/);
    await expect(postJson(url, '{}', { ...options, allowPrivate: true })).resolves.toBe(302);
  });
});
