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

type ProcessStore = Map<string, { version: string; value: unknown }>;

/**
 * Like once, but shared by every copy of a module in the process. The bundler gives each route's
 * server chunk its own copy of a module, so a prerender worker would otherwise read the content
 * and derive the heaviest views (the what's-new list) once per route. `version` names the
 * content the value was computed from (lib/content/corpus.ts): new content, new value.
 */
export function oncePerProcess<V>(name: string, version: string, compute: () => V): () => V {
  const global = globalThis as { __rolloutSiteOnce?: ProcessStore };
  const store = (global.__rolloutSiteOnce ??= new Map());
  return () => {
    const hit = store.get(name);
    if (hit?.version === version) return hit.value as V;
    const value = compute();
    store.set(name, { version, value });
    return value;
  };
}

/** Forgets every value oncePerProcess computed: the content they came from has changed in this process (the web editor's preview). */
export function forgetComputedViews(): void {
  (globalThis as { __rolloutSiteOnce?: ProcessStore }).__rolloutSiteOnce?.clear();
}

/** Like memoize, shared by every copy of the module in the process (see oncePerProcess). */
export function memoizePerProcess<K extends string, V>(name: string, version: string, compute: (key: K) => V): (key: K) => V {
  return (key) => oncePerProcess(`${name}:${key}`, version, () => compute(key))();
}
