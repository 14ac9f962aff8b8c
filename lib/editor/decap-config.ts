import type { z } from 'zod';
import { type DecapField, type FieldSpec, formFields } from './form-fields';
import type { EditorModel } from './model';
import { referenceSlug } from './reference-file';
import { precisions } from '../core/dates';
import { documentKinds, languageFileName } from '../content/document-kinds';
import { milestones } from '../content/milestones';
import { memoTextSchema, memoYamlSchema, printedPositions } from '../content/schemas/memo';
import { changeNoteSchema } from '../content/schemas/fields';
import { referenceYamlSchema } from '../content/schemas/reference';
import { phases, statementSchema } from '../content/schemas/statement';
import { type Locale, locales } from '../i18n/locales';
import { messages } from '../i18n/messages';

/**
 * The web editor's configuration (Decap CMS), generated from the content model: every field of
 * the memo's schemas becomes a form field, every choice comes from the registries (milestones,
 * phases, statuses, date wordings, the regions and senders of the content), and every label and
 * help text from the message catalogues (Editor.*), in the editor's language. A schema field
 * without a form field here, or a form field the schema does not know, fails
 * tests/unit/editor-config.test.ts.
 */

/**
 * Where the editor saves: decap-server behind `npm run edit` (proxyUrl), or the git host, where
 * Decap's GitHub backend opens a branch and a pull request per entry and signs in through an OAuth
 * gateway (authUrl; docs/deployment.md, "The web editor on the git host").
 */
export type EditorBackend = { proxyUrl: string; branch?: string } | { github: string; authUrl: string; branch?: string };

type Labels = (typeof messages)['en']['Editor'];

/** A day, month, part of a year or year, as a statement's dates are written (the check says which). */
const partialDatePattern = '^\\d{4}(-\\d{2}(-\\d{2})?|-[a-z-]+)?$';
const publicationPattern = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$';

export function decapConfig(locale: Locale, model: EditorModel, backend: EditorBackend) {
  const m = messages[locale];
  const l: Labels['labels'] = m.Editor.labels;
  const h: Labels['hints'] = m.Editor.hints;
  const languageOptions = locales.map((value) => ({ label: l[value], value }));
  const regionOptions = [...model.regions]
    .sort((a, b) => a.names[locale].localeCompare(b.names[locale], locale))
    .map((region) => ({ label: region.names[locale], value: region.id }));
  const text = (label: string, hint?: string): FieldSpec => ({ label, widget: 'string', ...(hint ? { hint } : {}) });
  // Inside a group that may be left out, Decap would still require its fields: the check says
  // what a group written in part lacks.
  const bothLanguages = (label: string, required = true): FieldSpec => ({
    label,
    widget: 'object',
    fields: locales.map((value) => ({ name: value, label: l[value], widget: 'text', ...(required ? {} : { required: false }) })),
  });

  const statementFields = formFields(statementSchema as unknown as z.ZodObject<z.ZodRawShape>, {
    milestone: { label: l.milestone, widget: 'select', options: milestones.map((value) => ({ label: m.Milestones[value], value })) },
    regions: { label: l.regions, widget: 'select', multiple: true, options: regionOptions },
    date: { ...text(l.statementDate, h.statementDate), pattern: [partialDatePattern, h.statementDate] },
    precision: { label: l.precision, widget: 'select', options: precisions.map((value) => ({ label: m.Editor.options.precision[value], value })) },
    start: { ...text(l.start, h.start), pattern: [partialDatePattern, h.start] },
    end: { ...text(l.end, h.start), pattern: [partialDatePattern, h.start] },
    status: { label: l.status, widget: 'select', hint: h.status, options: (['planned', 'confirmed'] as const).map((value) => ({ label: m.Editor.options.status[value], value })) },
    phase: { label: l.phase, widget: 'select', hint: h.phase, options: phases.map((value) => ({ label: m.Phases[value], value })) },
    ssm: {
      label: l.ssm,
      widget: 'object',
      hint: h.ssm,
      fields: [
        { name: 'lead', label: l.lead, widget: 'string', required: false },
        { name: 'partners', label: l.partners, widget: 'list', required: false, field: { name: 'partner', label: l.partner, widget: 'string' } },
      ],
    },
    note: bothLanguages(l.note, false),
  });

  const changeFields = formFields(changeNoteSchema as unknown as z.ZodObject<z.ZodRawShape>, {
    date: { ...text(l.changeDate), pattern: ['^\\d{4}-\\d{2}-\\d{2}$', h.date] },
    note: bothLanguages(l.note),
    publishedOnSite: { ...text(l.changePublishedOnSite, h.publishedOnSite), pattern: [publicationPattern, h.publishedOnSite] },
  });

  // The French text's fields, then the memo's facts (held in index.fr.md: not translated, so Decap
  // writes them into the default locale's file only), then the body.
  const textFields = formFields(memoTextSchema, {
    title: { ...text(l.title, h.title), i18n: true },
    slug: { ...text(l.slug, h.slug), i18n: true, pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', h.slug] },
    summary: { label: l.summary, widget: 'text', hint: h.summary, i18n: true },
    recipients: { ...text(l.recipients), i18n: true },
    heading: { ...text(l.heading), i18n: true },
    headerLabels: {
      label: l.headerLabels,
      widget: 'object',
      i18n: true,
      fields: [
        { name: 'to', label: l.to, widget: 'string', i18n: true },
        { name: 'from', label: l.fromLabel, widget: 'string', i18n: true },
        { name: 'date', label: l.dateLabel, widget: 'string', i18n: true },
        { name: 'subject', label: l.subject, widget: 'string', i18n: true },
      ],
    },
    from: { ...text(l.from), i18n: true },
    printedDate: { ...text(l.printedDate), i18n: true },
    cc: { label: l.cc, widget: 'list', i18n: true, field: { name: 'person', label: l.ccItem, widget: 'string' } },
  });
  // Lists stay open: a closed item would be summed up by its ids (Decap's summaries cannot show a
  // choice's label), and authors read each statement by its labelled fields.
  const factFields = formFields(memoYamlSchema, {
    date: { label: l.date, widget: 'datetime', hint: h.date, date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD', picker_utc: true },
    publishedOnSite: { ...text(l.publishedOnSite, h.publishedOnSite), pattern: [publicationPattern, h.publishedOnSite] },
    sender: { label: l.sender, widget: 'select', options: model.senders.map((sender) => ({ label: sender.name, value: sender.id })) },
    originalLanguage: { label: l.originalLanguage, widget: 'select', options: languageOptions, default: 'fr' },
    translatedForSite: { label: l.translatedForSite, widget: 'select', multiple: true, options: languageOptions },
    originalDocuments: {
      label: l.originalDocuments,
      widget: 'list',
      hint: h.originalDocuments,
      fields: [
        { name: 'language', label: l.language, widget: 'select', options: languageOptions },
        { name: 'url', label: l.url, widget: 'string' },
      ],
    },
    printedAddresses: {
      label: l.printedAddresses,
      widget: 'list',
      fields: [
        { name: 'url', label: l.url, widget: 'string' },
        { name: 'page', label: l.page, widget: 'number', value_type: 'int', min: 1 },
        { name: 'position', label: l.position, widget: 'select', options: printedPositions.map((value) => ({ label: m.Editor.options.position[value], value })) },
      ],
    },
    regions: { label: l.regions, widget: 'select', multiple: true, options: regionOptions },
    statements: { label: l.statements, label_singular: l.statement, widget: 'list', collapsed: false, fields: statementFields },
    changes: { label: l.changes, label_singular: l.change, widget: 'list', collapsed: false, hint: h.changes, fields: changeFields },
  });

  // A region's page takes change notes from the editor; its names, addresses and places are the
  // model's own (lib/content/schemas/region.ts) and stay as written: Decap keeps the fields it
  // does not show.
  const regionFields: DecapField[] = [
    { name: 'names', label: l.regionNames, widget: 'object', fields: locales.map((value) => ({ name: value, label: l[value], widget: 'string' })) },
    { name: 'changes', label: l.regionChanges, label_singular: l.change, widget: 'list', collapsed: false, required: false, hint: h.changes, fields: changeFields },
  ];

  // Another source (content/references/<id>.yaml): its title and address are one text, or one per
  // language when it is published in both — a choice Decap has no widget for, so the editor's page
  // registers one (editor/editor.js, "one-or-both-languages").
  const oneOrBoth = (label: string, hint: string): FieldSpec => ({ label, widget: 'one-or-both-languages', hint });
  const referenceFields = formFields(referenceYamlSchema, {
    title: oneOrBoth(l.titleReference, h.titleReference),
    language: { label: l.referenceLanguage, widget: 'select', hint: h.referenceLanguage, options: languageOptions },
    description: { ...bothLanguages(l.description, false), hint: h.description },
    publisher: { label: l.publisher, widget: 'object', fields: locales.map((value) => ({ name: value, label: l[value], widget: 'string' })) },
    url: oneOrBoth(l.url, h.url),
    published: { ...text(l.published, h.published), pattern: [partialDatePattern, h.published] },
    consulted: { ...text(l.consulted, h.consulted), pattern: ['^\\d{4}-\\d{2}-\\d{2}$', h.consulted] },
    publishedOnSite: { ...text(l.publishedOnSite, h.publishedOnSite), pattern: [publicationPattern, h.publishedOnSite] },
    statements: { label: l.statements, label_singular: l.statement, widget: 'list', collapsed: false, fields: statementFields },
  });

  const memo = documentKinds.memo;
  const reference = documentKinds.reference;
  const region = documentKinds.region;
  return {
    backend:
      'github' in backend
        ? { name: 'github', repo: backend.github, branch: backend.branch ?? 'main', base_url: backend.authUrl, squash_merges: true }
        : { name: 'proxy', proxy_url: backend.proxyUrl, branch: backend.branch ?? 'main' },
    publish_mode: 'editorial_workflow',
    // Decap's "Check for preview" looks for a deploy preview of a branch; the pane's preview renders the draft itself.
    show_preview_links: false,
    locale,
    // The site publishes no images in memos. On the git host, a memo's Word files uploaded through
    // the media library go to imports/, which the import-memo workflow turns into drafts
    // (scripts/import-uploads.ts); beside npm run edit, the page's own import does it.
    media_folder: 'github' in backend ? 'imports' : 'content/.editor-uploads',
    // git quotes accented paths and decap-server does not unquote them (../shared/notes/web-editor.md).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_files', locales: ['fr', 'en'], default_locale: 'fr' },
    collections: [
      {
        name: 'memos',
        label: m.Editor.collections.memos.label,
        label_singular: m.Editor.collections.memos.singular,
        description: m.Editor.collections.memos.description,
        folder: `content/${memo.folder}`,
        // content/memos/<id>/index.fr.md and index.en.md (lib/content/document-kinds.ts).
        path: `{{slug}}/${languageFileName('fr').split('.')[0]}`,
        extension: 'md',
        format: 'frontmatter',
        create: true,
        i18n: true,
        identifier_field: 'title',
        // The folder: the memo's date, then the end of its French address (YYYY-MM-DD-name).
        slug: '{{year}}-{{month}}-{{day}}-{{fields.slug}}',
        summary: '{{date}} — {{title}}',
        sortable_fields: ['date', 'title'],
        fields: [...textFields, ...factFields, { name: 'body', label: l.body, widget: 'markdown', hint: h.body, i18n: true }],
      },
      {
        name: 'references',
        label: m.Editor.collections.references.label,
        label_singular: m.Editor.collections.references.singular,
        description: m.Editor.collections.references.description,
        // content/references/<id>.yaml (lib/content/document-kinds.ts).
        folder: `content/${reference.folder}`,
        extension: 'yaml',
        format: 'yml',
        create: true,
        identifier_field: 'publishedOnSite',
        // The file's name: the publisher's English name, shortened, in lowercase (scripts/edit.ts names it the same way for the check).
        slug: referenceSlug,
        summary: `{{fields.publisher.${locale}}} — {{fields.publishedOnSite}}`,
        sortable_fields: ['publishedOnSite'],
        fields: referenceFields,
      },
      {
        name: 'regions',
        label: m.Editor.collections.regions.label,
        label_singular: m.Editor.collections.regions.singular,
        description: m.Editor.collections.regions.description,
        folder: `content/${region.folder}`,
        // content/regions/<id>/region.yaml (lib/content/document-kinds.ts).
        path: `{{slug}}/${region.files[0].name.replace(/\.yaml$/, '')}`,
        extension: 'yaml',
        format: 'yml',
        create: false,
        delete: false,
        identifier_field: 'names',
        summary: `{{fields.names.${locale}}}`,
        sortable_fields: [],
        fields: regionFields,
      },
    ],
  };
}

/**
 * What the editor's page script loads (editor/editor.js): Decap's configuration and the page's own
 * words. `local`: `npm run edit` checks each save and renders the preview (POST /api/check,
 * /api/preview); on the git host no process runs beside the editor, and the pull request's
 * workflow checks the content instead.
 */
export function editorSettings(locale: Locale, model: EditorModel, backend: EditorBackend) {
  const e = messages[locale].Editor;
  return {
    decap: decapConfig(locale, model, backend),
    local: !('github' in backend),
    texts: { unreachable: e.save.unreachable, preview: e.preview, languageChoice: e.languageChoice, languages: { en: e.labels.en, fr: e.labels.fr }, accessibility: e.accessibility, import: e.import },
  };
}
