import { TtlCache } from 'src/common/cache/ttl-cache';

describe('TtlCache', () => {
  it('computes once per TTL and shares one computation between concurrent callers', async () => {
    let clock = 0;
    const cache = new TtlCache<number>(1000, 10, () => clock);
    let calls = 0;
    const compute = () => Promise.resolve(++calls);
    expect(await Promise.all([cache.get('k', compute), cache.get('k', compute)])).toEqual([1, 1]);
    clock = 999;
    expect(await cache.get('k', compute)).toBe(1);
    clock = 1000;
    expect(await cache.get('k', compute)).toBe(2);
  });

  it('does not keep failures and bounds its size', async () => {
    const cache = new TtlCache<number>(1000, 2);
    await expect(cache.get('x', () => Promise.reject(new Error('db down')))).rejects.toThrow(
      'db down',
    );
    await new Promise((r) => setImmediate(r));
    expect(await cache.get('x', () => Promise.resolve(7))).toBe(7);
    await cache.get('a', () => Promise.resolve(1));
    await cache.get('b', () => Promise.resolve(2));
    let recomputed = false;
    await cache.get('x', () => ((recomputed = true), Promise.resolve(8)));
    expect(recomputed).toBe(true);
  });
});
