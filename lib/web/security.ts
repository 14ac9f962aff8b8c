import { createHash } from 'node:crypto';

/**
 * What a public government site sends with every response, in one place: `npm start`, the
 * nginx configuration and the `_headers` file for CDNs are all generated from it
 * (scripts/headers.ts), and the browser tests check what `npm start` actually sends.
 */

/**
 * The header CSP carries what a <meta> policy cannot (frame-ancestors) and what holds for every
 * page. Scripts are governed per page by a <meta> policy listing the hashes of that page's
 * inline scripts (see withContentSecurityPolicy): a static export emits different inline
 * scripts on every page, too many to list in one header.
 */
export const headerContentSecurityPolicy = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'";

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': headerContentSecurityPolicy,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
};

/** Caching: hashed assets forever; everything else (HTML, feeds, calendars, open data, the search index entry) revalidated. */
export const cacheRules: { pattern: string; cacheControl: string }[] = [
  { pattern: '/_next/static/', cacheControl: 'public, max-age=31536000, immutable' },
  { pattern: '/', cacheControl: 'public, max-age=0, must-revalidate' },
];

/** Types a static server cannot guess from the extension alone. */
export const contentTypes: { glob: string; nginxLocation: string; type: string }[] = [
  { glob: '**/feed.xml', nginxLocation: '~ /feed\\.xml$', type: 'application/atom+xml; charset=utf-8' },
  { glob: '**/*.ics', nginxLocation: '~ \\.ics$', type: 'text/calendar; charset=utf-8' },
  // The open data (lib/outputs/open-data.ts): JSON and JSON Schemas, and CSV, which hosts may not know.
  { glob: 'data/*.json', nginxLocation: '~ ^/data/[^/]+\\.json$', type: 'application/json; charset=utf-8' },
  { glob: 'data/*.csv', nginxLocation: '~ ^/data/[^/]+\\.csv$', type: 'text/csv; charset=utf-8' },
];

/** The policy of one page: its own inline scripts by hash, 'self' for files, WebAssembly for search. */
export function pageContentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'${h}'`).join(' ')}`.trim(),
    // Inline style attributes position the rollout chart's bars; no script can run from them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** sha256 hashes of the inline scripts a page runs (JSON-LD and other data blocks do not run). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    if (/\ssrc=/.test(attributes)) continue;
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
    if (type && !/^(text|application)\/(javascript|ecmascript)$|^module$/.test(type)) continue;
    hashes.add(`sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

const cspMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

/** Puts the page's policy in a <meta> at the top of <head>, before any script can run (again if it was there). */
export function withContentSecurityPolicy(html: string): string {
  const page = html.replace(cspMeta, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pageContentSecurityPolicy(inlineScriptHashes(page))}"/>`;
  return page.replace(/<head>/, `<head>${meta}`);
}
