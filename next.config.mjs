import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // Plain files for any static host or CDN: no server, no middleware. `npm run build` writes out/
  // itself from the prerendered pages (scripts/export.ts): Next.js's export also copied the
  // client router's payload files, twice as many files as the pages, which no page loads
  // (README, Decisions). In development, 'export' keeps Next.js's checks of a static site.
  output: phase === PHASE_PRODUCTION_BUILD ? undefined : 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  // Authors open the dev server as localhost; allow 127.0.0.1 too so hot reload is not refused.
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  // Production builds skip the client router's per-segment prefetch data, which Next.js computes
  // for every prerendered page (an RSC decode and one re-encode per segment) and the site never
  // publishes: prerendering 1000 memos took about a third less (scripts/next/no-segment-prefetch.ts;
  // README, Decisions). Turbopack matches the request as Next.js's entry-base writes it;
  // tests/unit/next-config.test.ts fails when an upgrade changes that module.
  turbopack:
    phase === PHASE_PRODUCTION_BUILD ? { resolveAlias: { './collect-segment-data': './scripts/next/no-segment-prefetch.ts' } } : {},
  // `npm test` type-checks the whole project (npm run typecheck) before it builds; `next build`
  // doing it again cost 8–10 s per build (README, Measurements).
  typescript: { ignoreBuildErrors: true },
  // The export runs once and its server code is thrown away: source maps only made every
  // prerender worker load and keep them (about half its memory; README, Measurements).
  enablePrerenderSourceMaps: false,
  experimental: {
    // Next.js prerenders with cpus - 1 workers: one on this 2-core machine. Two halve the time of
    // large exports (npm run bench) while the main process mostly waits.
    cpus: 2,
    // No measuring (gzip) of every segment of every page to decide which client-router payloads
    // to inline: the site ships no client router, and its payload files are not published
    // (scripts/export.ts). Off, prerendering 1000 memos took 28.5 s against 29.5 s (median of
    // five alternating runs each; README, Measurements), writing more payload files into .next/.
    // The stand-in for segment data (turbopack, above) needs it off.
    prefetchInlining: false,
    // Source maps for the production server bundle are not published; `npm run dev` keeps them.
    turbopackSourceMaps: phase !== PHASE_PRODUCTION_BUILD,
  },
});

const config = (phase) => withNextIntl(nextConfig(phase));

export default config;
