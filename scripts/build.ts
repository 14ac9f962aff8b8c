/**
 * npm run build — content check, Contentlayer, Next.js, then out/, side by side where one does
 * not need the other:
 *   1. the content check (here) while Contentlayer compiles in its own process (scripts/content.ts);
 *      bad content stops the build with the check's messages and nothing is built (Contentlayer's
 *      output is never published);
 *   2. `next build`, which prerenders every page into .next/;
 *   3. the site is written from the prerendered pages into out.building/, each page finished as
 *      it is copied (scripts/export.ts); then Pagefind indexes it while the host configurations
 *      are written (scripts/headers.ts); only then does it replace out/ (lib/build/published-folder.ts),
 *      so out/ is always a whole site, whatever stops the build.
 * Each step's time is printed, and a last line `build steps: {…}` for npm run bench.
 * CONTENT_DIR points it at another content folder, as for npm run check:content.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { takeBuildLock } from '../lib/build/build-lock';
import { publishStaged, recoverInterruptedBuild, stagingFolder } from '../lib/build/published-folder';
import { authorLanguage } from '../lib/i18n/author-language';
import { translator } from '../lib/i18n/messages';
import { checkContent } from '../lib/check';
import { buildRecord, rolloutNow } from '../lib/content/publication';
import { reportCheck, reportScheduled } from './check-content';
import { startContentCompile } from './content';
import { exportSite, reportExport } from './export';
import { writeHostConfigs } from './headers';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const outDir = path.resolve('out');
const staging = stagingFolder(outDir);
const bin = (name: string) => path.resolve('node_modules/.bin', name);
const steps: Record<string, number> = {};
const since = (started: number) => (Date.now() - started) / 1000;
const running = new Set<ChildProcess>();
/** Whether this build holds the checkout's build lock: only then is what is beside out/ its own. */
let holdsLock = false;

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    running.add(child);
    child.on('close', (code) => {
      running.delete(child);
      resolve(code ?? 1);
    });
  });
}

// Stopped (Ctrl+C, or a SIGTERM from a CI runner or a deploy tool): the steps still running are
// stopped and the half-written site goes; out/ stays the last whole site. A SIGKILL cannot be
// caught: the next build clears what it left (recoverInterruptedBuild).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    if (holdsLock) fs.rmSync(staging, { recursive: true, force: true });
    // Written at once: process.exit does not wait for a pipe to take what console.error queued.
    fs.writeSync(2, `\n✖ build stopped (${signal}); out/ is the last complete site, unchanged.\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

async function build(): Promise<number> {
  const started = Date.now();
  // One build at a time in a checkout (lib/build/build-lock.ts); released when this process exits.
  const lock = takeBuildLock(path.resolve('.build.lock'));
  if ('heldBy' in lock) {
    console.error(`✖ ${translator(authorLanguage(), 'ContentCheck')('build.busy', { pid: lock.heldBy })}`);
    return 2;
  }
  process.on('exit', lock.release);
  holdsLock = true;
  const recovered = recoverInterruptedBuild(outDir);
  if (recovered === 'cleared') console.log('✔ cleared what an interrupted build left beside out/');
  if (recovered === 'restored') console.log('✔ put back out/, which an interrupted build had set aside');
  const compile = startContentCompile(contentDir);
  const problems = checkContent(contentDir);
  steps['check:content'] = since(started);
  if (!reportCheck(problems, contentDir, steps['check:content'])) {
    await compile.stop();
    return 1;
  }
  // One now for the whole build: every page, feed and index is published as of the same minute,
  // however long the build takes (Next.js renders in worker processes that inherit it).
  process.env.ROLLOUT_NOW = rolloutNow();
  reportScheduled(contentDir);
  const compiled = await compile.done;
  steps.content = since(started);
  process.stdout.write(compiled.output);
  if (compiled.status !== 0) return 1;

  const nextStarted = Date.now();
  if ((await run(bin('next'), ['build'])) !== 0) return 1;
  steps['build:next'] = since(nextStarted);

  const exportStarted = Date.now();
  // The site is written beside out/ and replaces it only once whole (lib/build/published-folder.ts).
  const exported = exportSite({ outDir: staging });
  steps.export = since(exportStarted);
  if (!reportExport(exported, steps.export)) return 1;

  const finishStarted = Date.now();
  const search = run(bin('pagefind'), ['--site', staging, '--silent']).then((status) => ({ status, seconds: since(finishStarted) }));
  console.log(`✔ ${writeHostConfigs(staging)}`);
  fs.writeFileSync(path.join(staging, 'build.json'), `${JSON.stringify(buildRecord(process.env.ROLLOUT_NOW))}\n`);
  steps.headers = since(finishStarted);
  const indexed = await search;
  steps['search-index'] = indexed.seconds;
  if (indexed.status !== 0) return 1;
  console.log(`✔ search index written in ${indexed.seconds.toFixed(1)} s`);
  publishStaged(outDir);
  console.log('✔ out/ replaced by the new site, whole');
  steps.total = since(started);
  console.log(`build steps: ${JSON.stringify(steps)}`);
  return 0;
}

build().then((status) => {
  // A build that failed leaves out/ as it was; what it wrote beside it goes. (Not when another
  // build held the lock: what is beside out/ is that build's.)
  if (status === 1) fs.rmSync(staging, { recursive: true, force: true });
  process.exit(status);
});
