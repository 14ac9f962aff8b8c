/**
 * Compiled content does not change while a build runs, so each view is computed once: pages ask
 * for the memo list hundreds of times, and recomputing it would make builds grow with the square
 * of the number of memos. (In `npm run dev` a content change reloads the modules.)
 */
export function once<V>(compute: () => V): () => V {
  let value: { v: V } | undefined;
  return () => (value ??= { v: compute() }).v;
}

export function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}
