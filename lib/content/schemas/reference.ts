/** A reference (content/references/<id>.yaml): a public source, its dates and the statements it supports. */
import { z } from 'zod';
import { partialDateFormat } from '../../core/dates';
import { catalogued, isoDay, locale, localizedText, nonEmpty, partialDate, sitePublication, webAddress, withFix } from './fields';
import { statementSchema } from './statement';

const httpUrl = webAddress;

/** A source's own date, as precise as it shows it; a bare year is read by YAML as a number. */
const publishedDate = partialDate.describe('The source’s own date, as precise as it shows it: YYYY-MM-DD, YYYY-MM or YYYY. Leave it out when the source shows none.');

export const referenceYamlSchema = z
  .object({
    title: z
      .union([nonEmpty, localizedText], { error: withFix('schema.referenceTitle', 'schema.referenceTitleFix') })
      .optional()
      .describe('The title exactly as published: one string (with language), or en and fr when the source is published in both.'),
    language: locale.optional().describe('The language the source is published in, when title is one string.'),
    description: localizedText.optional().describe('Only when the title as published is not known: what the source is, in both languages. Shown in [brackets].'),
    publisher: localizedText.describe('Who published it (and who republished it, if the address is a republication).'),
    url: z.union([httpUrl, z.object({ en: httpUrl, fr: httpUrl }).strict()], {
      error: withFix('schema.referenceUrl', 'schema.referenceUrlFix'),
    }).describe('The source’s address, or one per language.'),
    published: publishedDate.optional(),
    consulted: isoDay.optional().describe('The day this site read the source; required when published is missing or not a full day. Shown, never used to rank.'),
    publishedOnSite: sitePublication,
    statements: z
      .array(statementSchema)
      .default([])
      .describe('The dated claims the source supports. Leave it out only for a source that regions cite for their places (the check refuses a reference that supports nothing).'),
  })
  .strict()
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string, fix: string) => ctx.addIssue({ code: 'custom', path: [path], message: catalogued(message), params: { fix: catalogued(fix) } });
    if (!r.title && !r.description) issue('title', 'schema.missing', 'schema.titleMissingFix');
    if (r.title && r.description) issue('description', 'schema.descriptionWithTitle', 'schema.descriptionWithTitleFix');
    if (typeof r.title === 'string' && !r.language) issue('language', 'schema.missing', 'schema.languageMissingFix');
    if (r.language && typeof r.title !== 'string') issue('language', 'schema.languageWithoutTitle', 'schema.languageWithoutTitleFix');
    const exact = r.published !== undefined && partialDateFormat(String(r.published)) === 'day';
    if (!exact && !r.consulted) issue('consulted', r.published ? 'schema.consultedPartial' : 'schema.consultedUndated', 'schema.consultedFix');
  });

export type ReferenceYaml = z.infer<typeof referenceYamlSchema>;
