/**
 * Writes out/ from the pages `next build` prerendered into .next/ (lib/build/export-plan.ts): the
 * public/ files, the framework's static files (.next/static → out/_next/static), each route
 * handler's body at its URL, and each page as it is published: without the framework's scripts
 * and the characters no page may carry (lib/web/static-html.ts), with its Content-Security-Policy
 * (lib/web/security.ts). Pages are finished as they are copied, so each is read and written once and
 * Pagefind, which `npm run build` runs next, indexes the published pages. Run by `npm run build`
 * after `next build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type AppPathRoutes, planExport, type PrerenderManifest } from '../lib/build/export-plan';
import { withContentSecurityPolicy } from '../lib/web/security';
import { publishedPage } from '../lib/web/static-html';

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

export function exportSite({ nextDir = path.resolve('.next'), outDir = path.resolve('out'), publicDir = path.resolve('public') } = {}): { pages: number; files: number; problems: string[] } {
  const appDir = path.join(nextDir, 'server', 'app');
  const plan = planExport(
    readJson<PrerenderManifest>(path.join(nextDir, 'prerender-manifest.json')),
    readJson<AppPathRoutes>(path.join(nextDir, 'app-path-routes-manifest.json')),
    (file) => fs.existsSync(path.join(appDir, file)),
  );
  if (plan.problems.length > 0) return { pages: 0, files: 0, problems: plan.problems };
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  if (fs.existsSync(publicDir)) fs.cpSync(publicDir, outDir, { recursive: true });
  fs.cpSync(path.join(nextDir, 'static'), path.join(outDir, '_next', 'static'), { recursive: true });
  const made = new Set<string>();
  for (const file of plan.files) {
    const from = path.join(appDir, file.from);
    const page = file.kind === 'page' ? withContentSecurityPolicy(publishedPage(fs.readFileSync(from, 'utf8'))) : undefined;
    for (const to of file.to) {
      const target = path.join(outDir, to);
      const dir = path.dirname(target);
      if (!made.has(dir)) fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
      if (page === undefined) fs.copyFileSync(from, target);
      else fs.writeFileSync(target, page);
    }
  }
  return { pages: plan.files.filter((f) => f.kind === 'page').length, files: plan.files.length, problems: [] };
}

/** Prints what the export did, or why it refused; true when out/ was written. Used by this script and npm run build. */
export function reportExport(result: ReturnType<typeof exportSite>, seconds?: number): boolean {
  for (const problem of result.problems) console.error(`✖ ${problem}`);
  if (result.problems.length > 0) return false;
  console.log(`✔ site written: ${result.pages} pages, ${result.files - result.pages} other files${seconds === undefined ? '' : `, in ${seconds.toFixed(1)} s`}`);
  return true;
}

if (process.argv[1]?.endsWith('export.ts')) {
  if (!reportExport(exportSite())) process.exit(1);
}
