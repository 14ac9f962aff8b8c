/**
 * npm run check:output — every HTML file of out/ passes html-validate, no internal link or
 * anchor is broken (linkinator, external links skipped: the build machine has no internet), and
 * the fonts have every character the pages show. Part of `npm test`, after the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

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

async function checkLinks(): Promise<number> {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: out,
    recurse: true,
    checkFragments: true,
    // Only this site's own pages; anything absolute points elsewhere (or at SITE_URL).
    linksToSkip: ['^https?://(?!localhost:\\d+/)', '^mailto:', '^https?://localhost:3000/'],
  });
  const broken = result.links.filter((link) => link.state === 'BROKEN');
  for (const link of broken) console.error(`  broken: ${link.url} (status ${link.status}) on ${link.parent}`);
  console.log(`${broken.length === 0 ? '✔' : '✖'} links: ${result.links.filter((l) => l.state === 'OK').length} internal links and anchors checked, ${broken.length} broken`);
  return broken.length;
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
  const errors = (await checkCharacters()) + (await validateHtml()) + (await checkLinks());
  if (errors > 0) process.exit(1);
}

void main();
