import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { uploadedMemos } from '../../scripts/import-uploads';
import { freePort } from '../../scripts/free-port';
import { memoDocx } from '../fixtures/docx-builder';
import { authorEnv, root } from './project-copy';

/**
 * The import from Word on the git host (npm run import:uploads, run by the import-memo workflow):
 * in a clone of a repository whose main holds Word files uploaded to imports/, each memo becomes
 * a draft of the web editor — a pushed branch cms/memos/<folder>/index and a pull request labelled
 * decap-cms/draft (asked of a stand-in for GitHub's API) — the imported files leave main, and a
 * file that is no memo stays, with the reason in the run's summary, in French.
 */
let dir = '';
let server: http.Server;
const requests: { url: string; body: Record<string, unknown> }[] = [];

const git = (cwd: string, ...args: string[]) => spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@localhost', ...args], { cwd, encoding: 'utf8' });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-uploads-'));
  const origin = path.join(dir, 'origin.git');
  const work = path.join(dir, 'work');
  expect(git(dir, 'init', '--quiet', '--bare', '-b', 'main', origin).status).toBe(0);
  expect(git(dir, 'clone', '--quiet', origin, work).status).toBe(0);
  fs.cpSync(path.join(root, 'content'), path.join(work, 'content'), { recursive: true });
  fs.mkdirSync(path.join(work, 'imports'));
  for (const locale of ['fr', 'en'] as const) {
    const text = fs.readFileSync(path.join(root, 'content/memos/2022-09-22-catchment-phasing-update', `index.${locale}.md`), 'utf8');
    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    const front = parse(yaml!) as Record<string, never>;
    const labels = front.headerLabels as Record<string, string>;
    const header: [string, string][] = [
      [labels.to!, front.recipients],
      [labels.from!, front.from],
      [labels.date!, front.printedDate],
      [labels.subject!, front.title],
    ];
    fs.writeFileSync(path.join(work, 'imports', `mise-a-jour.${locale}.docx`), await memoDocx({ heading: front.heading, headerAs: 'table', header, body: body!.trim() }));
  }
  fs.writeFileSync(path.join(work, 'imports', 'notes.docx'), 'pas un document Word\n');
  for (const args of [['add', '-A'], ['commit', '--quiet', '-m', 'Uploads'], ['push', '--quiet', 'origin', 'main']]) expect(git(work, ...args).status).toBe(0);
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push({ url: `${req.method} ${req.url} ${req.headers.authorization}`, body: JSON.parse(body || '{}') });
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ number: 7 }));
    });
  });
  server.listen(await freePort());
}, 60_000);

afterAll(() => {
  server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run import:uploads', () => {
  it('pairs each memo’s French and English files', () => {
    expect(uploadedMemos(['b.docx', 'a.fr.docx', 'a.en.docx', 'c-EN.docx', 'notes.txt'])).toEqual([
      { name: 'a', files: { en: 'a.en.docx', fr: 'a.fr.docx' } },
      { name: 'b', files: { fr: 'b.docx' } },
      { name: 'c', files: { en: 'c-EN.docx' } },
    ]);
  });

  it('turns the uploaded Word files into a draft of the web editor, and says why a file stays', async () => {
    const work = path.join(dir, 'work');
    const summaryFile = path.join(dir, 'summary.md');
    const address = server.address() as { port: number };
    // Not spawnSync: the stand-in for GitHub's API answers from this process meanwhile.
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/import-uploads.ts')], {
      cwd: work,
      env: authorEnv(work, { LANG: 'fr_CA.UTF-8', GITHUB_API_URL: `http://localhost:${address.port}`, GITHUB_REPOSITORY: 'ontario/est-rollout', GITHUB_TOKEN: 'token', GITHUB_STEP_SUMMARY: summaryFile, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@localhost', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@localhost' }),
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const run = { status: await new Promise<number | null>((resolve) => child.on('exit', resolve)), stderr };
    // One file could not be imported: the run says so (and fails, so the workflow shows it).
    expect(run.status, run.stderr).toBe(1);
    const summary = fs.readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('✖ notes.docx n’est pas un document Word (.docx).');
    expect(summary).toContain('✔ Écrit\u00a0: content/memos/2022-09-22-employment-services-transformation-update/');
    const branch = 'cms/memos/2022-09-22-employment-services-transformation-update/index';
    const origin = path.join(dir, 'origin.git');
    const french = git(origin, 'show', `${branch}:content/memos/2022-09-22-employment-services-transformation-update/index.fr.md`).stdout;
    expect(french).toMatch(/^title: "Mise à jour sur le renouvellement des services d’emploi"$/m);
    expect(french).toMatch(/^translatedForSite: \[\]$/m);
    expect(requests.map((r) => r.url)).toEqual(['POST /repos/ontario/est-rollout/pulls Bearer token', 'POST /repos/ontario/est-rollout/issues/7/labels Bearer token']);
    expect(requests[0]!.body).toMatchObject({ head: branch, base: 'main' });
    expect(requests[1]!.body).toEqual({ labels: ['decap-cms/draft'] });
    // The imported files leave main; the one that could not be imported stays.
    expect(git(origin, 'ls-tree', '--name-only', 'main', 'imports/').stdout.trim().split('\n')).toEqual(['imports/notes.docx']);
  }, 90_000);
});
