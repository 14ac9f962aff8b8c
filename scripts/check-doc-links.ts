/**
 * npm run check:docs — every relative link in the project's guides (README.md, CONTRIBUTING.md,
 * docs/, content/*.md and each lib/ room's README) reaches a file or folder of the repository,
 * and, where it names an anchor (`file.md#section`, `#section`), a heading of that Markdown file
 * as GitHub renders it. tests/unit/doc-links.test.ts runs it in `npm test`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export type BrokenLink = { file: string; line: number; url: string; problem: string };

const parser = unified().use(remarkParse).use(remarkGfm);

const parse = (file: string): Root => parser.parse(fs.readFileSync(file, 'utf8')) as Root;

/** The guides a reader follows from the README, relative to `root`. */
export function guideFiles(root: string): string[] {
  const at = (...parts: string[]) => path.join(root, ...parts);
  const markdownIn = (folder: string, recursive: boolean) =>
    fs.existsSync(at(folder))
      ? fs
          .readdirSync(at(folder), { withFileTypes: true, recursive })
          .filter((d) => d.isFile() && d.name.endsWith('.md'))
          .map((d) => path.relative(root, path.join(d.parentPath, d.name)))
      : [];
  return [
    ...['README.md', 'CONTRIBUTING.md'].filter((f) => fs.existsSync(at(f))),
    ...markdownIn('docs', true),
    ...markdownIn('content', false),
    ...markdownIn('lib', true).filter((f) => path.basename(f) === 'README.md'),
  ].sort();
}

/** The anchors GitHub gives a Markdown file: its headings' slugs, and any HTML id or name. */
function anchorsOf(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(parse(file), (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
    if (node.type === 'html') {
      for (const match of node.value.matchAll(/\b(?:id|name)="([^"]+)"/g)) anchors.add(match[1]!);
    }
  });
  return anchors;
}

/** Links to another site, an e-mail address or a page of the running site are not checked. */
const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

/** A link's path as written on disk; a malformed escape is kept as written (and then not found). */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Every relative link of `files` (paths relative to `root`) that reaches nothing. */
export function findBrokenLinks(root: string, files: string[]): BrokenLink[] {
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(file));
    return anchorCache.get(file)!;
  };
  const broken: BrokenLink[] = [];
  for (const file of files) {
    const source = path.join(root, file);
    visit(parse(source), (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = node.url;
      if (!url || isExternal(url)) return;
      const report = (problem: string) => {
        broken.push({ file, line: node.position?.start.line ?? 0, url, problem });
      };
      const hashAt = url.indexOf('#');
      const target = decoded(hashAt === -1 ? url : url.slice(0, hashAt)).split('?')[0]!;
      const anchor = hashAt === -1 ? undefined : decoded(url.slice(hashAt + 1));
      const resolved = target === '' ? source : path.resolve(path.dirname(source), target);
      // (A visitor's return value steers the walk: report() is called, never returned.)
      if (path.relative(root, resolved).startsWith('..')) report('points outside the repository');
      else if (!fs.existsSync(resolved)) report('no such file or folder');
      else if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor)) {
        report(`no heading #${anchor} in ${path.relative(root, resolved)}`);
      }
    });
  }
  return broken;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.cwd();
  const files = guideFiles(root);
  const broken = findBrokenLinks(root, files);
  for (const link of broken) console.error(`  ${link.file}:${link.line}  ${link.url}  — ${link.problem}`);
  console.log(`${broken.length === 0 ? '✔' : '✖'} guides: ${files.length} Markdown files, ${broken.length} broken relative links`);
  process.exitCode = broken.length === 0 ? 0 : 1;
}
