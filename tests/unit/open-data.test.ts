import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { getStatements } from '@/lib/rollout/regions';
import { messages } from '@/lib/i18n/messages';
import { openDataCsv, openDataFileBody, openDataFiles, openDataJson, openDataRows, regionRows, sourceRows, statementRows } from '@/lib/outputs/open-data';
import { columnsOf, columnValues, dataFileUrl, openDataJsonSchema, type OpenDataTable, openDataTables, type RegionRow } from '@/lib/outputs/open-data-schema';
import { getRolloutOverview } from '@/lib/rollout/stages';
import { contentTypes } from '@/lib/web/security';
import { statementWhen } from '@/lib/rollout/statement-text';
import { expectedRegions } from '../fact-check/expected';

/**
 * The open data files (/data/): each JSON file valid against the JSON Schema it names, each CSV
 * holding the same rows, and the regions file saying what the region pages say — checked
 * against the facts written by hand from the sources (tests/fact-check/expected.ts).
 */

const asOf = '2026-12-02';
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const schemas = Object.fromEntries(openDataTables.map((table) => [table, openDataJsonSchema(table)])) as Record<OpenDataTable, Record<string, unknown>>;
const validators = Object.fromEntries(openDataTables.map((table) => [table, ajv.compile(schemas[table])]));
const jsonOf = (table: OpenDataTable) => JSON.parse(openDataJson(table, asOf)) as Record<string, unknown> & Record<OpenDataTable, Record<string, unknown>[]>;
const csvOf = (table: OpenDataTable) => openDataCsv(table, asOf);
const cellOf = (value: unknown) => (value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value));

describe('the JSON files', () => {
  it.each(openDataTables)('%s.json is valid against the draft 2020-12 JSON Schema it names in $schema', (table) => {
    const file = jsonOf(table);
    expect(schemas[table].$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(file.$schema).toBe(schemas[table].$id);
    expect(file.$schema).toBe(dataFileUrl(`${table}.schema.json`));
    const valid = validators[table](file);
    expect(valid ? [] : validators[table].errors).toEqual([]);
    expect(file[table].length).toBeGreaterThan(0);
    expect(file.as_of).toBe(asOf);
  });

  it('are refused by their schemas when a row loses a field, gains one, or holds a value outside its list', () => {
    const broken = (change: (row: Record<string, unknown>) => void) => {
      const file = jsonOf('regions');
      change(file.regions[0]);
      return validators.regions(file);
    };
    expect(broken(() => {})).toBe(true);
    expect(broken((row) => delete row.stage)).toBe(false);
    expect(broken((row) => (row.stage = 'finished'))).toBe(false);
    expect(broken((row) => (row.rank = 1))).toBe(false);
    expect(broken((row) => (row.planning_start = 'April 2022'))).toBe(false);
    expect(broken((row) => (row.ssm_partners_en = 'Deloitte Canada Inc.'))).toBe(false);
    const statements = jsonOf('statements');
    statements.statements[0].status = 'rumoured';
    expect(validators.statements(statements)).toBe(false);
  });

  it('describe every field in both languages, and the open data page describes the same columns', () => {
    const regions = (schemas.regions.properties as Record<string, { items: { properties: Record<string, { description: string }> } }>).regions.items.properties;
    expect(regions.stage.description).toBe(`${messages.en.OpenDataColumns.regions.stage} / ${messages.fr.OpenDataColumns.regions.stage}`);
    for (const table of openDataTables) {
      expect(Object.keys(messages.en.OpenDataColumns[table]), table).toEqual(columnsOf(table));
    }
  });

  it('list the values a code column may take', () => {
    expect(columnValues('regions', 'stage')).toContain('integrated');
    expect(columnValues('regions', 'phase')).toEqual(['prototype', 'phase-1', 'phase-2', 'phase-3']);
    expect(columnValues('statements', 'status')).toEqual(['planned', 'confirmed']);
    expect(columnValues('regions', 'name_en')).toBeUndefined();
  });
});

describe('the CSV files', () => {
  it.each(openDataTables)('%s.csv is UTF-8 with a byte order mark, a header row and CRLF line ends, and holds the rows of the JSON file', (table) => {
    const text = csvOf(table);
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`\ufeff${columnsOf(table).join(',')}`);
    const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
    const rows = jsonOf(table)[table];
    expect(records).toHaveLength(rows.length);
    records.forEach((record, i) => {
      expect(Object.keys(record)).toEqual(columnsOf(table));
      for (const column of columnsOf(table)) expect(record[column], `${table} row ${i} ${column}`).toBe(cellOf(rows[i][column]));
    });
  });

  it('can join lists with "; " because no item holds a semicolon', () => {
    for (const table of openDataTables) {
      const items = openDataRows(table, asOf).flatMap((row) => Object.values(row).filter(Array.isArray).flat());
      expect(items.filter((item) => String(item).includes(';'))).toEqual([]);
    }
  });

  it('quote cells with commas, quotation marks and line breaks so they read back exactly', () => {
    const text = csvOf('statements');
    const notes = statementRows(asOf).map((s) => s.note_fr).filter((n): n is string => Boolean(n));
    expect(notes.some((n) => n.includes(','))).toBe(true);
    const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(records.map((r) => r.note_fr).filter(Boolean)).toEqual(notes);
  });
});

describe('the regions file', () => {
  const rows = new Map(regionRows(asOf).map((row) => [row.id, row]));
  const period = (row: RegionRow, prefix: 'planning' | 'transition' | 'planning_and_transition' | 'integrated_services_start') =>
    prefix === 'integrated_services_start'
      ? { date: row.integrated_services_start, state: row.integrated_services_start_state, sources: row.integrated_services_start_sources, precision: row.integrated_services_start_precision }
      : { start: row[`${prefix}_start`], end: row[`${prefix}_end`], state: row[`${prefix}_state`], sources: row[`${prefix}_sources`] };
  const columnsFor = { 'planning-period': 'planning', 'transition-period': 'transition', 'planning-and-transition': 'planning_and_transition', 'integrated-services-launch': 'integrated_services_start' } as const;

  it('has the 15 regions in the order of the pages', () => {
    expect([...rows.keys()]).toEqual(getRolloutOverview('en', asOf).map((s) => s.region.id));
    expect(rows.size).toBe(15);
  });

  for (const region of expectedRegions) {
    it(`gives ${region.id} the stage, service system manager and dates its pages give (fact-check)`, () => {
      const row = rows.get(region.id)!;
      expect(row.stage_en).toBe(region.stage.en);
      expect(row.stage_fr).toBe(region.stage.fr);
      expect(row.stage_sources.length > 0 || row.stage === 'not-started').toBe(true);
      expect(row.ssm_lead_en).toBe(region.ssm?.lead.en ?? null);
      expect(row.ssm_lead_fr).toBe(region.ssm?.lead.fr ?? null);
      expect(row.ssm_partners_en).toEqual(region.ssm?.partners ?? []);
      expect(row.ssm_sources.length > 0).toBe(Boolean(region.ssm));
      for (const [milestone, prefix] of Object.entries(columnsFor)) {
        const expected = region.entries[milestone];
        const value = period(row, prefix);
        if (!expected) {
          expect(value.state, `${milestone} is not an entry of its page`).toBeNull();
          expect(value.sources).toEqual([]);
          continue;
        }
        for (const locale of ['en', 'fr'] as const) {
          const { date, start, end, precision } = value as { date?: string | null; start?: string | null; end?: string | null; precision?: string | null };
          const when = statementWhen({ date: date ?? undefined, start: start ?? undefined, end: end ?? undefined, precision: (precision ?? undefined) as never }, locale);
          expect(when, `${milestone} (${locale})`).toBe(expected.when[locale]);
        }
        expect(value.state, milestone).toBe(expected.state);
        // The sources of the dates: a statement that gives none is not cited for them.
        expect(new Set(value.sources), `${milestone} sources`).toEqual(new Set(expected.dateSources ?? expected.sources));
      }
    });

    it(`says how old ${region.id}'s evidence is: its newest dated source, more than a year before the as-of day`, () => {
      const row = rows.get(region.id)!;
      expect(row.latest_dated_source).toBe(region.latestDatedSource.id);
      expect(row.evidence_older_than_a_year).toBe(true);
      expect(row.latest_dated_source_date!.slice(0, 4)).toBe(region.latestDatedSource.month.en.slice(-4));
    });
  }

  it('names every source by an id of the sources file, and every region of the statements by an id of the regions file', () => {
    const sources = new Set(sourceRows(asOf).map((s) => s.id));
    const sourceColumns = columnsOf('regions').filter((c) => c.endsWith('_sources'));
    for (const row of rows.values()) for (const column of sourceColumns) for (const id of row[column] as string[]) expect(sources.has(id), `${row.id} ${column} ${id}`).toBe(true);
    for (const statement of statementRows(asOf)) {
      expect(sources.has(statement.source_id)).toBe(true);
      for (const id of statement.regions) expect(rows.has(id)).toBe(true);
    }
    expect(sources.size).toBe(sourceRows(asOf).length);
  });
});

describe('the statements and sources files', () => {
  it('hold every statement of every source published by the as-of day, once, newest source first', () => {
    const statements = statementRows(asOf);
    expect(statements).toHaveLength(getStatements().length);
    const sources = sourceRows(asOf).map((s) => s.id);
    const order = [...new Set(statements.map((s) => s.source_id))];
    expect(order).toEqual(sources);
  });

  it('leave out what a source had not yet published on an earlier as-of day', () => {
    const early = statementRows('2021-12-31');
    expect(early.length).toBeGreaterThan(0);
    expect(early.length).toBeLessThan(getStatements().length);
    const dated = sourceRows('2021-12-31');
    expect(dated.every((s) => s.published !== null && s.published <= '2021-12-31')).toBe(true);
    expect(dated.map((s) => s.id)).not.toContain('2022-09-22-catchment-phasing-update');
  });

  it('give a title in each language it is published in, or a description, and absolute addresses', () => {
    const byId = new Map(sourceRows(asOf).map((s) => [s.id, s]));
    const memo = byId.get('2022-09-22-catchment-phasing-update')!;
    expect(memo).toMatchObject({ kind: 'memo', title_fr: 'Mise à jour sur le renouvellement des services d’emploi', description_en: null, published: '2022-09-22' });
    expect(memo.url_fr).toBe('http://localhost:3000/fr/notes-de-service/renouvellement-services-emploi-septembre-2022/');
    expect(byId.get('toronto-council-ec3-5-2023')).toMatchObject({ title_fr: null, published: '2023-05', consulted: '2026-11-24' });
    expect(byId.get('toronto-council-ec3-5-2023')!.title_en).toMatch(/^EC3\.5/);
    expect(byId.get('odenetwork-prototype-ssms')).toMatchObject({ title_en: null, title_fr: null, published: null, consulted: '2026-11-22' });
    expect(byId.get('odenetwork-prototype-ssms')!.description_fr).toMatch(/ODEN/);
  });

  it('give each statement its milestone and status in both languages, and the SSM it names', () => {
    const kingston = statementRows(asOf).find((s) => s.source_id === '2022-09-22-catchment-phasing-update' && s.ssm_lead_en !== null)!;
    expect(kingston).toMatchObject({ milestone_en: 'Service system manager selected', status: 'confirmed', status_fr: 'confirmé', ssm_lead_en: 'Serco Canada Inc.' });
    expect(kingston.ssm_partners_en).toEqual(['Deloitte Canada Inc.', 'Thrive Career Wellness Inc.']);
  });
});

describe('the files of /data/', () => {
  it('are nine: JSON, CSV and JSON Schema for each table, with their content types', () => {
    expect(openDataFiles.map((f) => f.name).sort()).toEqual(
      ['regions', 'statements', 'sources'].flatMap((t) => [`${t}.csv`, `${t}.json`, `${t}.schema.json`]).sort(),
    );
    for (const file of openDataFiles) {
      expect(file.contentType).toBe(file.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
      expect(openDataFileBody(file, asOf).length).toBeGreaterThan(100);
    }
    expect(JSON.parse(openDataFileBody(openDataFiles.find((f) => f.name === 'sources.schema.json')!, asOf)).$id).toBe(dataFileUrl('sources.schema.json'));
  });

  it('are served by every host (serve.json, nginx, _headers) with the content type their route gives', () => {
    for (const file of openDataFiles) {
      const rule = contentTypes.find((c) => c.glob === `data/*.${file.name.split('.').pop()}`);
      expect(rule?.type, file.name).toBe(file.contentType);
    }
  });
});
