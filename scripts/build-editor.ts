/**
 * npm run build:editor — the web editor for the git host, written into out/admin/ after
 * `npm run build` (docs/deployment.md, "The web editor on the git host"): the same page, script and
 * forms as `npm run edit`, with Decap's GitHub backend. Each save is a branch and a pull request
 * on the repository, where the pull-request workflow checks the content and builds the site;
 * publishing merges it, and the deploy workflow puts it live.
 *
 *   EDITOR_GITHUB_REPO=owner/name EDITOR_AUTH_URL=https://auth.example.org npm run build:editor
 *
 * EDITOR_BRANCH (main by default) is the branch the site builds from. French at /admin/, English
 * at /admin/en/. Nothing of it is linked from the public pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCorpus } from '../lib/check/read';
import { folderSource } from '../lib/check/source';
import { adminPage } from '../lib/editor/admin-page';
import { editorSettings } from '../lib/editor/decap-config';
import { editorModel } from '../lib/editor/model';
import { authorLanguage } from '../lib/i18n/author-language';
import { locales } from '../lib/i18n/locales';
import { translator } from '../lib/i18n/messages';

const t = translator(authorLanguage(), 'Editor');

/** owner/name, as GitHub spells a repository. */
const repositoryPattern = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;

export function buildEditor({ root, out, repo, authUrl, branch }: { root: string; out: string; repo: string; authUrl: string; branch: string }): string[] {
  const admin = path.join(out, 'admin');
  fs.rmSync(admin, { recursive: true, force: true });
  fs.mkdirSync(path.join(admin, 'en'), { recursive: true });
  const model = editorModel(readCorpus(folderSource(path.join(root, 'content'))));
  for (const locale of locales) {
    fs.writeFileSync(path.join(admin, `config.${locale}.json`), `${JSON.stringify(editorSettings(locale, model, { github: repo, authUrl, branch }))}\n`);
  }
  fs.writeFileSync(path.join(admin, 'index.html'), adminPage('fr', { files: '', otherLanguage: 'en/', importFromWord: 'git-host' }));
  fs.writeFileSync(path.join(admin, 'en', 'index.html'), adminPage('en', { files: '../', otherLanguage: '../', importFromWord: 'git-host' }));
  fs.copyFileSync(path.join(root, 'editor/editor.js'), path.join(admin, 'editor.js'));
  // Decap's self-contained bundle (decap-cms.js), its chunks, styles and WebAssembly, and its
  // licence notice; not the other bundle of the package (cms.js, which expects React from the page) nor the source maps.
  const dist = path.join(root, 'node_modules/decap-cms/dist');
  for (const file of fs.readdirSync(dist)) {
    if (/^(\d+\.)?decap-cms\.js(\.LICENSE\.txt)?$|\.css$|\.wasm$/.test(file)) fs.copyFileSync(path.join(dist, file), path.join(admin, file));
  }
  return fs.readdirSync(admin, { recursive: true }).map(String);
}

function main() {
  const repo = process.env.EDITOR_GITHUB_REPO?.trim() ?? '';
  const authUrl = process.env.EDITOR_AUTH_URL?.trim() ?? '';
  const out = path.resolve(process.env.OUT_DIR ?? 'out');
  if (!repositoryPattern.test(repo) || !/^https:\/\/[^\s/]+/.test(authUrl)) {
    process.stderr.write(`${t('start.gitHostSettings', { repo: repo || '—', authUrl: authUrl || '—' })}\n`);
    process.exit(1);
  }
  if (!fs.existsSync(path.join(out, 'index.html'))) {
    process.stderr.write(`${t('start.buildFirst', { out: path.relative(process.cwd(), out) || '.' })}\n`);
    process.exit(1);
  }
  const files = buildEditor({ root: process.cwd(), out, repo, authUrl: authUrl.replace(/\/$/, ''), branch: process.env.EDITOR_BRANCH?.trim() || 'main' });
  process.stdout.write(`${t('start.built', { count: files.length, folder: path.relative(process.cwd(), path.join(out, 'admin')) })}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) main();
