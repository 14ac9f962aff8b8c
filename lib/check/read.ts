import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { documentKindNames, documentKinds, type DocumentFile, type DocumentKind, type DocumentKindName, fileNames, heldFieldsIn, languageFileName, languageOfFileName } from '../content/document-kinds';
import { withoutEmptyOptionalFields } from '../content/schemas/fields';
import { isLocale, type Locale } from '../i18n/locales';
import { checkText, type ContentProblem, explainIssue } from './problems';
import type { ContentSource, EntryType } from './source';

/**
 * The content check's reader: files → a typed corpus with line numbers. It walks the folders
 * the document-kind registry names, parses YAML and front matter, checks each file against its
 * schema and parses Markdown bodies into a syntax tree. It reports only what stops a file from
 * being read; every other check is a rule (lib/check/rules/).
 */

import { type LineOf, parseYaml } from './yaml';

export type { LineOf } from './yaml';

export type MarkdownBody = { text: string; startLine: number; tree: Root };

export type ParsedFile<T = unknown> = {
  /** The path shown in messages, e.g. content/memos/2022-09-22-x/index.en.md */
  file: string;
  /** The path inside the content folder, e.g. memos/2022-09-22-x/index.en.md */
  relative: string;
  name: string;
  locale?: Locale;
  data: T;
  lineOf: LineOf;
  body?: MarkdownBody;
};

export type ReadDocument = {
  kind: DocumentKindName;
  id: string;
  /** The document's folder (folder layout) or file (file layout), as shown in messages. */
  path: string;
  type: EntryType;
  /** Names found in a document folder, with what each is. */
  present: string[];
  presentTypes: Record<string, EntryType>;
  /** The files read and valid, by name. */
  files: Record<string, ParsedFile>;
  /** Markdown files whose front matter is invalid: their bodies are still checked. */
  invalidFrontMatter: ParsedFile<undefined>[];
};

export type CheckedCorpus = {
  label: string;
  documents: ReadDocument[];
  /** Problems that stopped a file from being read or from matching its schema. */
  problems: ContentProblem[];
  /** True when some file could not be read: rules that need every statement wait for the fix. */
  incomplete: boolean;
  /** Links found under the content, by path inside it: nothing behind them was read. */
  links: string[];
};

/** Splits a Markdown file into its YAML front matter and its body, keeping line numbers. */
export function splitFrontMatter(source: string): { yaml: string; body: string; bodyStartLine: number } | null {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(source);
  if (!match) return null;
  return { yaml: match[1], body: source.slice(match[0].length), bodyStartLine: match[0].split('\n').length };
}

/** Checks parsed data against its schema; each issue becomes a problem with its fix. */
function checkSchema(file: DocumentFile, data: unknown, lineOf: LineOf, shownFile: string, problems: ContentProblem[]): unknown {
  const result = file.schema.safeParse(withoutEmptyOptionalFields(file.schema, data ?? {}), { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const fieldPath = [...issue.path, ...(keys.length === 1 ? keys : [])] as (string | number)[];
    const field = fieldPath.map(String).join('.') || undefined;
    const { message, fix } = explainIssue(issue, field ?? checkText('schema.thisField'));
    problems.push({ file: shownFile, line: fieldPath.length > 0 ? lineOf(fieldPath) : undefined, field, message, fix });
  }
  return undefined;
}

const markdownParser = unified().use(remarkParse);

/** Files that operating systems and editors leave beside content: never content, never a problem. */
function ignoredName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || /^(Thumbs\.db|desktop\.ini)$/i.test(name);
}

/**
 * Documents the check does not read because of their name — a hidden folder (.draft) or an
 * editor's backup (memo~) that holds content — so that an author who put a memo there is told
 * it will not be published, rather than finding it missing.
 */
export function skippedDocuments(source: ContentSource): { path: string; reason: 'hidden' | 'backup' }[] {
  return documentKindNames.flatMap((kindName) => {
    const kind = documentKinds[kindName];
    return source
      .list(kind.folder)
      .filter((e) => (e.name.startsWith('.') || e.name.endsWith('~')) && (kind.layout === 'folder' ? e.type === 'directory' : /\.yaml~?$/.test(e.name)))
      .filter((e) => e.name !== '.' && e.name !== '..')
      .map((e) => ({ path: `${source.label}/${kind.folder}/${e.name}`, reason: e.name.startsWith('.') ? ('hidden' as const) : ('backup' as const) }));
  });
}

/** The largest content file the check reads: a memo is a few kilobytes; megabytes are a mistake. */
export const maxFileBytes = 512 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Limits that keep Markdown parsing fast on any input: no paragraph of a memo needs more. */
export const maxLineLength = 20_000;
export const maxLeadingMarkers = 100;

/** The first line that no author writes but that would make the Markdown parser slow or deep. */
function unparsableLine(body: string): { line: number; message: ReturnType<typeof checkText> } | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i].length > maxLineLength) return { line: i + 1, message: checkText('file.longLine', { length: lines[i].length, max: maxLineLength }) };
    const markers = /^[\s>*+\-]*/.exec(lines[i])![0].replace(/\s/g, '').length;
    if (markers > maxLeadingMarkers) return { line: i + 1, message: checkText('file.manyMarkers', { count: markers, max: maxLeadingMarkers }) };
  }
  return undefined;
}

/**
 * Characters that must never reach a page, a feed or a calendar: C0 controls other than tab and
 * line breaks (Word pastes vertical tabs and form feeds), DEL, C1 controls, and the invisible
 * direction overrides that can make a title read backwards.
 */
const forbiddenCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;

/** Text as authors' editors save it, read as plain text: no byte-order mark, every line ending "\n" (Windows, old Mac). */
export function editorText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The file's text as authors' editors save it, or the problem that stops it from being read. */
function decodeText(bytes: Buffer, shown: string, problems: ContentProblem[]): string | undefined {
  if (bytes.length > maxFileBytes) {
    problems.push({ file: shown, message: checkText('file.tooBig', { size: Math.round(bytes.length / 1024), max: maxFileBytes / 1024 }), fix: checkText('file.tooBigFix') });
    return undefined;
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    problems.push({ file: shown, message: checkText('file.notUtf8'), fix: checkText('file.notUtf8Fix') });
    return undefined;
  }
  text = editorText(text);
  const bad = forbiddenCharacter.exec(text);
  if (bad) {
    const code = `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const line = text.slice(0, bad.index).split('\n').length;
    const direction = /[\u202A-\u202E\u2066-\u2069]/.test(bad[0]);
    problems.push({
      file: shown,
      line,
      message: checkText(direction ? 'file.direction' : 'file.control', { code }),
      fix: checkText('file.controlFix'),
    });
    return undefined;
  }
  return text;
}

/**
 * Splits a front matter's fields into this file's own and those a kind holds in it (a memo's
 * facts in index.fr.md). In a language file that does not hold them, such a field is a problem
 * that names the file where it belongs, and is left out so it is not reported twice.
 */
function separateHeldFields(kind: DocumentKind, locale: string | undefined, data: unknown, lineOf: LineOf, shown: string, problems: ContentProblem[]) {
  const held = heldFieldsIn(kind, locale);
  const heldSomewhere = kind.files.find((f) => f.heldIn !== undefined);
  if (!heldSomewhere || !data || typeof data !== 'object' || Array.isArray(data)) return { own: data, held, heldData: undefined };
  const keys = new Set(Object.keys(heldSomewhere.schema.shape));
  const entries = Object.entries(data as Record<string, unknown>);
  const own = Object.fromEntries(entries.filter(([key]) => !keys.has(key)));
  const heldData = Object.fromEntries(entries.filter(([key]) => keys.has(key)));
  if (!held) {
    for (const key of Object.keys(heldData)) {
      problems.push({ file: shown, line: lineOf([key]), field: key, message: checkText('file.heldElsewhere', { name: languageFileName(heldSomewhere.heldIn!) }), fix: checkText('file.heldElsewhereFix', { name: languageFileName(heldSomewhere.heldIn!), marker: '---' }) });
    }
  }
  return { own, held, heldData: held ? heldData : undefined };
}

function readFile(source: ContentSource, relative: string, kind: DocumentKind, file: DocumentFile, name: string, problems: ContentProblem[]): (ParsedFile<unknown> & { held?: ParsedFile<unknown> | null }) | undefined {
  const shown = `${source.label}/${relative}`;
  const text = decodeText(source.read(relative), shown, problems);
  if (text === undefined) return undefined;
  const locale = file.name === 'per-language' ? languageOfFileName(name) : undefined;
  if (file.format === 'yaml') {
    const parsed = parseYaml(text, shown, problems);
    if (!parsed) return undefined;
    const data = checkSchema(file, parsed.data, parsed.lineOf, shown, problems);
    return data === undefined ? undefined : { file: shown, relative, name, data, lineOf: parsed.lineOf };
  }
  const parts = splitFrontMatter(text);
  if (!parts) {
    problems.push({ file: shown, line: 1, message: checkText('file.noFrontMatter'), fix: checkText('file.noFrontMatterFix') });
    return undefined;
  }
  const parsed = parseYaml(parts.yaml, shown, problems, 1);
  const lineOf = parsed?.lineOf ?? (() => undefined);
  const { own, held, heldData } = separateHeldFields(kind, locale, parsed?.data, lineOf, shown, problems);
  const data = parsed ? checkSchema(file, own, lineOf, shown, problems) : undefined;
  // The fields held here, as a file of their own for the rules (null: held here but invalid or unreadable).
  const heldValid = held && heldData !== undefined ? checkSchema(held, heldData, lineOf, shown, problems) : undefined;
  const heldFile = held ? (heldValid === undefined ? null : { file: shown, relative, name: held.name, data: heldValid, lineOf }) : undefined;
  const unparsable = unparsableLine(parts.body);
  if (unparsable) {
    problems.push({ file: shown, line: parts.bodyStartLine + unparsable.line - 1, field: 'body', message: unparsable.message, fix: checkText('file.unparsableFix') });
    return { file: shown, relative, name, data: undefined, lineOf: () => undefined, held: held ? null : undefined };
  }
  const body = { text: parts.body, startLine: parts.bodyStartLine, tree: markdownParser.parse(parts.body) as Root };
  // An invalid front matter still has a body to check: `data` stays undefined.
  return { file: shown, relative, name, locale: locale && isLocale(locale) ? locale : undefined, data, lineOf, body, held: heldFile };
}

/** A document as the folder walk finds it, before any file is read. */
export type ListedDocument = Omit<ReadDocument, 'files' | 'invalidFrontMatter'> & {
  /** The registry's files present in it, by path inside the content folder. */
  files: { relative: string; name: string; file: DocumentFile }[];
};

/**
 * The folder walk alone: every document of every kind the registry names, with the files of
 * the registry it holds, without reading them (the build copies them for Contentlayer while
 * the check reads them).
 */
export function listDocuments(source: ContentSource): ListedDocument[] {
  const documents: ListedDocument[] = [];
  for (const kindName of documentKindNames) {
    const kind = documentKinds[kindName];
    for (const entry of source.list(kind.folder).filter((e) => !ignoredName(e.name))) {
      const relative = `${kind.folder}/${entry.name}`;
      const id = kind.layout === 'file' ? entry.name.replace(/\.yaml$/, '') : entry.name;
      const doc: ListedDocument = { kind: kindName, id, path: `${source.label}/${relative}`, type: entry.type, present: [], presentTypes: {}, files: [] };
      documents.push(doc);
      if (kind.layout === 'file') {
        if (entry.type === 'file' && entry.name.endsWith('.yaml')) doc.files.push({ relative, name: entry.name, file: kind.files[0] });
      } else if (entry.type === 'directory') {
        const inside = source.list(relative).filter((e) => !ignoredName(e.name));
        doc.present = inside.map((e) => e.name);
        doc.presentTypes = Object.fromEntries(inside.map((e) => [e.name, e.type]));
        for (const file of kind.files as readonly DocumentFile[]) {
          for (const name of fileNames(file)) {
            if (inside.some((e) => e.name === name && e.type === 'file')) doc.files.push({ relative: `${relative}/${name}`, name, file });
          }
        }
      }
    }
  }
  return documents;
}

/** Reads every document of every kind the registry names. */
export function readCorpus(source: ContentSource): CheckedCorpus {
  const problems: ContentProblem[] = [];
  // A link could point anywhere — outside the repository, to /etc, or nowhere — so content is
  // plain files and folders: each link is reported once, and nothing behind it is read.
  const links = source.links();
  for (const link of links) problems.push({ file: `${source.label}/${link}`, message: checkText('file.link'), fix: checkText('file.linkFix') });
  let incomplete = links.length > 0;
  const documents = listDocuments(source).map(({ files, ...listed }): ReadDocument => {
    const doc: ReadDocument = { ...listed, files: {}, invalidFrontMatter: [] };
    for (const { relative: path, name, file } of files) {
      let parsed: ReturnType<typeof readFile>;
      try {
        parsed = readFile(source, path, documentKinds[listed.kind], file, name, problems);
      } catch {
        // Whatever a file holds, the author gets a message, never a stack trace.
        problems.push({ file: `${source.label}/${path}`, message: checkText('file.unreadable'), fix: checkText('file.unreadableFix') });
      }
      if (parsed?.held) doc.files[parsed.held.name] = parsed.held;
      else if (parsed?.held === null) incomplete = true;
      if (parsed) delete parsed.held;
      if (parsed?.data !== undefined) doc.files[name] = parsed;
      else {
        incomplete = true;
        if (parsed?.body) doc.invalidFrontMatter.push(parsed as ParsedFile<undefined>);
      }
    }
    return doc;
  });
  return { label: source.label, documents, problems, incomplete, links };
}
