/**
 * npm run build — content check, Contentlayer, Next.js, then out/, side by side where one does
 * not need the other:
 *   1. the content check (here) while Contentlayer compiles in its own process (scripts/content.ts);
 *      bad content stops the build with the check's messages and nothing is built (Contentlayer's
 *      output is never published);
 *   2. `next build`, which prerenders every page into .next/;
 *   3. out/ is written from the prerendered pages, each page finished as it is copied
 *      (scripts/export.ts); then Pagefind indexes it while the host configurations are written
 *      (scripts/headers.ts).
 * Each step's time is printed, and a last line `build steps: {…}` for npm run bench.
 * CONTENT_DIR points it at another content folder, as for npm run check:content.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { checkContent } from '../lib/check';
import { reportCheck } from './check-content';
import { startContentCompile } from './content';
import { exportSite, reportExport } from './export';
import { writeHostConfigs } from './headers';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const bin = (name: string) => path.resolve('node_modules/.bin', name);
const steps: Record<string, number> = {};
const since = (started: number) => (Date.now() - started) / 1000;

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => spawn(command, args, { stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1)));
}

async function build(): Promise<number> {
  const started = Date.now();
  const compile = startContentCompile(contentDir);
  const problems = checkContent(contentDir);
  steps['check:content'] = since(started);
  if (!reportCheck(problems, contentDir, steps['check:content'])) {
    await compile.stop();
    return 1;
  }
  const compiled = await compile.done;
  steps.content = since(started);
  process.stdout.write(compiled.output);
  if (compiled.status !== 0) return 1;

  const nextStarted = Date.now();
  if ((await run(bin('next'), ['build'])) !== 0) return 1;
  steps['build:next'] = since(nextStarted);

  const exportStarted = Date.now();
  const exported = exportSite();
  steps.export = since(exportStarted);
  if (!reportExport(exported, steps.export)) return 1;

  const finishStarted = Date.now();
  const search = run(bin('pagefind'), ['--site', 'out', '--silent']).then((status) => ({ status, seconds: since(finishStarted) }));
  console.log(`✔ ${writeHostConfigs()}`);
  steps.headers = since(finishStarted);
  const indexed = await search;
  steps['search-index'] = indexed.seconds;
  if (indexed.status !== 0) return 1;
  console.log(`✔ search index written in ${indexed.seconds.toFixed(1)} s`);
  steps.total = since(started);
  console.log(`build steps: ${JSON.stringify(steps)}`);
  return 0;
}

build().then((status) => process.exit(status));
