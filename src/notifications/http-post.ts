import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Addresses a community's webhook may not reach: this machine and private networks. */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv6');

export const isPrivateAddress = (address: string): boolean => {
  const family = isIP(address);
  if (family === 0) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
};

export class PostFailed extends Error {}

/**
 * Resolves the host and refuses private addresses at connect time (the address checked is
 * the address used, so a DNS answer that changes between a check and the call cannot slip
 * through).
 */
const publicOnly: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    const allowed = addresses.filter((a) => !isPrivateAddress(a.address));
    if (allowed.length === 0)
      return callback(new PostFailed(`${hostname} resolves to a private address`), '', 0);
    if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, allowed);
    callback(null, allowed[0].address, allowed[0].family);
  });
};

export interface PostOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  allowPrivate: boolean;
}

/**
 * POSTs a JSON body and answers the status code. No redirects are followed (a 3xx is an
 * answer like any other), the answer body is drained and ignored, and the whole call is
 * bounded by `timeoutMs`.
 */
export function postJson(url: string, body: string, o: PostOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return reject(new PostFailed('not a URL'));
    }
    if (!o.allowPrivate && isIP(target.hostname.replace(/^\[|\]$/g, '')) !== 0) {
      if (isPrivateAddress(target.hostname.replace(/^\[|\]$/g, '')))
        return reject(new PostFailed(`${target.hostname} is a private address`));
    }
    const client = target.protocol === 'https:' ? https : http;
    const req = client.request(
      target,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'volunteer-points-notifier',
          ...o.headers,
        },
        timeout: o.timeoutMs,
        ...(o.allowPrivate ? {} : { lookup: publicOnly }),
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    const deadline = setTimeout(() => req.destroy(new PostFailed('timed out')), o.timeoutMs);
    req.on('close', () => clearTimeout(deadline));
    req.on('timeout', () => req.destroy(new PostFailed('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}
