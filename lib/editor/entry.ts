import { stringify } from 'yaml';
import { documentKinds, languageFileName } from '../content/document-kinds';
import { memoYamlSchema } from '../content/schemas/memo';
import { checkContent, type ContentProblem, memorySource, render } from '../check';
import { readCorpus } from '../check/read';
import type { Locale } from '../i18n/locales';
import { messages, translator } from '../i18n/messages';
import { recordChanges } from '../review/record-changes';

/**
 * What the editor is about to save, as files, checked by the same rules as
 * `npm run check:content` beside the rest of the content (issue 37: the check guards every save).
 */

export type EditorEntry = {
  /** The editor's collection: a memo, a region's page (its change notes) or another source (a reference). */
  collection?: 'memos' | 'regions' | 'references';
  /** The document's folder name (Decap's slug without the file's own name), or a reference's file name without .yaml. */
  slug: string;
  /** The French side: its text's fields, the memo's facts and its body (a region or a reference: all its fields). */
  fr: Record<string, unknown>;
  /** The English side: its text's fields and its body. */
  en: Record<string, unknown>;
};

type Path = (string | number)[];

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);

/**
 * The paths of the values a form leaves empty ('' for a field typed then cleared, {} for a closed
 * optional group, [] for a list without items), deepest first: an empty value means "not
 * written", as the check reads a field left empty (withoutEmptyOptionalFields), so the editor
 * removes them before saving and the files hold only what the author wrote.
 */
export function emptyPaths(value: unknown, path: Path = []): Path[] {
  if (!value || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value as Record<string, unknown>);
  return entries.flatMap(([key, inner]) => {
    const here = [...path, key];
    const within = emptyPaths(inner, here);
    // A value that is empty once its own empty parts are gone goes whole.
    return isEmpty(withoutPaths(inner, within.map((p) => p.slice(here.length)))) ? [here] : within;
  });
}

/** A copy of a value without what lies at the given paths (the deepest and the last items first, so indexes hold). */
export function withoutPaths<T>(value: T, paths: Path[]): T {
  if (paths.length === 0 || !value || typeof value !== 'object') return value;
  const copy = structuredClone(value) as unknown;
  const ordered = [...paths].sort((a, b) => b.length - a.length || (typeof a.at(-1) === 'number' && typeof b.at(-1) === 'number' ? (b.at(-1) as number) - (a.at(-1) as number) : 0));
  for (const path of ordered) {
    let parent = copy as Record<string | number, unknown> | undefined;
    for (const key of path.slice(0, -1)) parent = parent?.[key] as Record<string | number, unknown> | undefined;
    const last = path.at(-1)!;
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else if (parent) delete parent[last];
  }
  return copy as T;
}

/** One language file as the editor writes it: the front matter's fields in order, then the body. */
function languageFile(data: Record<string, unknown>): string {
  const { body, ...fields } = data;
  const cleaned = withoutPaths(fields, emptyPaths(fields));
  return `---\n${stringify(cleaned, { lineWidth: 0 })}---\n\n${typeof body === 'string' ? body : ''}\n`;
}

/** Where an entry's files are (paths inside content/): its document's folder (memos/<id>/), or a reference's file. */
function entryPath(entry: EditorEntry): string {
  if (entry.collection === 'references') return `${documentKinds.reference.folder}/${entry.slug}.yaml`;
  return `${documentKinds[entry.collection === 'regions' ? 'region' : 'memo'].folder}/${entry.slug}/`;
}

/** The files an entry becomes: content/memos/<slug>/index.fr.md and index.en.md, or content/regions/<slug>/region.yaml. */
export function entryFiles(entry: EditorEntry): Record<string, string> {
  const yaml = () => stringify(withoutPaths(entry.fr, emptyPaths(entry.fr)), { lineWidth: 0 });
  if (entry.collection === 'regions') {
    const region = documentKinds.region;
    return { [`${region.folder}/${entry.slug}/${region.files[0].name}`]: yaml() };
  }
  if (entry.collection === 'references') return { [entryPath(entry)]: yaml() };
  const folder = `${documentKinds.memo.folder}/${entry.slug}`;
  const factKeys = Object.keys(memoYamlSchema.shape);
  // The English side holds no fact: they are written once, in the French file (decision 79).
  const english = Object.fromEntries(Object.entries(entry.en).filter(([key]) => !factKeys.includes(key)));
  return { [`${folder}/${languageFileName('fr')}`]: languageFile(entry.fr), [`${folder}/${languageFileName('en')}`]: languageFile(english) };
}

/** A field as the form labels it: statements.1.end → "Statements (dated facts) 2 › End (if a period)". */
export function fieldLabel(field: string | undefined, locale: Locale, collection: EditorEntry['collection'] = 'memos'): string | undefined {
  if (!field) return undefined;
  const all = messages[locale].Editor.labels as Record<string, string>;
  // A region's form names its own fields (lib/editor/decap-config.ts, regionFields).
  // A region's and a reference's forms name some fields their own way (lib/editor/decap-config.ts).
  const own: Record<NonNullable<EditorEntry['collection']>, Record<string, string>> = {
    memos: {},
    regions: { names: all.regionNames!, changes: all.regionChanges! },
    references: { title: all.titleReference!, language: all.referenceLanguage! },
  };
  const labels = { ...all, ...own[collection] };
  const parts = field.split('.');
  const words: string[] = [];
  parts.forEach((part, i) => {
    if (/^\d+$/.test(part)) {
      words[words.length - 1] = `${words.at(-1)} ${Number(part) + 1}`;
      return;
    }
    const inList = parts[i - 2];
    // The same key names a different field in a statement or a change note.
    const key = part === 'date' && inList === 'statements' ? 'statementDate' : part === 'date' && inList === 'changes' ? 'changeDate' : part === 'publishedOnSite' && inList === 'changes' ? 'changePublishedOnSite' : part;
    words.push(labels[key] ?? part);
  });
  return words.join(' › ');
}

/** The content's files (paths inside content/) as they will be once the entry is saved. */
export function contentWithEntry(content: Record<string, string | Buffer>, entry: EditorEntry): Record<string, string | Buffer> {
  const own = entryPath(entry);
  // An entry renamed or saved again replaces its own files, whatever they held.
  const others = Object.fromEntries(Object.entries(content).filter(([file]) => !file.startsWith(own)));
  return { ...others, ...entryFiles(entry) };
}

/** The regions a memo's entry names, in its list of regions and in its statements (a region's entry: itself). */
export function entryRegionIds(entry: EditorEntry): string[] {
  if (entry.collection === 'regions') return [entry.slug];
  const statements = Array.isArray(entry.fr.statements) ? (entry.fr.statements as { regions?: unknown }[]) : [];
  const named = [entry.fr.regions, ...statements.map((statement) => statement?.regions)].flatMap((regions) => (Array.isArray(regions) ? regions : []));
  return [...new Set(named.filter((id): id is string => typeof id === 'string'))];
}

export type EntryProblem = { file: string; field?: string; message: string; fix: string };

/** The problems of the content with the entry saved (contentWithEntry), named as the entry's form labels its fields. */
export function entryProblems(after: Record<string, string | Buffer>, entry: EditorEntry, locale: Locale): EntryProblem[] {
  return checkContent(memorySource(after)).map(
    (p: ContentProblem): EntryProblem => ({ file: p.file, field: fieldLabel(p.field, locale, entry.collection), message: render(p.message, locale), fix: render(p.fix, locale) }),
  );
}

/** The problems of the content with the entry saved, and what it changes on the region pages, in the author's language. */
export function checkEntry(content: Record<string, string | Buffer>, entry: EditorEntry, locale: Locale, asOf: string): { problems: EntryProblem[]; notices: string[] } {
  const after = contentWithEntry(content, entry);
  const problems = entryProblems(after, entry, locale);
  const notices =
    problems.length === 0
      ? recordChanges(readCorpus(memorySource(content)), readCorpus(memorySource(after)), asOf as never, locale).flatMap((n) =>
          n.lines.map((line) => translator(locale, 'ContentCheck')('notices.region', { region: n.region, change: line })),
        )
      : [];
  return { problems, notices };
}
