import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEditor } from '../../scripts/build-editor';
import { freePort } from '../../scripts/free-port';
import { authorEnv, root } from './project-copy';

/**
 * The web editor for the git host (npm run build:editor, docs/deployment.md): written into
 * out/admin/ beside the site, with Decap's GitHub backend. Served as plain files, it opens in
 * Chromium in French and in English at the sign-in step, loading nothing from another host
 * before the author signs in; without its settings the command says which are missing.
 */
let out = '';
let server: http.Server;
let port = 0;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-git-host-'));
  fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>site</title>');
  buildEditor({ root, out, repo: 'ontario/est-rollout', authUrl: 'https://auth.example.org', branch: 'main' });
  port = await freePort();
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };
  server = http
    .createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const file = path.join(out, decodeURIComponent(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
      if (!file.startsWith(out) || !fs.existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
    })
    .listen(port);
});

afterAll(() => {
  server?.close();
  fs.rmSync(out, { recursive: true, force: true });
});

describe('npm run build:editor: the web editor on the git host', () => {
  it('writes the editor beside the site, configured for the repository, without the local check and preview', () => {
    const files = fs.readdirSync(path.join(out, 'admin'), { recursive: true }).map(String);
    expect(files).toEqual(expect.arrayContaining(['index.html', path.join('en', 'index.html'), 'decap-cms.js', 'editor.js', 'config.fr.json', 'config.en.json', 'cms.css']));
    expect(files.filter((file) => file.endsWith('.map') || file === 'cms.js')).toEqual([]);
    const settings = JSON.parse(fs.readFileSync(path.join(out, 'admin/config.fr.json'), 'utf8'));
    expect(settings.local).toBe(false);
    expect(settings.decap.backend).toEqual({ name: 'github', repo: 'ontario/est-rollout', branch: 'main', base_url: 'https://auth.example.org', squash_merges: true });
    expect(settings.decap.publish_mode).toBe('editorial_workflow');
    expect(fs.readFileSync(path.join(out, 'admin/en/index.html'), 'utf8')).toContain('<script src="../decap-cms.js"></script>');
  });

  it('opens at the sign-in step in French and in English, loading nothing from another host', async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
    try {
      const elsewhere: string[] = [];
      for (const [address, button] of [
        ['/admin/', 'Se connecter avec GitHub'],
        ['/admin/en/', 'Login with GitHub'],
      ] as const) {
        const page = await browser.newPage();
        page.on('request', (request) => {
          if (!request.url().startsWith(`http://localhost:${port}/`) && !/^(data|blob):/.test(request.url())) elsewhere.push(request.url());
        });
        await page.goto(`http://localhost:${port}${address}`);
        await page.getByRole('button', { name: button }).waitFor({ timeout: 30_000 });
        await page.close();
      }
      expect(elsewhere).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 90_000);

  it('says which settings are missing, in the author’s language, and writes nothing', () => {
    const written = fs.statSync(path.join(out, 'admin/config.fr.json')).mtimeMs;
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/build-editor.ts'], { cwd: root, env: authorEnv(root, { LANG: 'fr_CA.UTF-8', OUT_DIR: out, EDITOR_GITHUB_REPO: 'not a repository' }), encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('EDITOR_GITHUB_REPO=propriétaire/nom (actuellement not a repository)');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(fs.statSync(path.join(out, 'admin/config.fr.json')).mtimeMs).toBe(written);
  });
});
