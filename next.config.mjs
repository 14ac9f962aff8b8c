import os from 'node:os';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';
import { largeContent } from './scripts/large-content.mjs';

/** The path of SITE_URL ('' at a domain's root), as lib/web/routes.ts reads it. */
function basePathOf(siteUrl) {
  try {
    return siteUrl ? new URL(siteUrl).pathname.replace(/\/+$/, '') : '';
  } catch {
    return '';
  }
}

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // Plain files for any static host or CDN: no server, no middleware. `npm run build` writes out/
  // itself from the prerendered pages (scripts/export.ts): Next.js's export also copied the
  // client router's payload files, twice as many files as the pages, which no page loads
  // (docs/decisions/0001-export-script-writes-out.md). In development, 'export' keeps Next.js's checks of a static site.
  output: phase === PHASE_PRODUCTION_BUILD ? undefined : 'export',
  trailingSlash: true,
  // A project site on GitHub Pages lives under /<repository>/: its styles and scripts too. Pages
  // and links get the same base path from SITE_URL (lib/web/routes.ts).
  assetPrefix: basePathOf(process.env.SITE_URL) || undefined,
  images: { unoptimized: true },
  // Authors open the dev server as localhost; allow 127.0.0.1 too so hot reload is not refused.
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  // For large content (from 100 memos, or LARGE_CONTENT=1; scripts/large-content.mjs), production builds skip the client router's per-segment prefetch data,
  // which Next.js computes for every prerendered page (an RSC decode and one re-encode per segment)
  // and the site never publishes (scripts/next/no-segment-prefetch.ts; decisions 40 and 73).
  // Turbopack matches the request as Next.js's entry-base writes it.
  turbopack:
    largeContent && phase === PHASE_PRODUCTION_BUILD ? { resolveAlias: { './collect-segment-data': './scripts/next/no-segment-prefetch.ts' } } : {},
  // `npm test` type-checks the whole project (npm run typecheck) before it builds; `next build`
  // doing it again cost 8–10 s per build (docs/decisions/0039-next-build-does-less.md).
  typescript: { ignoreBuildErrors: true },
  // The export runs once and its server code is thrown away: source maps only made every
  // prerender worker load and keep them (about half its memory; decision 39).
  enablePrerenderSourceMaps: false,
  experimental: {
    // Next.js prerenders with cpus - 1 workers, and its default counts the machine's cores
    // minus one: one worker on a 2-core machine. Every core of the machine, whatever it has:
    // the main process mostly waits while the workers prerender (docs/performance.md).
    cpus: os.availableParallelism(),
    // No measuring (gzip) of every segment of every page to decide which client-router payloads
    // to inline: the site ships no client router and publishes none of its payloads. The segment-data
    // stand-in (turbopack, above) needs it off.
    prefetchInlining: false,
    // Source maps for the production server bundle are not published; `npm run dev` keeps them.
    turbopackSourceMaps: phase !== PHASE_PRODUCTION_BUILD,
  },
});

const config = (phase) => withNextIntl(nextConfig(phase));

export default config;
