import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorEnv, copyProject } from './project-copy';

/**
 * `npm run dev` for authors: a saved memo shows on the open page within seconds; a memo with
 * errors is reported in the terminal and the page keeps its last good version.
 * Runs in a copy of the project so the real content is never edited.
 */
let project = '';
const port = 3310;
const page = `http://localhost:${port}/en/memos/`;
const memoFile = () => path.join(project, 'content/memos/2022-09-22-catchment-phasing-update/en.md');

let dev: ChildProcess;
let terminal = '';

async function pageText(): Promise<string> {
  // A request the dev server is still compiling is abandoned and asked again, so waitFor keeps its own time.
  const response = await fetch(page, { signal: AbortSignal.timeout(5000) });
  return response.text();
}

async function waitFor(condition: () => Promise<boolean> | boolean, seconds: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    if (await Promise.resolve(condition()).catch(() => false)) return (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not within ${seconds} s; terminal:\n${terminal.slice(0, 1500)}\n…\n${terminal.slice(-1500)}`);
}

beforeAll(async () => {
  project = copyProject('live-preview');
  dev = spawn(path.join(project, 'node_modules/.bin/tsx'), ['scripts/dev.ts', '--port', String(port)], {
    cwd: project,
    env: authorEnv(project),
    detached: true,
  });
  dev.stdout?.on('data', (d) => (terminal += d));
  dev.stderr?.on('data', (d) => (terminal += d));
  await waitFor(async () => (await pageText()).includes('Employment Services Transformation Update'), 120);
}, 150_000);

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
});

describe('live preview with npm run dev', () => {
  it('shows a saved change to a memo on the page within seconds', async () => {
    const text = fs.readFileSync(memoFile(), 'utf8');
    fs.writeFileSync(memoFile(), text.replace('title: "Employment Services Transformation Update"', 'title: "Employment Services Transformation Update (edited)"'));
    const seconds = await waitFor(async () => (await pageText()).includes('Update (edited)'), 20);
    expect(seconds).toBeLessThan(20);
    expect(terminal).toContain('content checked and compiled');
  }, 30_000);

  it('reports a memo with errors in the terminal and keeps the last good version on the page', async () => {
    const text = fs.readFileSync(memoFile(), 'utf8');
    fs.writeFileSync(memoFile(), text.replace(/^title: .*$/m, 'title: ""'));
    await waitFor(() => terminal.includes('the preview keeps its last good version'), 20);
    expect(terminal).toContain('2022-09-22-catchment-phasing-update/en.md:2 — field "title": must not be empty');
    // Give a wrongly triggered recompilation time to show up, then check the page is unchanged.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await pageText()).toContain('Employment Services Transformation Update (edited)');
  }, 30_000);
});
