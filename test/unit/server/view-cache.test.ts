// The view cache computes once per key, shares in-flight work, forgets failures, evicts the least recently used, and clears.
import { describe, expect, it } from 'vitest';
import { ViewCache } from '../../../server/view-cache.ts';

function counter() {
  let calls = 0;
  return { compute: (v: string) => () => Promise.resolve(`${v}#${++calls}`), calls: () => calls };
}

describe('ViewCache', () => {
  it('computes once per key until cleared', async () => {
    const cache = new ViewCache<string>(Infinity);
    const c = counter();
    expect(await cache.get('a', c.compute('a'))).toBe('a#1');
    expect(await cache.get('a', c.compute('a'))).toBe('a#1');
    cache.clear();
    expect(await cache.get('a', c.compute('a'))).toBe('a#2');
  });

  it('shares one computation between concurrent requests', async () => {
    const cache = new ViewCache<string>(Infinity);
    const c = counter();
    const [x, y] = await Promise.all([cache.get('k', c.compute('k')), cache.get('k', c.compute('k'))]);
    expect([x, y]).toEqual(['k#1', 'k#1']);
    expect(c.calls()).toBe(1);
  });

  it('does not keep failures', async () => {
    const cache = new ViewCache<string>(Infinity);
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', () => Promise.resolve('up'))).toBe('up');
  });

  it('computes every time with ttl 0', async () => {
    const cache = new ViewCache<string>(0);
    const c = counter();
    await cache.get('a', c.compute('a'));
    await cache.get('a', c.compute('a'));
    expect(c.calls()).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entry beyond its size', async () => {
    const cache = new ViewCache<string>(Infinity, 2);
    const c = counter();
    await cache.get('a', c.compute('a'));
    await cache.get('b', c.compute('b'));
    await cache.get('a', c.compute('a')); // a is now the most recent
    await cache.get('c', c.compute('c')); // evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get('a', c.compute('a'))).toBe('a#1');
    expect(await cache.get('b', c.compute('b'))).toBe('b#4');
  });
});
