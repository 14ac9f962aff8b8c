import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { documentKindNames, documentKinds, type DocumentFile, type DocumentKindName, fileNames } from '../document-kinds';
import { isLocale, type Locale } from '../i18n/locales';
import { type ContentProblem, explainIssue } from './problems';
import type { ContentSource, EntryType } from './source';

/**
 * The content check's reader: files → a typed corpus with line numbers. It walks the folders
 * the document-kind registry names, parses YAML and front matter, checks each file against its
 * schema and parses Markdown bodies into a syntax tree. It reports only what stops a file from
 * being read; every other check is a rule (lib/check/rules/).
 */

export type LineOf = (path: string | (string | number)[]) => number | undefined;

export type MarkdownBody = { text: string; startLine: number; tree: Root };

export type ParsedFile<T = unknown> = {
  /** The path shown in messages, e.g. content/memos/2022-09-22-x/en.md */
  file: string;
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
  /** Names found in a document folder. */
  present: string[];
  /** The files read and valid, by name. */
  files: Record<string, ParsedFile>;
  /** Markdown files whose front matter is invalid: their bodies are still checked. */
  invalidFrontMatter: ParsedFile<undefined>[];
};

export type Corpus = {
  label: string;
  documents: ReadDocument[];
  /** Problems that stopped a file from being read or from matching its schema. */
  problems: ContentProblem[];
  /** True when some file could not be read: rules that need every statement wait for the fix. */
  incomplete: boolean;
};

/** Splits a Markdown file into its YAML front matter and its body, keeping line numbers. */
function splitFrontMatter(source: string): { yaml: string; body: string; bodyStartLine: number } | null {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(source);
  if (!match) return null;
  return { yaml: match[1], body: source.slice(match[0].length), bodyStartLine: match[0].split('\n').length };
}

function parseYaml(text: string, file: string, problems: ContentProblem[], lineOffset = 0): { data: unknown; lineOf: LineOf } | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        file,
        line: lineCounter.linePos(error.pos[0]).line + lineOffset,
        message: `the YAML cannot be read (${error.code.toLowerCase().replace(/_/g, ' ')}): ${error.message.split('\n')[0]}`,
        fix: 'check the indentation and quoting on this line; put text containing ":" or "#" in double quotes.',
      });
    }
    return null;
  }
  // The line of the deepest node that exists on the path (a missing field points at its parent).
  const lineOf: LineOf = (path) => {
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

/** Checks parsed data against its schema; each issue becomes a problem with its fix. */
function checkSchema(file: DocumentFile, data: unknown, lineOf: LineOf, shownFile: string, problems: ContentProblem[]): unknown {
  const result = file.schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const fieldPath = [...issue.path, ...(keys.length === 1 ? keys : [])] as (string | number)[];
    const field = fieldPath.map(String).join('.') || undefined;
    const { message, fix } = explainIssue(issue, field ?? 'this field');
    problems.push({ file: shownFile, line: fieldPath.length > 0 ? lineOf(fieldPath) : undefined, field, message, fix });
  }
  return undefined;
}

const markdownParser = unified().use(remarkParse);

function readFile(source: ContentSource, relative: string, file: DocumentFile, name: string, problems: ContentProblem[]): ParsedFile<unknown> | undefined {
  const shown = `${source.label}/${relative}`;
  // Authors' editors save a byte-order mark and Windows line endings: read both as plain text.
  const text = source.read(relative).toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const locale = file.name === 'per-language' ? name.replace(/\.md$/, '') : undefined;
  if (file.format === 'yaml') {
    const parsed = parseYaml(text, shown, problems);
    if (!parsed) return undefined;
    const data = checkSchema(file, parsed.data, parsed.lineOf, shown, problems);
    return data === undefined ? undefined : { file: shown, name, data, lineOf: parsed.lineOf };
  }
  const parts = splitFrontMatter(text);
  if (!parts) {
    problems.push({ file: shown, line: 1, message: 'has no front matter', fix: 'start the file with a "---" line, the fields (title, slug, …), and another "---" line.' });
    return undefined;
  }
  const parsed = parseYaml(parts.yaml, shown, problems, 1);
  const data = parsed && checkSchema(file, parsed.data, parsed.lineOf, shown, problems);
  const body = { text: parts.body, startLine: parts.bodyStartLine, tree: markdownParser.parse(parts.body) as Root };
  // An invalid front matter still has a body to check: `data` stays undefined.
  return { file: shown, name, locale: locale && isLocale(locale) ? locale : undefined, data, lineOf: parsed?.lineOf ?? (() => undefined), body };
}

/** Reads every document of every kind the registry names. */
export function readCorpus(source: ContentSource): Corpus {
  const problems: ContentProblem[] = [];
  const documents: ReadDocument[] = [];
  let incomplete = false;
  for (const kindName of documentKindNames) {
    const kind = documentKinds[kindName];
    for (const entry of source.list(kind.folder)) {
      const relative = `${kind.folder}/${entry.name}`;
      const id = kind.layout === 'file' ? entry.name.replace(/\.yaml$/, '') : entry.name;
      const doc: ReadDocument = { kind: kindName, id, path: `${source.label}/${relative}`, type: entry.type, present: [], files: {}, invalidFrontMatter: [] };
      documents.push(doc);
      const files: { relative: string; name: string; file: DocumentFile }[] = [];
      if (kind.layout === 'file') {
        if (entry.type === 'file' && entry.name.endsWith('.yaml')) files.push({ relative, name: entry.name, file: kind.files[0] });
      } else if (entry.type === 'directory') {
        const inside = source.list(relative);
        doc.present = inside.map((e) => e.name);
        for (const file of kind.files as readonly DocumentFile[]) {
          for (const name of fileNames(file)) {
            if (inside.some((e) => e.name === name && e.type === 'file')) files.push({ relative: `${relative}/${name}`, name, file });
          }
        }
      }
      for (const { relative: path, name, file } of files) {
        const parsed = readFile(source, path, file, name, problems);
        if (parsed?.data !== undefined) doc.files[name] = parsed;
        else {
          incomplete = true;
          if (parsed?.body) doc.invalidFrontMatter.push(parsed as ParsedFile<undefined>);
        }
      }
    }
  }
  return { label: source.label, documents, problems, incomplete };
}
