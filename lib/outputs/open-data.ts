import { stringify } from 'csv-stringify/sync';
import { getStatements } from '../rollout/regions';
import { type IsoDay, partialDateFormat, type Precision } from '../core/dates';
import { type Locale, locales } from '../i18n/locales';
import { messages } from '../i18n/messages';
import { combinedPeriodMilestone, launchMilestone, type Milestone, milestoneInfo, milestones } from '../content/milestones';
import {
  columnsOf,
  dataFileName,
  dataFileUrl,
  fileSchemas,
  type OpenDataRows,
  type OpenDataTable,
  openDataJsonSchema,
  openDataTables,
  type RegionRow,
  type SourceRow,
  type StatementRow,
} from './open-data-schema';
import { httpUrl, plainTextDeep } from '../core/plain-text';
import { dateSources, entrySources, getRolloutOverview, phaseEntry, type RegionStatus } from '../rollout/stages';
import { pathFor } from '../web/routes';
import { siteUrl } from '../web/seo';
import { compareSources, type SourceRef, uniqueSources } from '../rollout/sources';
import { statusWord } from '../rollout/statement-text';
import { inLocale, type SourcedStatement, statementsKnownOn, type TimelineEntry } from '../rollout/timeline';

/**
 * The open data files (/data/): the regions, the statements and the sources, as JSON and CSV,
 * with a JSON Schema per JSON file (lib/outputs/open-data-schema.ts). Every value comes from the
 * derivation the pages use — getRolloutOverview for the regions, the statements and their
 * sources as getStatements gives them — never from a computation of its own.
 */

const absolute = (path: string) => httpUrl(path, siteUrl) ?? null;
const idsOf = (sources: SourceRef[]) => sources.map((s) => s.id);
const byLocale = <T>(value: (locale: Locale) => T) => Object.fromEntries(locales.map((l) => [l, value(l)])) as Record<Locale, T>;

/** How precise a date is: as the source words it, or as it is written (day, month, year). */
const precisionOf = (date: string | undefined, precision: Precision | undefined): Precision | null =>
  date ? (precision ?? partialDateFormat(date)) : null;

/** The milestone the chart draws as one kind of bar: the planning, transition or combined period. */
const charted = (role: 'planning' | 'transition' | 'combined'): Milestone => milestones.find((m) => milestoneInfo[m].chart === role)!;

/** A period's columns: its dates as precise as its source, its state on the as-of day, its sources. */
function periodColumns(entry: TimelineEntry | undefined) {
  return {
    start: entry?.current.start ?? null,
    end: entry?.current.end ?? null,
    state: entry?.state ?? null,
    sources: idsOf(dateSources(entry)),
  };
}

/* ---------------------------------------------------------------------------------------------
 * The rows.
 * ------------------------------------------------------------------------------------------- */

/** One region as its page and the rollout page show it on `asOf`, in both languages. */
function regionRow(status: Record<Locale, RegionStatus>, asOf: IsoDay): RegionRow {
  const { region, phase, stage, ssm } = status.en;
  const planning = periodColumns(status.en.entry(charted('planning')));
  const transition = periodColumns(status.en.entry(charted('transition')));
  const combined = periodColumns(status.en.entry(combinedPeriodMilestone));
  const launch = status.en.entry(launchMilestone);
  return {
    id: region.id,
    name_en: region.names.en,
    name_fr: region.names.fr,
    page_en: absolute(pathFor(region.ref, 'en'))!,
    page_fr: absolute(pathFor(region.ref, 'fr'))!,
    phase: phase ?? null,
    phase_en: phase ? messages.en.Phases[phase] : null,
    phase_fr: phase ? messages.fr.Phases[phase] : null,
    phase_sources: idsOf(entrySources(phaseEntry(status.en))),
    stage,
    stage_en: messages.en.Stages[stage],
    stage_fr: messages.fr.Stages[stage],
    stage_sources: idsOf(status.en.stageSources),
    latest_dated_source: status.en.latestDatedSource?.id ?? null,
    latest_dated_source_date: status.en.latestDatedSource?.published ?? null,
    evidence_older_than_a_year: status.en.evidenceIsOld,
    as_of: asOf,
    ssm_lead_en: status.en.ssm?.lead ?? null,
    ssm_lead_fr: status.fr.ssm?.lead ?? null,
    ssm_partners_en: status.en.ssm?.partners ?? [],
    ssm_partners_fr: status.fr.ssm?.partners ?? [],
    ssm_sources: idsOf(uniqueSources(ssm?.sources.map((s) => s.source) ?? [])),
    planning_start: planning.start,
    planning_end: planning.end,
    planning_state: planning.state,
    planning_sources: planning.sources,
    transition_start: transition.start,
    transition_end: transition.end,
    transition_state: transition.state,
    transition_sources: transition.sources,
    planning_and_transition_start: combined.start,
    planning_and_transition_end: combined.end,
    planning_and_transition_state: combined.state,
    planning_and_transition_sources: combined.sources,
    integrated_services_start: launch?.current.date ?? null,
    integrated_services_start_precision: precisionOf(launch?.current.date, launch?.current.precision),
    integrated_services_start_state: launch?.state ?? null,
    integrated_services_start_sources: idsOf(dateSources(launch)),
  };
}

export function regionRows(asOf: IsoDay): RegionRow[] {
  const overview = byLocale((locale) => getRolloutOverview(locale, asOf));
  return overview.en.map((status, i) => regionRow({ en: status, fr: overview.fr[i] }, asOf));
}

/** The statements the pages use on `asOf`, in the one ordering of their sources (a source's own in file order). */
function knownStatements(asOf: IsoDay): SourcedStatement[] {
  return [...statementsKnownOn(getStatements(), asOf)].sort((a, b) => compareSources(a.source, b.source));
}

function statementRow(s: SourcedStatement): StatementRow {
  const lead = byLocale((l) => (s.ssm ? inLocale(s.ssm.lead, l) : null));
  const partners = byLocale((l) => s.ssm?.partners.map((p) => inLocale(p, l)) ?? []);
  return {
    source_id: s.source.id,
    milestone: s.milestone,
    milestone_en: messages.en.Milestones[s.milestone],
    milestone_fr: messages.fr.Milestones[s.milestone],
    regions: s.regions,
    date: s.date ?? null,
    precision: precisionOf(s.date, s.precision),
    start: s.start ?? null,
    end: s.end ?? null,
    status: s.status,
    status_en: statusWord(s.status, 'en'),
    status_fr: statusWord(s.status, 'fr'),
    phase: s.phase ?? null,
    phase_en: s.phase ? messages.en.Phases[s.phase] : null,
    phase_fr: s.phase ? messages.fr.Phases[s.phase] : null,
    ssm_lead_en: lead.en,
    ssm_lead_fr: lead.fr,
    ssm_partners_en: partners.en,
    ssm_partners_fr: partners.fr,
    note_en: s.note?.en ?? null,
    note_fr: s.note?.fr ?? null,
  };
}

export function statementRows(asOf: IsoDay): StatementRow[] {
  return knownStatements(asOf).map(statementRow);
}

/** A source as pages cite it: its title in each language it is published in, or its description. */
function sourceRow(source: SourceRef): SourceRow {
  const titles = locales.map((l) => source.title[l]).filter((t) => !t.isDescription);
  const title = (l: Locale) => titles.find((t) => t.lang === l)?.text ?? null;
  const description = (l: Locale) => (source.title[l].isDescription ? source.title[l].text : null);
  return {
    id: source.id,
    kind: source.kind,
    publisher_en: source.publisher.en,
    publisher_fr: source.publisher.fr,
    title_en: title('en'),
    title_fr: title('fr'),
    description_en: description('en'),
    description_fr: description('fr'),
    published: source.published ?? null,
    consulted: source.consulted ?? null,
    published_on_site: source.publishedOnSite,
    url_en: absolute(source.href.en),
    url_fr: absolute(source.href.fr),
  };
}

export function sourceRows(asOf: IsoDay): SourceRow[] {
  return uniqueSources(knownStatements(asOf).map((s) => s.source)).map(sourceRow);
}

export function openDataRows<T extends OpenDataTable>(table: T, asOf: IsoDay): OpenDataRows[T] {
  const rows = { regions: regionRows, statements: statementRows, sources: sourceRows }[table](asOf);
  return plainTextDeep(rows) as OpenDataRows[T];
}

/* ---------------------------------------------------------------------------------------------
 * The files.
 * ------------------------------------------------------------------------------------------- */

/** The JSON file of a table: its rows under the table's name, with its schema, as-of day, documentation and terms. */
export function openDataJson(table: OpenDataTable, asOf: IsoDay): string {
  const page = { kind: 'openData' } as const;
  const file = {
    $schema: dataFileUrl(dataFileName.schema(table)),
    as_of: asOf,
    documentation_en: absolute(pathFor(page, 'en')),
    documentation_fr: absolute(pathFor(page, 'fr')),
    terms_en: messages.en.OpenDataPage.terms,
    terms_fr: messages.fr.OpenDataPage.terms,
    [table]: openDataRows(table, asOf),
  };
  // A file that does not match its published schema stops the build.
  return `${JSON.stringify(fileSchemas[table].parse(file), null, 2)}\n`;
}

/** A CSV cell: a list joined with "; ", no value as an empty cell. */
const cell = (value: unknown) => (value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value));

/**
 * The CSV file of a table: UTF-8 with a byte order mark (so spreadsheets read the accents),
 * a header row, CRLF line ends (RFC 4180), quoting by csv-stringify, and cells that a
 * spreadsheet would run as a formula (=, +, -, @ …) escaped with a leading apostrophe.
 */
export function openDataCsv(table: OpenDataTable, asOf: IsoDay): string {
  const columns = columnsOf(table);
  const rows = openDataRows(table, asOf) as Record<string, unknown>[];
  return stringify(
    rows.map((row) => columns.map((column) => cell(row[column]))),
    { header: true, columns, bom: true, record_delimiter: 'windows', escape_formulas: true },
  );
}

/** Every file of /data/: its name, its table, its format and the content type a host serves it with. */
export type OpenDataFile = { name: string; table: OpenDataTable; format: keyof typeof dataFileName; contentType: string };

export const openDataFiles: OpenDataFile[] = openDataTables.flatMap((table) => [
  { name: dataFileName.json(table), table, format: 'json', contentType: 'application/json; charset=utf-8' },
  { name: dataFileName.csv(table), table, format: 'csv', contentType: 'text/csv; charset=utf-8' },
  { name: dataFileName.schema(table), table, format: 'schema', contentType: 'application/json; charset=utf-8' },
]);

/** The text of one file of /data/. */
export function openDataFileBody(file: OpenDataFile, asOf: IsoDay): string {
  if (file.format === 'json') return openDataJson(file.table, asOf);
  if (file.format === 'csv') return openDataCsv(file.table, asOf);
  return `${JSON.stringify(openDataJsonSchema(file.table), null, 2)}\n`;
}
