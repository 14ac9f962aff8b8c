/**
 * npm run edit — the web editor for staff, at http://localhost:3300/admin/ (issue 37).
 * Decap CMS, served from this project's own files (node_modules/decap-cms/dist), configured from
 * the content model (lib/editor/decap-config.ts), with decap-server in git mode as its backend on
 * a working copy of its own (.editor/site: it checks out branches, so never the author's tree).
 * Every save is checked first by the content check (POST /api/check, called from the editor's
 * preSave). Publishing merges into that copy's main; `git pull .editor/site main` brings it here,
 * as a pull from the git host would. `--lang fr|en` (or the terminal's language) chooses the
 * language the editor opens in; `--port` its port. Ctrl-C stops everything.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { readCorpus } from '../lib/check/read';
import { folderSource } from '../lib/check/source';
import { rolloutDay } from '../lib/content/publication';
import { adminPage } from '../lib/editor/admin-page';
import { editorSettings } from '../lib/editor/decap-config';
import { referenceFileName } from '../lib/editor/reference-file';
import { checkEntry, contentWithEntry, emptyPaths, type EditorEntry, entryProblems, entryRegionIds } from '../lib/editor/entry';
import { editorModel } from '../lib/editor/model';
import { authorLanguage } from '../lib/i18n/author-language';
import { isLocale, type Locale, locales } from '../lib/i18n/locales';
import { translator } from '../lib/i18n/messages';

const root = process.cwd();
const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const port = Number(argValue('--port') ?? process.env.EDITOR_PORT ?? 3300);
const backendPort = port + 1;
const site = path.resolve(process.env.EDITOR_SITE ?? '.editor/site');
const decapDist = path.join(root, 'node_modules/decap-cms/dist');
const language = authorLanguage();
const t = translator(language, 'Editor');

const git = (args: string[], cwd = site) => spawnSync('git', args, { cwd, encoding: 'utf8' });

/** The editor's working copy: a clone of this project, brought up to date with its main when it can be without losing anything. */
function prepareWorkingCopy() {
  if (!fs.existsSync(path.join(site, '.git'))) {
    fs.mkdirSync(path.dirname(site), { recursive: true });
    const cloned = git(['clone', '--quiet', root, site], root);
    if (cloned.status !== 0) {
      process.stderr.write(`${t('start.notRepository', { detail: (cloned.stderr || String(cloned.error ?? '')).trim().split('\n')[0] ?? '' })}\n`);
      process.exit(1);
    }
  } else {
    git(['fetch', '--quiet', 'origin']);
    git(['merge', '--ff-only', '--quiet', 'origin/HEAD']);
  }
  // Accented paths unquoted (decap-server reads git's output as is); commits need a name.
  git(['config', 'core.quotepath', 'false']);
  if (!git(['config', 'user.email']).stdout.trim()) {
    git(['config', 'user.email', 'web-editor@localhost']);
    git(['config', 'user.name', 'Web editor']);
  }
}

/** Every file of the working copy's content, for the check of an entry beside it. */
function contentFiles(dir = path.join(site, 'content'), prefix = ''): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, contentFiles(path.join(dir, entry.name), relative));
    else if (entry.isFile()) files[relative] = fs.readFileSync(path.join(dir, entry.name));
  }
  return files;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, cached = false) {
  res.writeHead(status, { 'content-type': type, 'cache-control': cached ? 'max-age=3600' : 'no-store' });
  res.end(body);
}

const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm' };

async function readBody(req: http.IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

/** The entry the editor sends (its collection, slug and both sides), as the check reads it. */
function editorEntry(request: Partial<EditorEntry>): EditorEntry {
  const french = request.fr ?? {};
  // A new entry has no slug yet: Decap names its folder from its date and French address. An
  // entry's slug is its path without the language or extension: <folder>/index, <folder>/region.
  const collection = request.collection === 'regions' || request.collection === 'references' ? request.collection : 'memos';
  const publisher = (french.publisher ?? {}) as { en?: unknown };
  const named = collection === 'references' ? referenceFileName(String(publisher.en ?? '')) : `${String(french.date ?? '').slice(0, 10)}-${String(french.slug ?? '')}`;
  const folder = request.slug ? request.slug.replace(/\/[^/]+$/, '') : named;
  return { collection, slug: folder, fr: french, en: request.en ?? {} };
}

/** POST /api/check: the entry about to be saved, checked beside the working copy's content. */
async function checkRequest(req: http.IncomingMessage, res: http.ServerResponse, locale: Locale) {
  const entry = editorEntry(JSON.parse(await readBody(req)) as Partial<EditorEntry>);
  const { problems, notices } = checkEntry(contentFiles(), entry, locale, rolloutDay());
  const t = translator(locale, 'Editor');
  // The body is the file's text, not a field: an empty one is the check's to refuse.
  const fields = Object.fromEntries(Object.entries(entry.fr).filter(([key]) => key !== 'body'));
  send(res, 200, 'application/json', JSON.stringify({ problems, notices, refused: t('save.refused', { count: problems.length }), notPublished: t('save.notPublished', { count: problems.length }), changes: t('save.changes'), emptyPaths: emptyPaths(fields) }));
}

/** One preview at a time: the pages render from the one draft this process holds (scripts/editor-preview.tsx). */
let previewQueue: Promise<unknown> = Promise.resolve();
let stylesheet: Promise<string> | undefined;

/**
 * POST /api/preview: the entry as the author has typed it so far, checked, then one of the pages
 * it changes rendered by the site's own code (the memo or a region's page, in either language).
 * Content with problems is not rendered: the problems are sent, as the save would show them.
 */
async function previewRequest(req: http.IncomingMessage, res: http.ServerResponse, locale: Locale) {
  const request = JSON.parse(await readBody(req)) as Partial<EditorEntry> & { page?: string };
  const entry = editorEntry(request);
  const answer = await (previewQueue = previewQueue.catch(() => undefined).then(async () => {
    const started = performance.now();
    const after = contentWithEntry(contentFiles(), entry);
    const problems = entryProblems(after, entry, locale);
    if (problems.length > 0) return { problems, pages: [], html: '' };
    const preview = await import('./editor-preview');
    await preview.showDraft(after);
    const subject = { collection: entry.collection ?? 'memos', id: entry.slug, regionIds: entryRegionIds(entry) };
    const pages = preview.previewPages(subject, locale);
    const selected = pages.find((page) => page.key === request.page) ?? pages[0];
    const html = selected ? await preview.renderPreviewPage(subject, selected.key, `http://localhost:${port}/admin/preview.css`) : undefined;
    return { problems, pages, selected: selected?.key, html: html ?? '', renderedInMs: Math.round(performance.now() - started) };
  }));
  send(res, 200, 'application/json', JSON.stringify(answer));
}

/** decap-server's API, called by this process as the editor calls it. */
async function backendCall(action: string, params: Record<string, unknown>): Promise<{ ok: boolean; body: string }> {
  const response = await fetch(`http://127.0.0.1:${backendPort}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, params }) });
  return { ok: response.ok, body: await response.text() };
}

/**
 * POST /api/import: a new memo from the ministry's Word files (npm run import:memo's import), saved
 * as a draft of the editor — a branch of its own, as a save from the form is — for the author to
 * open, complete and save (the check guards that save, and the publication).
 */
async function importRequest(req: http.IncomingMessage, res: http.ServerResponse, locale: Locale) {
  const t = translator(locale, 'Editor');
  const request = JSON.parse(await readBody(req)) as Partial<Record<Locale, { name: string; data: string }>>;
  const word = Object.fromEntries(Object.entries(request).flatMap(([l, file]) => (file?.data ? [[l, { name: file.name, bytes: Buffer.from(file.data, 'base64') }]] : [])));
  const { importMemo } = await import('./import-memo');
  const result = await importMemo(locale, path.join(site, 'content'), word);
  if ('problems' in result) return send(res, 200, 'application/json', JSON.stringify({ problems: result.problems }));
  const slug = `${result.folder}/index`;
  if (git(['branch', '--list', `cms/memos/${slug}`]).stdout.trim()) {
    return send(res, 200, 'application/json', JSON.stringify({ problems: [translator(locale, 'ContentCheck')('importMemo.exists', { folder: result.folder })] }));
  }
  const dataFiles = Object.entries(result.files).map(([name, raw]) => ({ slug, path: `content/memos/${result.folder}/${name}`, raw }));
  const saved = await backendCall('persistEntry', { branch: 'main', dataFiles, assets: [], options: { collectionName: 'memos', commitMessage: `Import ${result.folder} from Word`, useWorkflow: true, status: 'draft' } });
  if (!saved.ok) return send(res, 200, 'application/json', JSON.stringify({ problems: [t('import.unreachable')] }));
  send(res, 200, 'application/json', JSON.stringify({ problems: [], entry: slug, notes: result.notes }));
}

/** decap-server's API, under this one address. */
function proxy(req: http.IncomingMessage, res: http.ServerResponse) {
  const forwarded = http.request({ host: '127.0.0.1', port: backendPort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  forwarded.on('error', () => send(res, 502, 'text/plain; charset=utf-8', 'decap-server is not answering'));
  req.pipe(forwarded);
}

function serve() {
  const model = editorModel(readCorpus(folderSource(path.join(site, 'content'))));
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://localhost:${port}`);
    const asked = url.searchParams.get('lang');
    const locale: Locale = isLocale(asked) ? asked : language;
    if (url.pathname.startsWith('/api/v1')) return proxy(req, res);
    if (url.pathname === '/api/check' && req.method === 'POST') {
      checkRequest(req, res, locale).catch(() => send(res, 400, 'application/json', JSON.stringify({ problems: [], notices: [], error: true })));
      return;
    }
    if (url.pathname === '/api/import' && req.method === 'POST') {
      importRequest(req, res, locale).catch(() => send(res, 400, 'application/json', JSON.stringify({ problems: [translator(locale, 'Editor')('import.unreachable')] })));
      return;
    }
    if (url.pathname === '/api/preview' && req.method === 'POST') {
      previewRequest(req, res, locale).catch(() => send(res, 400, 'application/json', JSON.stringify({ problems: [], pages: [], html: '', error: true })));
      return;
    }
    if (url.pathname === '/admin/preview.css') {
      stylesheet ??= import('./editor-preview').then((preview) => preview.previewStylesheet(root, '/admin/fonts/'));
      stylesheet.then((css) => send(res, 200, types['.css']!, css, true)).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'The stylesheet could not be compiled'));
      return;
    }
    const font = /^\/admin\/fonts\/([\w-]+\.woff2)$/.exec(url.pathname)?.[1];
    if (font && fs.existsSync(path.join(root, 'app/fonts', font))) {
      // The preview's frame is sandboxed (an origin of its own): fonts load across origins only with this header.
      res.setHeader('access-control-allow-origin', '*');
      return send(res, 200, 'font/woff2', fs.readFileSync(path.join(root, 'app/fonts', font)), true);
    }
    if (url.pathname === '/' || url.pathname === '/admin') return (res.writeHead(302, { location: '/admin/' }), res.end());
    if (url.pathname === '/admin/') return send(res, 200, 'text/html; charset=utf-8', adminPage(locale, { files: '', otherLanguage: `?lang=${locales.find((l) => l !== locale)}`, importFromWord: 'local' }));
    const config = /^\/admin\/config\.(en|fr)\.json$/.exec(url.pathname);
    if (config) {
      const locale = config[1] as Locale;
      return send(res, 200, 'application/json', JSON.stringify(editorSettings(locale, model, { proxyUrl: `http://localhost:${port}/api/v1` })));
    }
    if (url.pathname === '/admin/editor.js') return send(res, 200, types['.js']!, fs.readFileSync(path.join(root, 'editor/editor.js')));
    // Decap's bundle, its chunks, styles and WebAssembly: nothing else of node_modules is served.
    const file = /^\/admin\/([\w.-]+\.(?:js|css|wasm))$/.exec(url.pathname)?.[1];
    if (file && !file.endsWith('.map') && fs.existsSync(path.join(decapDist, file))) return send(res, 200, types[path.extname(file)]!, fs.readFileSync(path.join(decapDist, file)));
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  });
}

function main() {
  prepareWorkingCopy();
  // The preview shows a memo scheduled for later as the site will show it then, marked scheduled.
  process.env.ROLLOUT_PREVIEW_SCHEDULED = '1';
  // The site's code reads the stamp of Contentlayer's last compilation (lib/content/corpus.ts);
  // the preview compiles in memory and needs none, but a fresh clone has not compiled yet.
  const stamp = path.join(root, '.contentlayer/compiled.json');
  if (!fs.existsSync(stamp)) {
    fs.mkdirSync(path.dirname(stamp), { recursive: true });
    fs.writeFileSync(stamp, `${JSON.stringify({ compiledAt: 'not compiled: the web editor previews in memory' })}\n`);
  }
  const backend = spawn(process.execPath, [path.join(root, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, MODE: 'git', PORT: String(backendPort), GIT_REPO_DIRECTORY: site, BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const server = serve().listen(port, () => {
    process.stdout.write(`${t('page.title')}: http://localhost:${port}/admin/\n`);
  });
  server.on('error', () => {
    process.stderr.write(`${t('start.portTaken', { port })}\n`);
    backend.kill();
    process.exit(1);
  });
  const stop = () => {
    server.close();
    backend.kill();
    process.stdout.write(`${t('start.stopped')}\n`);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  backend.on('exit', (code) => {
    if (code) process.stderr.write(`${t('start.backendStopped', { code })}\n`);
    server.close();
    process.exit(code ?? 1);
  });
}

main();
