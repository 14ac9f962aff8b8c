import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorEnv, root } from './project-copy';

/**
 * npm run due, as the deploy workflow runs it (issue 36): it says in words what fell due between
 * two instants, and writes due=true|false where the workflow reads it ($GITHUB_OUTPUT). The real
 * content's newest source is published on 2026-12-06, from midnight in Toronto (05:00 UTC).
 */

function due(args: string[], extra: Record<string, string> = {}) {
  const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'due-')), 'output');
  fs.writeFileSync(output, '');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/due.ts', ...args], { cwd: root, env: authorEnv(root, { GITHUB_OUTPUT: output, ...extra }), encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, text: `${result.stdout}${result.stderr}`, answer: fs.readFileSync(output, 'utf8') };
}

describe('npm run due', () => {
  it('answers yes when a source fell due in between, naming it with its Toronto time', () => {
    const yes = due(['--since', '2026-12-06T04:50Z', '--until', '2026-12-06T05:05Z']);
    expect(yes.status).toBe(0);
    expect(yes.answer).toBe('due=true\n');
    expect(yes.text).toContain('1 item became due between 2026-12-06T04:50:00.000Z and 2026-12-06T05:05:00.000Z: deploy.');
    expect(yes.text).toContain('source content/references/msdsb-allocations-2024-25-2024-03-13.yaml:13: December 6, 2026, 0:00 (Toronto)');
  }, 60_000);

  it('answers no on the other side of the boundary, and in French when asked', () => {
    const no = due(['--since', '2026-12-06T05:00Z', '--until', '2026-12-06T05:15Z', '--lang', 'fr']);
    expect(no.status).toBe(0);
    expect(no.answer).toBe('due=false\n');
    expect(no.text).toMatch(/rien n’est arrivé à échéance entre 2026-12-06T05:00:00\.000Z et 2026-12-06T05:15:00\.000Z\s: aucun déploiement nécessaire\./);
  }, 60_000);

  it('always deploys a push to main, and says why', () => {
    const push = due(['--event', 'push']);
    expect(push.answer).toBe('due=true\n');
    expect(push.text).toContain('a run for "push" always builds and deploys.');
  }, 60_000);

  it('refuses an instant without its zone in one sentence, with no answer for the workflow', () => {
    const bare = due(['--since', '2026-12-08T09:00']);
    expect(bare.status).toBe(2);
    expect(bare.answer).toBe('');
    expect(bare.text.trim()).toBe('✖ "2026-12-08T09:00" is neither an instant with its zone nor a site whose build.json can be read; write an instant such as 2026-12-08T14:00Z.');
  }, 60_000);

  it('reads the live build from its build.json', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-'));
    fs.writeFileSync(path.join(dir, 'build.json'), JSON.stringify({ now: '2026-12-06T00:00', timeZone: 'America/Toronto', instant: '2026-12-06T05:00:00.000Z' }));
    const fromFile = due(['--since', path.join(dir, 'build.json'), '--until', '2026-12-06T06:00Z']);
    expect(fromFile.answer).toBe('due=false\n');
  }, 60_000);
});
