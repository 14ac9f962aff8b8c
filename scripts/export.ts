/**
 * Writes out/ from the pages `next build` prerendered into .next/ (lib/export-plan.ts): the
 * public/ files, the framework's static files (.next/static → out/_next/static), and each page
 * and route handler's body at its URL. Run by `npm run build` after `next build`; the header
 * step and Pagefind then finish out/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type AppPathRoutes, planExport, type PrerenderManifest } from '../lib/export-plan';

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
    for (const to of file.to) {
      const target = path.join(outDir, to);
      const dir = path.dirname(target);
      if (!made.has(dir)) fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
      fs.copyFileSync(path.join(appDir, file.from), target);
    }
  }
  return { pages: plan.files.filter((f) => f.kind === 'page').length, files: plan.files.length, problems: [] };
}

/** Prints what the export did, or why it refused; true when out/ was written. Used by this script and npm run build. */
export function reportExport(result: ReturnType<typeof exportSite>, seconds?: number): boolean {
  for (const problem of result.problems) console.error(`✖ ${problem}`);
  if (result.problems.length > 0) return false;
  console.log(`✔ out/ written: ${result.pages} pages, ${result.files - result.pages} other files${seconds === undefined ? '' : `, in ${seconds.toFixed(1)} s`}`);
  return true;
}

if (process.argv[1]?.endsWith('export.ts')) {
  if (!reportExport(exportSite())) process.exit(1);
}
