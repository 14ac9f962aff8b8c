import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestOut } from '../../scripts/compare-out';
import { authorEnv, copyProject } from './project-copy';

/**
 * A build stopped or killed before it finishes never leaves a half-written out/: the site is
 * written beside it (out.building/) and replaces it whole (lib/build/published-folder.ts). Runs
 * `npm run build`'s script in a copy of the project, stops it with SIGTERM as the export starts
 * and kills it outright (SIGKILL, with its children) while Pagefind writes the index.
 */
let project = '';
/** As package.json runs it: in one process, so that a signal reaches the build itself (tsx's own CLI relays it and kills the script 30 ms later). */
const buildCommand = ['--import', 'tsx', 'scripts/build.ts'];
let env: NodeJS.ProcessEnv;
const out = () => path.join(project, 'out');
const building = () => path.join(project, 'out.building');

function build(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, buildCommand, { cwd: project, env, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Starts a build and stops it with `signal` (its whole process group) once `when` holds. */
async function buildStoppedWhen(when: () => boolean, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  const child: ChildProcess = spawn(process.execPath, buildCommand, { cwd: project, env, detached: true });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
  const started = Date.now();
  while (!when()) {
    if (Date.now() - started > 200_000) throw new Error(`the build never reached the point to stop it:\n${output.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  // SIGTERM to the build alone, as a CI runner sends it; SIGKILL to the group, as when a machine stops.
  if (signal === 'SIGKILL') process.kill(-child.pid!, 'SIGKILL');
  else child.kill(signal);
  const result = await exited;
  // The killed group's children end with it; give the file system a moment.
  await new Promise((r) => setTimeout(r, 500));
  return { ...result, output };
}

const memoryLeftovers = () => (fs.existsSync('/dev/shm') ? fs.readdirSync('/dev/shm').filter((name) => name.startsWith('est-rollout')) : []);

let firstSite: Map<string, string>;

beforeAll(() => {
  project = copyProject('interrupted-build');
  env = authorEnv(project, { ROLLOUT_AS_OF: '2026-12-07' });
  const first = build();
  expect(first.status, first.output.slice(-3000)).toBe(0);
  firstSite = digestOut(out());
}, 300_000);

describe('a build stopped before it finishes', () => {
  it('stopped with SIGTERM as the export starts: out/ is the previous site, byte for byte, and nothing is left beside it', async () => {
    const stopped = await buildStoppedWhen(() => fs.existsSync(building()), 'SIGTERM');
    expect(stopped.code, stopped.output.slice(-2000)).toBe(143);
    expect(stopped.output).toContain('build stopped (SIGTERM); out/ is the last complete site, unchanged.');
    expect(digestOut(out())).toEqual(firstSite);
    expect(fs.existsSync(building())).toBe(false);
    expect(memoryLeftovers()).toEqual([]);
  }, 300_000);

  it('killed with SIGKILL while the search index is written: out/ is the previous site, and the next build clears what was left and succeeds', async () => {
    const killed = await buildStoppedWhen(() => fs.existsSync(path.join(building(), 'pagefind')), 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    expect(digestOut(out())).toEqual(firstSite);
    expect(fs.existsSync(building()), 'the killed build left its half-written site beside out/').toBe(true);
    const next = build();
    expect(next.status, next.output.slice(-3000)).toBe(0);
    expect(next.output).toContain('cleared what an interrupted build left beside out/');
    expect(digestOut(out())).toEqual(firstSite);
    expect(fs.existsSync(building())).toBe(false);
    expect(memoryLeftovers()).toEqual([]);
  }, 300_000);

  it('two builds in one checkout: the second refuses in one sentence, naming the first, and changes nothing', async () => {
    const first = spawn(process.execPath, buildCommand, { cwd: project, env, detached: true });
    const done = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
    const lock = path.join(project, '.build.lock');
    const started = Date.now();
    while (!fs.existsSync(lock) && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20));
    const second = build();
    expect(second.status).toBe(2);
    // One sentence, naming the process that builds.
    expect(second.output.trim()).toMatch(/^✖ Another build is running in this folder \(process (\d+)\): wait for it to finish, or stop it, then build again\. Nothing was changed\.$/);
    expect(second.output).toContain(`(process ${first.pid})`);
    expect(await done).toBe(0);
    expect(fs.existsSync(lock)).toBe(false);
    expect(digestOut(out())).toEqual(firstSite);
  }, 300_000);
});
