/**
 * npm run check:output — every HTML file of out/ passes html-validate, no internal link or
 * anchor is broken (linkinator, external links skipped: the build machine has no internet), and
 * the fonts have every character the pages show. Part of `npm test`, after the build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { basePathOf } from '../lib/web/routes';

const out = path.resolve('out');

const htmlFiles = () =>
  fs
    .readdirSync(out, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name));

async function validateHtml(): Promise<number> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles();
  const report = await validator.validateMultipleFiles(files);
  if (!report.valid) console.error(formatterFactory('stylish')(report.results));
  console.log(`${report.valid ? '✔' : '✖'} html-validate: ${files.length} HTML files, ${report.errorCount} errors`);
  return report.errorCount;
}

/**
 * The base path the site was built for (from SITE_URL, lib/web/routes.ts): the link check serves
 * out/ under it, as a project site on GitHub Pages is (https://owner.github.io/<repository>/).
 */
const basePath = basePathOf(process.env.SITE_URL);

async function checkLinks(): Promise<number> {
  const checker = new LinkChecker();
  // Under a base path, a copy of out/ at <folder>/<base path>, served from the folder's root (the
  // checker's file search does not follow links).
  const served = basePath ? fs.mkdtempSync(path.join(os.tmpdir(), 'site-')) : undefined;
  if (served) fs.cpSync(out, path.join(served, basePath), { recursive: true });
  const result = await checker.check({
    // With serverRoot, the start is written relative to it.
    path: served ? basePath.slice(1) : out,
    ...(served ? { serverRoot: served } : {}),
    recurse: true,
    checkFragments: true,
    // Only this site's own pages; anything absolute points elsewhere (or at SITE_URL).
    linksToSkip: ['^https?://(?!localhost:\\d+/)', '^mailto:', '^https?://localhost:3000/'],
  });
  if (served) fs.rmSync(served, { recursive: true, force: true });
  const broken = result.links.filter((link) => link.state === 'BROKEN');
  for (const link of broken) console.error(`  broken: ${link.url} (status ${link.status}) on ${link.parent}`);
  console.log(`${broken.length === 0 ? '✔' : '✖'} links: ${result.links.filter((l) => l.state === 'OK').length} internal links and anchors checked, ${broken.length} broken`);
  return broken.length;
}

/** Files whose text may hold a URL of the site: pages, feeds, calendars, data, scripts of ours, robots. */
const textFiles = () =>
  fs
    .readdirSync(out, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(html|xml|ics|json|csv|txt|js)$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))
    .filter((file) => !/[\\/](pagefind|_next)[\\/]/.test(path.relative(out, file).replace(/^/, '/')));

/**
 * Under a base path, every URL of the site the output writes — links, assets, scripts, feed and
 * calendar addresses, sitemap entries, open data — is under it: a root-relative attribute
 * (href="/…", src="/…") or an address on SITE_URL's host that leaves the base path is reported.
 */
function checkBasePath(): number {
  if (!basePath) return 0;
  const origin = new URL(process.env.SITE_URL!).origin;
  const outside: string[] = [];
  const rootRelative = /\s(?:href|src|action|content|srcset)="(\/[^"]*)"/g;
  const onHost = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/[^\\s"'<>)\\]]*)`, 'g');
  let checked = 0;
  for (const file of textFiles()) {
    // iCalendar folds long lines (a CRLF and a space): unfolded before reading addresses.
    const text = fs.readFileSync(file, 'utf8').replace(/\r?\n[ \t]/g, '');
    for (const match of [...text.matchAll(rootRelative), ...text.matchAll(onHost)]) {
      checked += 1;
      const url = match[1]!;
      if (url.startsWith('//')) continue;
      // Outside it, or under it twice (/rollout/rollout/: a path given the base path once too often).
      if ((url !== basePath && !url.startsWith(`${basePath}/`)) || url.startsWith(`${basePath}${basePath}/`)) outside.push(`${path.relative(out, file)}: ${url}`);
    }
  }
  for (const line of outside.slice(0, 20)) console.error(`  not once under ${basePath}/: ${line}`);
  console.log(`${outside.length === 0 ? '✔' : '✖'} base path: ${checked} URLs of the site checked, ${outside.length} not once under ${basePath}/`);
  return outside.length;
}

type Node = DefaultTreeAdapterMap['node'];
/** Attributes whose value a page can show: image text, placeholders, button values, tooltips. */
const shownAttributes = new Set(['alt', 'placeholder', 'value', 'title']);

/** The text a page shows (its text and shown attributes, not its scripts or styles). */
function shownText(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (node.nodeName === 'script' || node.nodeName === 'style') return '';
  const attributes = 'attrs' in node ? node.attrs.filter((a) => shownAttributes.has(a.name)).map((a) => a.value) : [];
  const children = 'childNodes' in node ? node.childNodes.map(shownText) : [];
  return [...attributes, ...children].join(' ');
}

/**
 * The font subsets (scripts/subset-fonts.mjs) keep the characters French and English need; the
 * unit test checks the messages, content and components, this the pages as built (dates and
 * numbers Intl wrote, entities in Markdown, text from lib/).
 */
async function checkCharacters(): Promise<number> {
  // Imported when used: the script also runs as `node scripts/subset-fonts.mjs` (top-level await).
  const kept = new Set((await import('./subset-fonts.mjs')).characters);
  const missing = new Map<string, string>();
  for (const file of htmlFiles()) {
    for (const c of shownText(parse(fs.readFileSync(file, 'utf8')))) {
      if (c >= ' ' && !kept.has(c) && !missing.has(c)) missing.set(c, path.relative(out, file));
    }
  }
  for (const [c, file] of missing) console.error(`  not in the font subsets: ${c} U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (${file}): add it to ranges in scripts/subset-fonts.mjs, then npm run fonts`);
  console.log(`${missing.size === 0 ? '✔' : '✖'} fonts: every character the pages show is in the font subsets (${missing.size} missing)`);
  return missing.size;
}

async function main() {
  const errors = (await checkCharacters()) + (await validateHtml()) + (await checkLinks()) + checkBasePath();
  if (errors > 0) process.exit(1);
}

void main();
