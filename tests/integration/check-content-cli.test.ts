import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesOf } from '../fixtures/bad-content';
import { factsLine, materialize, validFiles } from '../fixtures/content-builder';

/**
 * `npm run check:content` as staff run it: a non-zero exit and, for every problem, its file,
 * line and field and its own "Fix:" line; exit 0 and a short line for valid content.
 */
const root = path.join(__dirname, '../..');

function checkContent(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/check-content.ts', ...args], {
    cwd: root,
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', CONTENT_DIR: dir, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run check:content', () => {
  it('exits 1 and gives each of several problems its own place and fix', () => {
    const { status, output } = checkContent(materialize('several-problems', filesOf('several-problems')));
    expect(status).toBe(1);
    expect(output).toContain('3 problems in the content; nothing was built.');
    const memo = '.integration/fixtures/several-problems/memos/2022-09-22-example';
    expect(output).toContain(`${memo}/index.fr.md:${factsLine(1)} — date: is not a real calendar day`);
    expect(output).toContain(`${memo}/index.en.md — title: is missing`);
    expect(output).toContain(`${memo}/index.fr.md:26 — body: contains a <script> tag`);
    expect(output.match(/^ {4}Fix: .+$/gm)).toHaveLength(3);
  }, 60_000);

  it('answers in French with --lang fr, or in a French terminal, fields named as an author counts', () => {
    const dir = materialize('several-problems-fr', filesOf('several-problems'));
    for (const { status, output } of [checkContent(dir, ['--lang', 'fr']), checkContent(dir, [], { LANG: 'fr_CA.UTF-8' })]) {
      expect(status).toBe(1);
      expect(output).toContain('3 problèmes dans le contenu\u202f; rien n’a été construit.');
      expect(output).toContain('/index.en.md — titre (title)\u00a0: manque');
      expect(output.match(/^ {4}Correction\u00a0: .+$/gm)).toHaveLength(3);
      expect(output).not.toContain('Fix:');
    }
    expect(checkContent(materialize('valid-fr', validFiles()), ['--lang', 'fr']).output).toContain('le contenu est valide');
  }, 60_000);

  it('exits 0 on valid content', () => {
    const { status, output } = checkContent(materialize('valid', validFiles()));
    expect(status).toBe(0);
    expect(output).toContain('content is valid');
  }, 60_000);
});
