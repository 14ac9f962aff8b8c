import { describe, expect, it } from 'vitest';
import { groupBy, groupByEach } from '@/lib/core/group';

describe('groupBy', () => {
  it('keeps each group in the order the items come, and the keys in the order they first appear', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]);
    expect([...groups.entries()]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });

  it('gives an empty map for no items', () => {
    expect(groupBy([], (s: string) => s).size).toBe(0);
  });
});

describe('groupByEach', () => {
  it('files an item under each of its keys, and nowhere when it has none', () => {
    const memos = [
      { id: 'm1', regions: ['york', 'peel'] },
      { id: 'm2', regions: [] },
      { id: 'm3', regions: ['peel'] },
    ];
    const groups = groupByEach(memos, (m) => m.regions);
    expect([...groups.keys()]).toEqual(['york', 'peel']);
    expect(groups.get('peel')!.map((m) => m.id)).toEqual(['m1', 'm3']);
    expect(groups.get('york')!.map((m) => m.id)).toEqual(['m1']);
  });
});
