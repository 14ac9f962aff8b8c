import { z } from 'zod';
import { phases, statementSchema } from '../content/schemas/statement';
import { precisions, yearParts } from '../core/dates';
import { messages } from '../i18n/messages';
import { milestones, stages } from '../content/milestones';
import { dataFilePath } from '../web/routes';
import { siteUrl } from '../web/seo';
import { entryStates } from '../rollout/timeline';

/**
 * The rows of the open data files (/data/), declared once: each zod schema gives the rows'
 * TypeScript type, the CSV columns (its keys, in order), the JSON Schema published beside the
 * JSON file (z.toJSONSchema) and the check each file passes when it is built. Rows are flat,
 * so that a JSON row and a CSV line hold the same fields; lists are arrays in JSON and "; "
 * inside a CSV cell. Each column is described in both languages in messages/*.json
 * (OpenDataColumns), which the open data page and the JSON Schemas both show.
 */

export const openDataTables = ['regions', 'statements', 'sources'] as const;
export type OpenDataTable = (typeof openDataTables)[number];

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const ids = z.array(id);
const text = z.string().min(1);
const texts = z.array(text);
const url = z.url({ protocol: /^https?$/ });
/** A date as precise as its source gives it. */
const partialDate = z.string().regex(new RegExp(`^\\d{4}(-\\d{2}(-\\d{2})?|-(${Object.keys(yearParts).join('|')}))?$`));
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const state = z.enum(entryStates).nullable();

export const regionRowSchema = z
  .object({
    id,
    name_en: text,
    name_fr: text,
    page_en: url,
    page_fr: url,
    phase: z.enum(phases).nullable(),
    phase_en: text.nullable(),
    phase_fr: text.nullable(),
    phase_sources: ids,
    stage: z.enum(stages),
    stage_en: text,
    stage_fr: text,
    stage_sources: ids,
    latest_dated_source: id.nullable(),
    latest_dated_source_date: partialDate.nullable(),
    evidence_older_than_a_year: z.boolean(),
    as_of: day,
    ssm_lead_en: text.nullable(),
    ssm_lead_fr: text.nullable(),
    ssm_partners_en: texts,
    ssm_partners_fr: texts,
    ssm_sources: ids,
    planning_start: partialDate.nullable(),
    planning_end: partialDate.nullable(),
    planning_state: state,
    planning_sources: ids,
    transition_start: partialDate.nullable(),
    transition_end: partialDate.nullable(),
    transition_state: state,
    transition_sources: ids,
    planning_and_transition_start: partialDate.nullable(),
    planning_and_transition_end: partialDate.nullable(),
    planning_and_transition_state: state,
    planning_and_transition_sources: ids,
    integrated_services_start: partialDate.nullable(),
    integrated_services_start_precision: z.enum(precisions).nullable(),
    integrated_services_start_state: state,
    integrated_services_start_sources: ids,
  })
  .strict();

export const statementRowSchema = z
  .object({
    source_id: id,
    milestone: z.enum(milestones),
    milestone_en: text,
    milestone_fr: text,
    regions: ids,
    date: partialDate.nullable(),
    precision: z.enum(precisions).nullable(),
    start: partialDate.nullable(),
    end: partialDate.nullable(),
    status: statementSchema.shape.status,
    status_en: text,
    status_fr: text,
    phase: z.enum(phases).nullable(),
    phase_en: text.nullable(),
    phase_fr: text.nullable(),
    ssm_lead_en: text.nullable(),
    ssm_lead_fr: text.nullable(),
    ssm_partners_en: texts,
    ssm_partners_fr: texts,
    note_en: text.nullable(),
    note_fr: text.nullable(),
  })
  .strict();

export const sourceRowSchema = z
  .object({
    id,
    kind: z.enum(['memo', 'reference']),
    publisher_en: text,
    publisher_fr: text,
    title_en: text.nullable(),
    title_fr: text.nullable(),
    description_en: text.nullable(),
    description_fr: text.nullable(),
    published: partialDate.nullable(),
    consulted: day.nullable(),
    published_on_site: day,
    url_en: url.nullable(),
    url_fr: url.nullable(),
  })
  .strict();

export type RegionRow = z.infer<typeof regionRowSchema>;
export type StatementRow = z.infer<typeof statementRowSchema>;
export type SourceRow = z.infer<typeof sourceRowSchema>;
export type OpenDataRows = { regions: RegionRow[]; statements: StatementRow[]; sources: SourceRow[] };

export const rowSchemas = { regions: regionRowSchema, statements: statementRowSchema, sources: sourceRowSchema } as const;

/** The columns of a table, in the order of its CSV header (and of each JSON row). */
export function columnsOf<T extends OpenDataTable>(table: T): (keyof OpenDataRows[T][number] & string)[] {
  return Object.keys(rowSchemas[table].shape) as (keyof OpenDataRows[T][number] & string)[];
}

/** The values a column may take when it is a list of codes (phase, stage, state …), else undefined. */
export function columnValues(table: OpenDataTable, column: string): readonly string[] | undefined {
  let schema: z.ZodType = (rowSchemas[table].shape as Record<string, z.ZodType>)[column];
  if (schema instanceof z.ZodNullable) schema = schema.unwrap() as z.ZodType;
  return schema instanceof z.ZodEnum ? (schema.options as string[]) : undefined;
}

/* The files: a JSON file holds its rows under the table's name, beside what a reader needs to reuse them. */

export const dataFileName = {
  json: (table: OpenDataTable) => `${table}.json`,
  csv: (table: OpenDataTable) => `${table}.csv`,
  schema: (table: OpenDataTable) => `${table}.schema.json`,
};

/** The absolute address of a file of /data/. */
export const dataFileUrl = (name: string) => new URL(dataFilePath(name), siteUrl).href;

const bilingual = (en: string, fr: string) => `${en} / ${fr}`;

/** The fields every JSON file holds beside its rows, each with the message (OpenDataPage) that describes it. */
export const envelopeFields = [
  { key: '$schema', about: 'filesSchema', schema: url },
  { key: 'as_of', about: 'filesAsOf', schema: day },
  { key: 'documentation_en', about: 'filesDocumentation', schema: url },
  { key: 'documentation_fr', about: 'filesDocumentation', schema: url },
  { key: 'terms_en', about: 'filesTerms', schema: text },
  { key: 'terms_fr', about: 'filesTerms', schema: text },
] as const;

function fileSchema<T extends OpenDataTable>(table: T) {
  const described = (en: Record<string, string>, fr: Record<string, string>, key: string, schema: z.ZodType) => schema.describe(bilingual(en[key], fr[key]));
  const columns = [messages.en.OpenDataColumns[table], messages.fr.OpenDataColumns[table]] as const;
  const row = z.object(Object.fromEntries(Object.entries(rowSchemas[table].shape as Record<string, z.ZodType>).map(([key, schema]) => [key, described(...columns, key, schema)]))).strict();
  const page = [messages.en.OpenDataPage, messages.fr.OpenDataPage] as const;
  return z
    .object({
      ...Object.fromEntries(envelopeFields.map(({ key, about, schema }) => [key, schema.describe(bilingual(page[0][about], page[1][about]))])),
      [table]: z.array(row).describe(bilingual(page[0].tables[table].description, page[1].tables[table].description)),
    })
    .strict();
}

/** The shape of each JSON file, checked when the file is built. */
export const fileSchemas = Object.fromEntries([...openDataTables].map((table) => [table, fileSchema(table)])) as Record<OpenDataTable, ReturnType<typeof fileSchema>>;

/** The JSON Schema (draft 2020-12) of a JSON file, with its address as $id. */
export function openDataJsonSchema(table: OpenDataTable): object {
  const { tables } = messages.en.OpenDataPage;
  return {
    ...z.toJSONSchema(fileSchemas[table], { target: 'draft-2020-12' }),
    $id: dataFileUrl(dataFileName.schema(table)),
    title: bilingual(tables[table].title, messages.fr.OpenDataPage.tables[table].title),
  };
}
