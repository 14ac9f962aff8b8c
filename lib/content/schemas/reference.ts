/** A reference (content/references/<id>.yaml): a public source, its dates and the statements it supports. */
import { z } from 'zod';
import { partialDateFormat } from '../../core/dates';
import { isoDay, locale, localizedText, nonEmpty, partialDate, sitePublication, webAddress, withFix } from './fields';
import { statementSchema } from './statement';

const httpUrl = webAddress;

/** A source's own date, as precise as it shows it; a bare year is read by YAML as a number. */
const publishedDate = partialDate.describe('The source’s own date, as precise as it shows it: YYYY-MM-DD, YYYY-MM or YYYY. Leave it out when the source shows none.');

export const referenceYamlSchema = z
  .object({
    title: z
      .union([nonEmpty, localizedText], { error: withFix('must be the title as text, or one per language', 'write the title exactly as published, in quotes, or { en: …, fr: … } when the source is published in both languages.') })
      .optional()
      .describe('The title exactly as published: one string (with language), or en and fr when the source is published in both.'),
    language: locale.optional().describe('The language the source is published in, when title is one string.'),
    description: localizedText.optional().describe('Only when the title as published is not known: what the source is, in both languages. Shown in [brackets].'),
    publisher: localizedText.describe('Who published it (and who republished it, if the address is a republication).'),
    url: z.union([httpUrl, z.object({ en: httpUrl, fr: httpUrl }).strict()], {
      error: withFix('must be a web address, or one per language', 'write the full address starting with https://, or { en: https://…, fr: https://… }.'),
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
    if (!r.title && !r.description) ctx.addIssue({ code: 'custom', path: ['title'], message: 'is missing', params: { fix: 'add title: the title exactly as the source shows it (or, only if it is unknown, description: { en: …, fr: … }).' } });
    if (r.title && r.description) ctx.addIssue({ code: 'custom', path: ['description'], message: 'goes with a source whose title is unknown', params: { fix: 'keep title (as published) and remove description.' } });
    if (typeof r.title === 'string' && !r.language) ctx.addIssue({ code: 'custom', path: ['language'], message: 'is missing', params: { fix: 'add language: en or fr — the language the title is published in.' } });
    if (r.language && typeof r.title !== 'string') ctx.addIssue({ code: 'custom', path: ['language'], message: 'goes with a title written as one string', params: { fix: 'remove language, or write the title as one string.' } });
    const exact = r.published !== undefined && partialDateFormat(String(r.published)) === 'day';
    if (!exact && !r.consulted) ctx.addIssue({ code: 'custom', path: ['consulted'], message: r.published ? 'is required when published is only a month or a year' : 'is required when the source shows no date', params: { fix: 'add consulted: YYYY-MM-DD, the day you read the source.' } });
  });

export type ReferenceYaml = z.infer<typeof referenceYamlSchema>;
