import { describe, expect, it } from 'vitest';
import { contentVersion, corpus } from '@/lib/content/corpus';
import { memoize, memoizePerProcess, once, oncePerProcess } from '@/lib/core/once';

describe('computed once', () => {
  it('once and memoize compute a value once (per key)', () => {
    let calls = 0;
    const value = once(() => ++calls);
    expect([value(), value()]).toEqual([1, 1]);
    const square = memoize((n: number) => (calls++, n * n));
    expect([square(3), square(3), square(4)]).toEqual([9, 9, 16]);
    expect(calls).toBe(3);
  });

  it('oncePerProcess is shared by two copies of a module, and recomputed for new content', () => {
    let calls = 0;
    // Two route chunks each holding their own copy of a module make two getters of one name.
    const inRouteA = oncePerProcess('test-shared', 'v1', () => ({ calls: ++calls }));
    const inRouteB = oncePerProcess('test-shared', 'v1', () => ({ calls: ++calls }));
    expect(inRouteA()).toBe(inRouteB());
    expect(calls).toBe(1);
    const afterRecompile = oncePerProcess('test-shared', 'v2', () => ({ calls: ++calls }));
    expect(afterRecompile().calls).toBe(2);
  });

  it('memoizePerProcess is shared by two copies of a module, per key, and recomputed for new content', () => {
    let calls = 0;
    const inRouteA = memoizePerProcess('test-memo', 'v1', (locale: string) => ({ locale, calls: ++calls }));
    const inRouteB = memoizePerProcess('test-memo', 'v1', (locale: string) => ({ locale, calls: ++calls }));
    expect(inRouteA('en')).toBe(inRouteB('en'));
    expect(inRouteB('fr')).toEqual({ locale: 'fr', calls: 2 });
    expect(calls).toBe(2);
    expect(memoizePerProcess('test-memo', 'v2', (locale: string) => ({ locale, calls: ++calls }))('en').calls).toBe(3);
  });

  it('reads the compiled content once per process, keyed by the compile stamp', () => {
    expect(contentVersion).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(corpus()).toBe(corpus());
    expect(corpus().memos.length).toBeGreaterThan(0);
  });
});
