/**
 * Stands in for Next.js's `collect-segment-data` module in production builds of large content
 * (from 100 memos, or LARGE_CONTENT=1; scripts/large-content.mjs; next.config.mjs, `turbopack.resolveAlias`; decisions 40 and 73). For every page
 * it prerenders, Next.js decodes the page's React Server Components payload and encodes it again
 * segment by segment, for the client router's per-segment prefetches, then writes those files
 * into .next/. The published site loads no client router and publishes none of these files
 * (scripts/export.ts). Next.js writes no segment file for an empty map.
 *
 * The names and return types are those of next/dist/esm/server/app-render/collect-segment-data.js
 * (next 16.4.6), which tests/unit/next-config.test.ts compares after every upgrade.
 */
export async function collectSegmentData(): Promise<Map<string, Buffer>> {
  return new Map();
}

/** Next.js calls this only with `experimental.prefetchInlining`, which next.config.mjs turns off. */
export async function collectPrefetchHints(): Promise<never> {
  throw new Error(
    'next.config.mjs: experimental.prefetchInlining needs Next.js’s own collect-segment-data module; turn it off again, or remove the turbopack.resolveAlias entry for ./collect-segment-data.',
  );
}
