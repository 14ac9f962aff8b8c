import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  isoDay,
  kebabId,
  memoTextSchema,
  memoYamlSchema,
  pageTextSchema,
  referenceYamlSchema,
  regionYamlSchema,
  senderYamlSchema,
  type Statement,
} from './content-schema';
import { periodBounds } from './dates';
import { type Locale, locales } from './i18n/locales';
import { pathFor, sectionSlugs } from './routes';

/** One thing wrong in the content, said so that a non-developer can fix it. */
export type ContentProblem = {
  /** Path relative to the working directory, e.g. content/memos/2022-09-22-x/memo.yaml */
  file: string;
  line?: number;
  field?: string;
  message: string;
  fix: string;
};

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` — field "${p.field}"` : '';
  return `${where}${field}: ${p.message}\n    Fix: ${p.fix}`;
}

type ParsedYaml = { data: unknown; lineOf: (path: string | (string | number)[]) => number | undefined };

const memoIdPattern = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const languageFiles = locales.map((l) => `${l}.md`);

/** Splits a Markdown file into its YAML front matter and its body, keeping line numbers. */
function splitFrontMatter(source: string): { yaml: string; body: string; bodyStartLine: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return null;
  return { yaml: match[1], body: source.slice(match[0].length), bodyStartLine: match[0].split('\n').length };
}

function parseYaml(text: string, file: string, problems: ContentProblem[], lineOffset = 0): ParsedYaml | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = lineCounter.linePos(error.pos[0]).line + lineOffset;
      problems.push({
        file,
        line,
        message: `the YAML cannot be read (${error.code.toLowerCase().replace(/_/g, ' ')}): ${error.message.split('\n')[0]}`,
        fix: 'check the indentation and quoting on this line; put text containing ":" or "#" in double quotes.',
      });
    }
    return null;
  }
  // The line of the deepest node that exists on the path (a missing field points at its parent).
  const lineOf = (path: string | (string | number)[]) => {
    const keys = typeof path === 'string' ? [path] : path;
    let node: unknown = doc.contents;
    let offset: number | undefined;
    for (const key of keys) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        offset = (node as { range?: [number] }).range?.[0] ?? offset;
      } else break;
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
  };
  return { data: doc.toJS(), lineOf };
}

/** Schema types in words for content authors. */
const kindInWords: Record<string, string> = {
  array: 'a list (one "- item" per line, or [a, b])',
  string: 'text',
  number: 'a number',
  object: 'a group of fields',
  boolean: 'true or false',
};

function describeInput(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'nothing';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return 'text';
  return typeof input === 'number' ? 'a number' : String(typeof input);
}

/** Explains how to fix a schema issue, in words for content authors. */
function fixFor(issue: z.core.$ZodIssue, field: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `add the field "${field}" (see content/README.md for an example).`
        : `write "${field}" as ${kindInWords[issue.expected] ?? issue.expected}.`;
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed fields are listed in content/README.md.`;
    case 'invalid_format':
      if (issue.message.includes('lowercase')) return 'use lowercase letters, digits and hyphens only, e.g. "phase-2-update".';
      if (issue.message.includes('YYYY')) return 'write the date as YYYY-MM-DD, for example 2022-09-22.';
      return `write "${field}" in the expected format (${issue.format === 'url' ? 'a full address starting with https://' : issue.format}).`;
    case 'too_small':
      return `fill in "${field}".`;
    case 'too_big':
      return `shorten "${field}".`;
    case 'custom': {
      const fix = (issue.params as { fix?: string } | undefined)?.fix;
      if (fix) return fix;
    }
    // falls through
    default:
      if (issue.message.includes('calendar day')) return 'write a date that exists on the calendar, as YYYY-MM-DD.';
      if (issue.message.includes('YYYY-MM-DD')) return 'write the date as YYYY-MM-DD, for example 2022-09-22.';
      if (issue.message.includes('lowercase')) return 'use lowercase letters, digits and hyphens only, e.g. "my-memo-2024".';
      return `correct "${field}".`;
  }
}

function checkAgainstSchema<T>(
  schema: z.ZodType<T>,
  parsed: ParsedYaml,
  file: string,
  problems: ContentProblem[],
): T | null {
  const result = schema.safeParse(parsed.data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const fieldPath = [...issue.path, ...(keys.length === 1 ? keys : [])] as (string | number)[];
    const field = fieldPath.map(String).join('.') || undefined;
    const value =
      issue.code === 'invalid_type'
        ? issue.input === undefined
          ? 'is missing'
          : `should be ${kindInWords[issue.expected] ?? issue.expected}, not ${describeInput(issue.input)}`
        : issue.code === 'unrecognized_keys'
          ? 'is not a field of this file'
          : issue.message;
    problems.push({
      file,
      line: fieldPath.length > 0 ? parsed.lineOf(fieldPath) : undefined,
      field,
      message: issue.code === 'invalid_value' ? `"${String(issue.input)}" is not allowed` : value,
      fix: fixFor(issue, field ?? 'this field'),
    });
  }
  return null;
}

/** Raw HTML that must never reach a page, whatever the sanitizer would do with it. */
const forbiddenHtml: { pattern: RegExp; what: string }[] = [
  { pattern: /<\s*script\b/i, what: 'a <script> tag' },
  { pattern: /<\s*iframe\b/i, what: 'an <iframe> tag' },
  { pattern: /<\s*(object|embed)\b/i, what: 'an <object> or <embed> tag' },
  { pattern: /<[^>]*\son[a-z]+\s*=/i, what: 'an event-handler attribute (on…=)' },
  { pattern: /javascript\s*:/i, what: 'a "javascript:" URL' },
];

/** The days a source can date from: its own date (a whole month or year when it gives no day), or the day it was consulted. */
type SourceDates = { from: string; to: string; what: string };

/**
 * A status must fit the source's own date: a source reports as done only what had happened by
 * the time it spoke, and announces as planned only what was still to come.
 */
function checkStatementStatus(statement: Statement, source: SourceDates, where: Pick<ContentProblem, 'file' | 'line' | 'field'>, problems: ContentProblem[]) {
  const begins = statement.start ?? (statement.precision?.startsWith('by-') ? undefined : statement.date);
  const ends = statement.end ?? statement.date;
  if (statement.status === 'confirmed' && begins && periodBounds(begins).first > source.to) {
    problems.push({
      ...where,
      message: `is "confirmed" for ${begins}, after the source itself (${source.what}): a source cannot report what had not yet happened`,
      fix: 'write status: planned — the source announces it for later. A later source that reports it happened will confirm it.',
    });
  }
  if (statement.status === 'planned' && ends && periodBounds(ends).last < source.from) {
    problems.push({
      ...where,
      message: `is "planned" for ${ends}, before the source itself (${source.what})`,
      fix: 'a source that tells what already happened confirms it: write status: confirmed, or check the date.',
    });
  }
}

type InternalLink = { href: string; file: string; line: number };

/** Links to pages of this site, written as root-relative paths: checked once every page is known. */
function internalLinks(body: string, bodyStartLine: number, file: string): InternalLink[] {
  return body.split('\n').flatMap((text, index) =>
    [...text.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => ({ href: m[1] ?? m[2], file, line: bodyStartLine + index })),
  );
}

function checkBody(body: string, bodyStartLine: number, file: string, problems: ContentProblem[]) {
  body.split('\n').forEach((text, index) => {
    for (const { pattern, what } of forbiddenHtml) {
      if (pattern.test(text)) {
        problems.push({
          file,
          line: bodyStartLine + index,
          field: 'body',
          message: `contains ${what}, which is not allowed in content`,
          fix: 'remove it; write plain Markdown (links as [text](https://…)).',
        });
      }
    }
  });
}

function readMarkdown<T>(
  schema: z.ZodType<T>,
  absolute: string,
  file: string,
  problems: ContentProblem[],
  links: InternalLink[],
): T | null {
  const source = fs.readFileSync(absolute, 'utf8');
  const parts = splitFrontMatter(source);
  if (!parts) {
    problems.push({
      file,
      line: 1,
      message: 'has no front matter',
      fix: 'start the file with a "---" line, the fields (title, slug, …), and another "---" line.',
    });
    return null;
  }
  checkBody(parts.body, parts.bodyStartLine, file, problems);
  if (parts.body.replace(/<!--[\s\S]*?-->/g, '').trim() === '') {
    problems.push({
      file,
      line: parts.bodyStartLine,
      field: 'body',
      message: 'is empty',
      fix: 'write the text below the front matter (the second "---" line).',
    });
  }
  links.push(...internalLinks(parts.body, parts.bodyStartLine, file));
  const parsed = parseYaml(parts.yaml, file, problems, 1);
  return parsed ? checkAgainstSchema(schema, parsed, file, problems) : null;
}

function readYamlFile<T>(schema: z.ZodType<T>, absolute: string, file: string, problems: ContentProblem[]): T | null {
  const parsed = parseYaml(fs.readFileSync(absolute, 'utf8'), file, problems);
  return parsed ? checkAgainstSchema(schema, parsed, file, problems) : null;
}

function listDir(dir: string): fs.Dirent[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)) : [];
}

/** Checks the folder of a bilingual document: exactly one Markdown file per language. */
function checkLanguageFiles(dir: string, rel: string, allowed: string[], problems: ContentProblem[]): string[] {
  const present = listDir(dir).map((d) => d.name);
  for (const name of present) {
    if (!allowed.includes(name)) {
      const isLanguage = /^[a-z]{2}(-[a-z]+)?\.md$/i.test(name);
      problems.push({
        file: `${rel}/${name}`,
        field: isLanguage ? 'language' : undefined,
        message: isLanguage
          ? `"${name.replace(/\.md$/, '')}" is not a language of this site`
          : 'is not a file this folder may contain',
        fix: isLanguage
          ? `the site publishes ${locales.join(' and ')} only: rename the file to ${languageFiles.join(' or ')}, or remove it.`
          : `keep only ${allowed.join(', ')} in this folder.`,
      });
    }
  }
  for (const name of allowed) {
    if (!present.includes(name)) {
      const language = name.endsWith('.md') ? name.replace(/\.md$/, '') : undefined;
      problems.push({
        file: `${rel}/${name}`,
        field: language ? 'language' : undefined,
        message: language ? `is missing: every document is published in both languages` : 'is missing',
        fix: language
          ? `add ${name} with the ${language === 'fr' ? 'French' : 'English'} version (npm run new:memo scaffolds both).`
          : `add ${name} (see content/README.md).`,
      });
    }
  }
  return allowed.filter((name) => present.includes(name));
}

type SlugUse = { slug: string; file: string };

function reportDuplicateSlugs(uses: SlugUse[], problems: ContentProblem[]) {
  const byslug = new Map<string, SlugUse[]>();
  for (const use of uses) byslug.set(use.slug, [...(byslug.get(use.slug) ?? []), use]);
  for (const [slug, same] of byslug) {
    if (same.length < 2) continue;
    for (const use of same) {
      problems.push({
        file: use.file,
        field: 'slug',
        message: `"${slug}" is also the slug of ${same.filter((u) => u !== use).map((u) => u.file).join(', ')}`,
        fix: 'give each document its own slug in this language; slugs become URLs and must be unique.',
      });
    }
  }
}

/**
 * Validates everything under a content folder and returns every problem found (not just the
 * first), so staff can fix them all in one pass. An empty list means the content may be built.
 */
export function checkContent(contentDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const links: InternalLink[] = [];
  // Every page the content will produce, to check internal links against.
  const pages = new Set<string>(
    locales.flatMap((l) => (['home', 'memoIndex', 'regionIndex', 'rollout', 'search'] as const).map((kind) => pathFor({ kind }, l))),
  );
  const relRoot = path.relative(process.cwd(), contentDir) || '.';
  const rel = (...parts: string[]) => path.posix.join(relRoot.split(path.sep).join('/'), ...parts);

  // Senders, referenced by memos.
  const senders = new Set<string>();
  for (const entry of listDir(path.join(contentDir, 'senders'))) {
    const file = rel('senders', entry.name);
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) {
      problems.push({ file, message: 'is not a sender file', fix: 'senders are files named <id>.yaml.' });
      continue;
    }
    const id = entry.name.replace(/\.yaml$/, '');
    if (!kebabId.safeParse(id).success) {
      problems.push({ file, message: `"${id}" is not a valid sender id`, fix: 'name the file in lowercase with hyphens, e.g. jody-young.yaml.' });
    }
    if (readYamlFile(senderYamlSchema, path.join(contentDir, 'senders', entry.name), file, problems)) senders.add(id);
  }

  // Regions: content/regions/<id>/region.yaml.
  const regions = new Map<string, { phase: string; file: string; line?: number }>();
  const regionSlugs: Record<string, SlugUse[]> = Object.fromEntries(locales.map((l) => [l, []]));
  for (const entry of listDir(path.join(contentDir, 'regions'))) {
    const folder = rel('regions', entry.name);
    if (!entry.isDirectory() || !kebabId.safeParse(entry.name).success) {
      problems.push({ file: folder, message: 'is not a region folder', fix: 'each region is a folder content/regions/<kebab-case-id>/ holding region.yaml.' });
      continue;
    }
    const dir = path.join(contentDir, 'regions', entry.name);
    if (!checkLanguageFiles(dir, folder, ['region.yaml'], problems).includes('region.yaml')) continue;
    const file = `${folder}/region.yaml`;
    const parsed = parseYaml(fs.readFileSync(path.join(dir, 'region.yaml'), 'utf8'), file, problems);
    const region = parsed ? checkAgainstSchema(regionYamlSchema, parsed, file, problems) : null;
    if (!region || !parsed) continue;
    regions.set(entry.name, { phase: region.phase, file, line: parsed.lineOf('phase') });
    for (const locale of locales) {
      regionSlugs[locale].push({ slug: region.slugs[locale], file });
      pages.add(pathFor({ kind: 'region', slugs: region.slugs }, locale));
    }
  }
  for (const uses of Object.values(regionSlugs)) reportDuplicateSlugs(uses, problems);

  // Every statement, wherever it is written, is checked against the regions.
  const statementsSeen: { statement: Statement; file: string; lineOf: ParsedYaml['lineOf']; index: number }[] = [];
  // When a file with statements cannot be read, checks that need all statements are skipped:
  // its own error is the one to fix first.
  let someStatementsUnread = false;
  const checkStatementRegions = (statements: Statement[], file: string, lineOf: ParsedYaml['lineOf'], sourceDates: SourceDates) => {
    statements.forEach((statement, index) => {
      statementsSeen.push({ statement, file, lineOf, index });
      checkStatementStatus(statement, sourceDates, { file, line: lineOf(['statements', index, 'status']), field: `statements.${index}.status` }, problems);
      statement.regions.forEach((region, r) => {
        if (!regions.has(region)) {
          problems.push({
            file,
            line: lineOf(['statements', index, 'regions', r]),
            field: `statements.${index}.regions`,
            message: `"${region}" is not a known region`,
            fix: `use a folder name from content/regions/: ${[...regions.keys()].join(', ')}.`,
          });
        }
      });
    });
  };

  // External references: content/references/<id>.yaml.
  for (const entry of listDir(path.join(contentDir, 'references'))) {
    const file = rel('references', entry.name);
    if (!entry.isFile() || !entry.name.endsWith('.yaml') || !kebabId.safeParse(entry.name.replace(/\.yaml$/, '')).success) {
      problems.push({ file, message: 'is not a reference file', fix: 'references are files named <kebab-case-id>.yaml.' });
      continue;
    }
    const parsed = parseYaml(fs.readFileSync(path.join(contentDir, 'references', entry.name), 'utf8'), file, problems);
    const reference = parsed ? checkAgainstSchema(referenceYamlSchema, parsed, file, problems) : null;
    if (reference && parsed) {
      const published = reference.published === undefined ? undefined : periodBounds(String(reference.published));
      const sourceDates = { from: published?.first ?? reference.consulted!, to: published?.last ?? reference.consulted!, what: published ? `published ${reference.published}` : `consulted ${reference.consulted}` };
      checkStatementRegions(reference.statements, file, parsed.lineOf, sourceDates);
    }
    else someStatementsUnread = true;
  }

  // Memos.
  const memoSlugs: Record<string, SlugUse[]> = Object.fromEntries(locales.map((l) => [l, []]));
  for (const entry of listDir(path.join(contentDir, 'memos'))) {
    const folder = rel('memos', entry.name);
    if (!entry.isDirectory()) {
      problems.push({ file: folder, message: 'is a file where a memo folder was expected', fix: 'each memo is a folder content/memos/<YYYY-MM-DD-short-name>/.' });
      continue;
    }
    const idMatch = memoIdPattern.exec(entry.name);
    if (!idMatch) {
      problems.push({
        file: folder,
        message: `"${entry.name}" is not a valid memo folder name`,
        fix: 'name it YYYY-MM-DD-short-english-name, e.g. 2022-09-22-catchment-phasing-update.',
      });
    }
    const dir = path.join(contentDir, 'memos', entry.name);
    const files = checkLanguageFiles(dir, folder, ['memo.yaml', ...languageFiles], problems);
    if (files.includes('memo.yaml')) {
      const file = `${folder}/memo.yaml`;
      const parsed = parseYaml(fs.readFileSync(path.join(dir, 'memo.yaml'), 'utf8'), file, problems);
      const memo = parsed ? checkAgainstSchema(memoYamlSchema, parsed, file, problems) : null;
      if (!memo) someStatementsUnread = true;
      if (memo && parsed) {
        if (idMatch && isoDay.safeParse(idMatch[1]).success && idMatch[1] !== memo.date) {
          problems.push({
            file,
            line: parsed.lineOf('date'),
            field: 'date',
            message: `${memo.date} differs from the date in the folder name (${idMatch[1]})`,
            fix: 'make the folder name start with the memo date; published ids never change, so fix the date if the folder is already public.',
          });
        }
        // The scaffold writes these fields commented out, with a placeholder address.
        const placeholders = [
          ...memo.originalDocuments.map((document, d) => ({ url: document.url, path: ['originalDocuments', d, 'url'], fix: "put the address at which the ministry published this memo itself, or remove the entry if it is not known." })),
          ...memo.printedAddresses.map((address, a) => ({ url: address.url, path: ['printedAddresses', a, 'url'], fix: 'copy the address exactly as it is printed in the memo, or remove the entry.' })),
        ];
        for (const { url, path: fieldPath, fix } of placeholders) {
          if (url.includes('replace-with-the-address')) {
            problems.push({
              file,
              line: parsed.lineOf(fieldPath),
              field: fieldPath.join('.'),
              message: 'is still the placeholder from npm run new:memo',
              fix,
            });
          }
        }
        if (!senders.has(memo.sender)) {
          problems.push({
            file,
            line: parsed.lineOf('sender'),
            field: 'sender',
            message: `no sender "${memo.sender}" in content/senders/`,
            fix: `add content/senders/${memo.sender}.yaml, or use one of: ${[...senders].join(', ') || '(none yet)'}.`,
          });
        }
        checkStatementRegions(memo.statements, file, parsed.lineOf, { from: memo.date, to: memo.date, what: `dated ${memo.date}` });
        memo.changes.forEach((change, c) => {
          if (change.date < memo.date) {
            problems.push({
              file,
              line: parsed.lineOf(['changes', c, 'date']),
              field: `changes.${c}.date`,
              message: `${change.date} is before the memo's own date (${memo.date})`,
              fix: 'a change note records a change made after publication: check its date.',
            });
          }
        });
        memo.regions.forEach((region, r) => {
          if (!regions.has(region)) {
            problems.push({
              file,
              line: parsed.lineOf(['regions', r]),
              field: 'regions',
              message: `"${region}" is not a known region`,
              fix: `use a folder name from content/regions/: ${[...regions.keys()].join(', ')}.`,
            });
          }
        });
        if (memo.translatedForSite.includes(memo.originalLanguage)) {
          problems.push({
            file,
            line: parsed.lineOf('translatedForSite'),
            field: 'translatedForSite',
            message: `lists ${memo.originalLanguage}, the memo's original language`,
            fix: 'list only the languages this site translated the memo into.',
          });
        }
      }
    }
    for (const name of languageFiles.filter((n) => files.includes(n))) {
      const file = `${folder}/${name}`;
      const text = readMarkdown(memoTextSchema, path.join(dir, name), file, problems, links);
      const locale = name.replace(/\.md$/, '') as Locale;
      if (text) {
        memoSlugs[locale].push({ slug: text.slug, file });
        pages.add(`/${locale}/${sectionSlugs.memos[locale]}/${text.slug}/`);
      }
    }
  }
  for (const uses of Object.values(memoSlugs)) reportDuplicateSlugs(uses, problems);

  // Standalone pages (about, accessibility …), served at /<locale>/<slug>/.
  const pageSlugs: Record<string, SlugUse[]> = Object.fromEntries(locales.map((l) => [l, []]));
  for (const entry of listDir(path.join(contentDir, 'pages'))) {
    const folder = rel('pages', entry.name);
    if (!entry.isDirectory()) {
      problems.push({ file: folder, message: 'is a file where a page folder was expected', fix: 'each page is a folder content/pages/<id>/ with en.md and fr.md.' });
      continue;
    }
    const dir = path.join(contentDir, 'pages', entry.name);
    for (const name of checkLanguageFiles(dir, folder, languageFiles, problems)) {
      const file = `${folder}/${name}`;
      const text = readMarkdown(pageTextSchema, path.join(dir, name), file, problems, links);
      if (!text) continue;
      const locale = name.replace(/\.md$/, '') as Locale;
      pages.add(`/${locale}/${text.slug}/`);
      const reserved: string[] = Object.values(sectionSlugs).map((s) => s[locale]);
      if (reserved.includes(text.slug)) {
        problems.push({
          file,
          field: 'slug',
          message: `"${text.slug}" is the name of a section of the site`,
          fix: `choose another slug; ${reserved.join(', ')} are taken.`,
        });
      }
      pageSlugs[locale].push({ slug: text.slug, file });
    }
  }
  for (const uses of Object.values(pageSlugs)) reportDuplicateSlugs(uses, problems);

  // A region's phase is a fact like any other: some statement must give it.
  for (const [id, region] of someStatementsUnread ? [] : regions) {
    const supported = statementsSeen.some(
      ({ statement }) => statement.milestone === 'phase-assigned' && statement.phase === region.phase && statement.regions.includes(id),
    );
    if (!supported) {
      problems.push({
        file: region.file,
        line: region.line,
        field: 'phase',
        message: `no statement in a memo or reference says this region is in ${region.phase}`,
        fix: `add a phase-assigned statement (phase: ${region.phase}) to the memo or reference that says so, or correct the phase.`,
      });
    }
  }

  for (const link of links) {
    const target = link.href.split(/[?#]/)[0];
    const known = pages.has(target) || pages.has(`${target}/`) || /\.(xml|ics|pdf)$/.test(target);
    if (!known) {
      problems.push({
        file: link.file,
        line: link.line,
        field: 'body',
        message: `links to ${link.href}, which is not a page of this site`,
        fix: `correct the link; pages end with "/" and start with /en/ or /fr/ (e.g. ${pathFor({ kind: 'memoIndex' }, 'en')}).`,
      });
    }
  }

  return problems;
}
