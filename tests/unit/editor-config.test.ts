import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memorySource } from '@/lib/check';
import { readCorpus } from '@/lib/check/read';
import { milestones } from '@/lib/content/milestones';
import { memoTextSchema, memoYamlSchema } from '@/lib/content/schemas/memo';
import { changeNoteSchema } from '@/lib/content/schemas/fields';
import { phases, statementSchema } from '@/lib/content/schemas/statement';
import { referenceYamlSchema } from '@/lib/content/schemas/reference';
import { decapConfig } from '@/lib/editor/decap-config';
import { type DecapField, formFields } from '@/lib/editor/form-fields';
import { referenceFileName } from '@/lib/editor/reference-file';
import { editorModel } from '@/lib/editor/model';
import { messages } from '@/lib/i18n/messages';
import { realContentFiles } from '../fixtures/content-builder';

/** The editor's configuration against the content model it is generated from (issue 37). */

const model = editorModel(readCorpus(memorySource(realContentFiles())));
const configs = { fr: decapConfig('fr', model, { proxyUrl: '/api/v1' }), en: decapConfig('en', model, { proxyUrl: '/api/v1' }) };
const memoFields = (locale: 'en' | 'fr') => configs[locale].collections.find((c) => c.name === 'memos')!.fields;
const field = (fields: DecapField[], name: string) => fields.find((f) => f.name === name)!;
const allFields = (fields: DecapField[]): DecapField[] => fields.flatMap((f) => [f, ...allFields(f.fields ?? []), ...(f.field ? [f.field] : [])]);

describe('the web editor’s configuration', () => {
  it('has one form field per field of the memo’s schemas, in their order, then the body', () => {
    expect(memoFields('fr').map((f) => f.name)).toEqual([...Object.keys(memoTextSchema.shape), ...Object.keys(memoYamlSchema.shape), 'body']);
    expect(field(memoFields('fr'), 'statements').fields!.map((f) => f.name)).toEqual(Object.keys(statementSchema.shape));
    expect(field(memoFields('fr'), 'changes').fields!.map((f) => f.name)).toEqual(Object.keys(changeNoteSchema.shape));
  });

  it('translates the texts and writes the memo’s facts once, in the French file (Decap’s default locale)', () => {
    const fields = memoFields('fr');
    for (const name of [...Object.keys(memoTextSchema.shape), 'body']) expect(field(fields, name).i18n, name).toBe(true);
    for (const name of Object.keys(memoYamlSchema.shape)) expect(field(fields, name).i18n, name).toBeUndefined();
    expect(configs.fr.i18n).toEqual({ structure: 'multiple_files', locales: ['fr', 'en'], default_locale: 'fr' });
    expect(configs.fr.collections[0]!.path).toBe('{{slug}}/index');
  });

  it('offers the registries’ choices, labelled in the editor’s language', () => {
    for (const locale of ['en', 'fr'] as const) {
      const statement = field(memoFields(locale), 'statements').fields!;
      expect(field(statement, 'milestone').options).toEqual(milestones.map((value) => ({ value, label: messages[locale].Milestones[value] })));
      expect(field(statement, 'phase').options!.map((o) => o.value)).toEqual([...phases]);
      expect(field(statement, 'status').options!.map((o) => o.value)).toEqual(['planned', 'confirmed']);
      const regions = field(statement, 'regions').options!;
      expect(regions).toHaveLength(15);
      expect(regions.map((o) => o.value).sort()).toEqual(model.regions.map((r) => r.id).sort());
      expect(regions.map((o) => o.label)).toContain(locale === 'fr' ? 'Nord-Est' : 'Northeast');
      expect(field(memoFields(locale), 'sender').options).toEqual(model.senders.map((s) => ({ label: s.name, value: s.id })));
    }
  });

  it('labels every field in words, never by its id, in both languages, and marks what may be left out', () => {
    for (const locale of ['en', 'fr'] as const) {
      for (const f of allFields(memoFields(locale))) {
        expect(f.label, f.name).toBeTruthy();
        expect(f.label, f.name).not.toBe(f.name);
      }
    }
    expect(field(memoFields('fr'), 'originalDocuments').required).toBe(false);
    expect(field(memoFields('fr'), 'title').required).toBeUndefined();
    expect(field(field(memoFields('fr'), 'statements').fields!, 'ssm').required).toBe(false);
  });

  it('fails when a schema and its form fields drift apart', () => {
    const schema = z.object({ a: z.string(), b: z.string().optional() });
    expect(() => formFields(schema, { a: { label: 'A', widget: 'string' } })).toThrow(/missing b/);
    expect(() => formFields(schema, { a: { label: 'A', widget: 'string' }, b: { label: 'B', widget: 'string' }, c: { label: 'C', widget: 'string' } })).toThrow(/unknown c/);
    expect(formFields(schema, { a: { label: 'A', widget: 'string' }, b: { label: 'B', widget: 'string' } }).map((f) => [f.name, f.required])).toEqual([
      ['a', undefined],
      ['b', false],
    ]);
  });

  it('has a form for another source, one field per field of its schema, its title and address in one language or both', () => {
    const references = configs.fr.collections.find((c) => c.name === 'references')!;
    expect(references).toMatchObject({ folder: 'content/references', extension: 'yaml', format: 'yml', create: true });
    expect(references.fields.map((f) => f.name)).toEqual(Object.keys(referenceYamlSchema.shape));
    expect(field(references.fields, 'title')).toMatchObject({ widget: 'one-or-both-languages', label: 'Titre tel que publié', required: false });
    expect(field(references.fields, 'url')).toMatchObject({ widget: 'one-or-both-languages', label: 'Adresse' });
    expect(field(field(references.fields, 'statements').fields!, 'milestone').options).toHaveLength(milestones.length);
  });

  it('names a new source’s file as Decap does: the publisher’s English name, cut, without accents, in lowercase', () => {
    expect(referenceFileName('Ministry of Labour (Ontario)')).toBe('ministry-of-labour-ontario');
    expect(referenceFileName('Ministère du Travail, de l’Immigration, de la Formation et du Développement')).toBe('ministere-du-travail-de-l-immigration-de-la-fo');
    expect(referenceFileName('Élan — Ontario')).toBe('elan-ontario');
  });

  it('offers each region’s page for a change note, with the memo’s change-note fields', () => {
    const regions = configs.en.collections.find((c) => c.name === 'regions')!;
    expect(regions).toMatchObject({ folder: 'content/regions', path: '{{slug}}/region', extension: 'yaml', create: false, delete: false });
    expect(regions.fields.map((f) => f.name)).toEqual(['names', 'changes']);
    expect(field(regions.fields, 'changes').fields!.map((f) => f.name)).toEqual(Object.keys(changeNoteSchema.shape));
  });
});
