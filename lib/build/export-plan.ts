/**
 * Which files of a Next.js build make the published site, and where each goes in out/.
 *
 * `next build` prerenders every page into .next/server/app/ as <route>.html (and every route
 * handler, such as a feed, as <route>.body), beside payload files for a client-side router this
 * site never loads. Next.js's own export (`output: 'export'`) then copies all of them into out/
 * one by one; scripts/export.ts copies only what is published, by this plan (docs/decisions/0001-export-script-writes-out.md).
 * The plan also keeps the export's guarantee: a route Next.js did not prerender would need a
 * server, so it fails the build instead of being left out.
 */

/** What the plan reads of .next/prerender-manifest.json: every prerendered route, and the route file that made it. */
export type PrerenderManifest = { routes: Record<string, { srcRoute?: string | null }> };
/** .next/app-path-routes-manifest.json: every route of app/, by its file ("/[locale]/memos/[slug]/page") → route ("/[locale]/memos/[slug]"). */
export type AppPathRoutes = Record<string, string>;

/** One published file: `from` under .next/server/app/, `to` (one or more) under out/. */
export type ExportedFile = { route: string; from: string; to: string[]; kind: 'page' | 'file' };

// Next.js's error page for a render that throws, never linked: its export does not publish it.
const unpublished = new Set(['/_global-error']);
// The not-found page is published where every host looks for it (404.html) and where Next.js's
// export puts it; keeping all three keeps out/ the same as that export's pages.
const notFoundRoute = '/_not-found';
const notFoundTargets = ['404.html', '404/index.html', '_not-found/index.html'];

/** The file of a route under .next/server/app/: "/" → "index", "/en/memos/x" → "en/memos/x". */
function baseName(route: string): string {
  return route === '/' ? 'index' : route.slice(1);
}

/** Where a page goes in out/ (trailing-slash URLs: /en/memos/x/ is en/memos/x/index.html). */
function pageTargets(route: string): string[] {
  if (route === notFoundRoute) return notFoundTargets;
  return [route === '/' ? 'index.html' : `${route.slice(1)}/index.html`];
}

/**
 * The plan, or the problems that stop it. `has(file)` says whether a file exists under
 * .next/server/app/. A route is published as its page (.html) or, for a route handler, as its
 * body (.body) at its own URL.
 */
export function planExport(manifest: PrerenderManifest, appRoutes: AppPathRoutes, has: (file: string) => boolean): { files: ExportedFile[]; problems: string[] } {
  const problems: string[] = [];
  const prerendered = Object.entries(manifest.routes);
  const sources = new Set(prerendered.map(([route, info]) => info.srcRoute ?? route));
  for (const [file, route] of Object.entries(appRoutes)) {
    if (!sources.has(route)) {
      problems.push(
        `app${file}: Next.js did not prerender ${route}, so it would need a server. Make it static: no request data (cookies, headers, searchParams), and a generateStaticParams for each [segment].`,
      );
    }
  }
  const files: ExportedFile[] = [];
  for (const [route] of prerendered.sort(([a], [b]) => a.localeCompare(b))) {
    if (unpublished.has(route)) continue;
    const base = baseName(route);
    if (has(`${base}.html`)) files.push({ route, from: `${base}.html`, to: pageTargets(route), kind: 'page' });
    else if (has(`${base}.body`)) files.push({ route, from: `${base}.body`, to: [route.slice(1)], kind: 'file' });
    else problems.push(`.next/server/app/${base}.html: Next.js listed ${route} as prerendered but wrote neither ${base}.html nor ${base}.body. Run npm run build again from a clean .next/.`);
  }
  return { files, problems };
}
