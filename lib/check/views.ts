import type { MemoText, MemoYaml } from '../content/schemas/memo';
import type { PageText } from '../content/schemas/page';
import type { ReferenceYaml } from '../content/schemas/reference';
import type { RegionYaml } from '../content/schemas/region';
import type { SenderYaml } from '../content/schemas/sender';
import type { Statement } from '../content/schemas/statement';
import { periodBounds } from '../core/dates';
import { documentKinds, type DocumentKindName } from '../content/document-kinds';
import { type CheckText, checkText } from './problems';
import type { CheckedCorpus, ParsedFile, ReadDocument } from './read';

/** Typed views of the read corpus, for the rules. */

/**
 * True when a section's folder (content/senders …) is a link, so none of its documents was read:
 * the rules that look a name up in it wait, rather than call every name unknown.
 */
export const sectionBehindLink = (corpus: CheckedCorpus, kind: DocumentKindName) => corpus.links.includes(documentKinds[kind].folder);

const ofKind = (corpus: CheckedCorpus, kind: DocumentKindName) => corpus.documents.filter((d) => d.kind === kind);
const file = <T>(doc: ReadDocument, name: string) => doc.files[name] as ParsedFile<T> | undefined;
const texts = <T>(doc: ReadDocument) =>
  Object.values(doc.files).filter((f): f is ParsedFile<T> & { locale: NonNullable<ParsedFile['locale']> } => Boolean(f.locale)) as (ParsedFile<T> & { locale: 'en' | 'fr' })[];

export const memosOf = (corpus: CheckedCorpus) => ofKind(corpus, 'memo').map((doc) => ({ doc, yaml: file<MemoYaml>(doc, 'memo.yaml'), texts: texts<MemoText>(doc) }));
export const pagesOf = (corpus: CheckedCorpus) => ofKind(corpus, 'page').map((doc) => ({ doc, texts: texts<PageText>(doc) }));
export const regionsOf = (corpus: CheckedCorpus) => ofKind(corpus, 'region').map((doc) => ({ doc, yaml: file<RegionYaml>(doc, 'region.yaml') }));
export const referencesOf = (corpus: CheckedCorpus) => ofKind(corpus, 'reference').map((doc) => ({ doc, yaml: Object.values(doc.files)[0] as ParsedFile<ReferenceYaml> | undefined }));
export const sendersOf = (corpus: CheckedCorpus) => ofKind(corpus, 'sender').map((doc) => ({ doc, yaml: Object.values(doc.files)[0] as ParsedFile<SenderYaml> | undefined }));

/** Each list of places a region gives (census divisions, urban centres), with its file and field. */
export const placeListsOf = (corpus: CheckedCorpus) =>
  regionsOf(corpus).flatMap(({ doc, yaml }) => {
    const places = yaml?.data.places;
    if (!yaml || !places) return [];
    const lists = [
      { field: 'censusDivisions' as const, sources: places.censusDivisions.sources },
      ...(places.urbanCentres ? [{ field: 'urbanCentres' as const, sources: places.urbanCentres.sources }] : []),
    ];
    return lists.map((list) => ({ region: doc.id, yaml, path: ['places', list.field], ...list }));
  });

/** Ids of the regions that were read. */
export const regionIds = (corpus: CheckedCorpus) => new Set(regionsOf(corpus).filter((r) => r.yaml).map((r) => r.doc.id));

/**
 * The days a source can have spoken on: its own date (a whole month or year when it gives no
 * day); a source without one may have spoken on any day up to the one it was consulted (`from`
 * is then unknown).
 */
export type SourceDates = { from?: string; to: string; what: CheckText };

/** Every statement, wherever it is written, with its file, its place in the file and its source's dates. */
export function statementsOf(corpus: CheckedCorpus): { statement: Statement; index: number; in: ParsedFile; source: SourceDates }[] {
  const fromMemos = memosOf(corpus).flatMap(({ yaml }) =>
    yaml ? yaml.data.statements.map((statement, index) => ({ statement, index, in: yaml as ParsedFile, source: { from: yaml.data.date, to: yaml.data.date, what: checkText('rules.status-fits-source-date.dated', { date: yaml.data.date }) } })) : [],
  );
  const fromReferences = referencesOf(corpus).flatMap(({ yaml }) => {
    if (!yaml) return [];
    const { published, consulted } = yaml.data;
    const bounds = published === undefined ? undefined : periodBounds(published);
    // An undated source may have spoken at any time before it was consulted: it has no earliest day.
    const source = { from: bounds?.first, to: bounds?.last ?? consulted!, what: bounds ? checkText('rules.status-fits-source-date.published', { date: published! }) : checkText('rules.status-fits-source-date.consulted', { date: consulted! }) };
    return yaml.data.statements.map((statement, index) => ({ statement, index, in: yaml as ParsedFile, source }));
  });
  return [...fromMemos, ...fromReferences];
}

/** Every Markdown file read (memo texts and pages), with its body. */
export const markdownFiles = (corpus: CheckedCorpus) =>
  corpus.documents.flatMap((doc) =>
    [...Object.values(doc.files), ...doc.invalidFrontMatter].filter((f): f is ParsedFile & { body: NonNullable<ParsedFile['body']> } => Boolean(f.body)),
  );

/** The file's line of a node of its body. */
export const bodyLine = (file: ParsedFile, node: { position?: { start: { line: number } } }) =>
  node.position && file.body ? file.body.startLine + node.position.start.line - 1 : undefined;

/** Every text value of every file read (front matter and YAML), with its path in the file: for rules about what a field holds. */
export function fieldTexts(corpus: CheckedCorpus): { file: ParsedFile; path: (string | number)[]; text: string }[] {
  const texts = (file: ParsedFile, value: unknown, path: (string | number)[]): { file: ParsedFile; path: (string | number)[]; text: string }[] => {
    if (typeof value === 'string') return [{ file, path, text: value }];
    if (Array.isArray(value)) return value.flatMap((item, i) => texts(file, item, [...path, i]));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => texts(file, item, [...path, key]));
    return [];
  };
  return corpus.documents.flatMap((doc) => Object.values(doc.files).flatMap((file) => texts(file, file.data, [])));
}
