/**
 * Items grouped by key, each group in the order the items come (Map.groupBy, which Node 20 does
 * not have). groupByEach files an item under every key it has, e.g. a memo under each region.
 */
export function groupByEach<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  return groupByEach(items, (item) => [keyOf(item)]);
}
