/**
 * npm run check:output — every HTML file of out/ passes html-validate, and no internal link or
 * anchor is broken (linkinator, external links skipped: the build machine has no internet).
 * Part of `npm test`, after the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { LinkChecker } from 'linkinator';

const out = path.resolve('out');

async function validateHtml(): Promise<number> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = fs
    .readdirSync(out, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name));
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

async function main() {
  const errors = (await validateHtml()) + (await checkLinks());
  if (errors > 0) process.exit(1);
}

void main();
