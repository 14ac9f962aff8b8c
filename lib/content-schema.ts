import { z } from 'zod';
import { isRealIsoDay, partialDateFormat, periodBounds, precisionFormat, precisions, yearParts } from './dates';
import { locales } from './i18n/locales';
import { withFix } from './check/problems';
import { isPeriod, type Milestone, milestoneInfo, milestones, phaseMilestone, ssmMilestone } from './milestones';

/**
 * The schema of every content file, as staff write it. The validator (lib/validate.ts) checks
 * files against it before Contentlayer compiles them, because Contentlayer does not check enum
 * values and silently rolls impossible dates over (2022-02-30 → 2022-03-02).
 */

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, withFix('must be written with a to z (no capitals, no accents), digits and single hyphens', 'write it in lowercase a to z without accents (é → e), digits and hyphens, e.g. "phase-2-update".'));

/** A slug becomes the end of an address: short, and within what file systems accept. */
export const slug = kebabId.max(80, withFix('is longer than 80 characters', 'shorten it to a few words: it is the end of the page’s address.'));

const writeDay = 'write the date as YYYY-MM-DD, for example 2022-09-22.';
export const isoDay = z
  .string({ error: withFix('must be a date written YYYY-MM-DD', writeDay) })
  .regex(/^\d{4}-\d{2}-\d{2}$/, withFix('must be a date written YYYY-MM-DD', writeDay))
  .refine(isRealIsoDay, withFix('is not a real calendar day', 'write a date that exists on the calendar, as YYYY-MM-DD.'));

const locale = z.enum(locales);
const nonEmpty = z.string({ error: 'is required' }).trim().min(1, 'must not be empty');
const localizedText = z.object({ en: nonEmpty, fr: nonEmpty }).strict();

/** A dated note saying what changed on a published page, shown as its history and in feeds. */
export const changeNoteSchema = z.object({ date: isoDay, note: localizedText }).strict();
export type ChangeNote = z.infer<typeof changeNoteSchema>;

const webAddress = z
  .url({ protocol: /^https?$/, error: withFix('is not a web address', 'write the full address, starting with https:// (or http://).') })
  .regex(/^[^\s"'<>]+$/, withFix('contains a space, a quotation mark or an angle bracket', 'copy the address again from the browser’s address bar.'));

/** Where on a page of the original memo an address is printed. */
export const printedPositions = ['top', 'text', 'foot'] as const;
export type PrintedPosition = (typeof printedPositions)[number];

/** The day this site published a memo or a source: what's new, the feeds and "Date modified" date it by this day. */
const sitePublication = isoDay.describe(
  'The day this site published it, YYYY-MM-DD (not the memo’s or source’s own date): "What’s new", the feeds and "Date modified" are dated by it. npm run new:memo writes today.',
);

export const memoYamlSchema = z
  .object({
    date: isoDay.describe('The date printed on the memo, YYYY-MM-DD. The folder name starts with it.'),
    publishedOnSite: sitePublication,
    sender: kebabId.describe('Sender id: a file name in content/senders/ without .yaml.'),
    originalLanguage: locale.describe('The language the ministry issued the memo in.'),
    translatedForSite: z.array(locale).default([]).describe('Languages this site translated the memo into; those pages say so.'),
    originalDocuments: z
      .array(
        z
          .object({
            language: locale.describe('The language of this original.'),
            url: webAddress.describe('The address at which the ministry published this memo itself (e.g. its PDF).'),
          })
          .strict(),
      )
      .default([])
      .describe(
        "Optional. The memo's own published original, one per language, only when its address is known; the page links it as the original document. Leave it out when the address is not known. An address printed inside the memo is not the memo's own address: list it under printedAddresses.",
      ),
    printedAddresses: z
      .array(
        z
          .object({
            url: webAddress.describe('The web address exactly as it is printed in the memo.'),
            page: z.number().int().positive().describe('The page of the original memo it is printed on: 1 for the first page.'),
            position: z.enum(printedPositions).describe('Where on that page: top, text (within the text of the page) or foot.'),
          })
          .strict(),
      )
      .default([])
      .describe(
        'Optional. Web addresses printed in the original memo, in the order they appear. The page lists them as "addresses printed in the original memo", each with where it is printed, without saying what they lead to.',
      ),
    regions: z.array(kebabId).default([]).describe('Region ids (folder names in content/regions/) the memo concerns, besides those its statements name.'),
    statements: z.array(z.lazy(() => statementSchema)).default([]).describe('The dated claims the memo makes about regions, one per claim (see content/README.md, "Statements").'),
    changes: z.array(changeNoteSchema).default([]).describe('Corrections or updates made after publication, each with its date and a note in both languages.'),
  })
  .strict();

const headerLabel = (example: string) =>
  nonEmpty.describe(`The label of this row as printed in this language version, colon included, e.g. ${example}.`);

export const memoTextSchema = z
  .object({
    title: nonEmpty.describe('The memo\'s subject, in this language: the text of its "Subject" / « Objet » row as printed.'),
    slug: slug.describe('The end of the URL in this language; never change it once published.'),
    summary: nonEmpty.max(300, 'must be 300 characters or fewer').describe('One or two sentences for lists, feeds and search engines.'),
    recipients: nonEmpty.describe('The text of the memo\'s "To" / « Destinataires » row as printed.'),
    heading: nonEmpty.describe('The heading printed at the top of the memo, in this language: "Note de service" in a French original, "Memorandum" in an English translation.'),
    headerLabels: z
      .object({
        to: headerLabel('"Destinataires :" or "To:"'),
        from: headerLabel('"Expéditrice :", "Expéditeur :" or "From:"'),
        date: headerLabel('"Date :" or "Date:"'),
        subject: headerLabel('"Objet :" or "Subject:"'),
      })
      .strict()
      .describe('The labels of the four header rows as printed in this language version. The rows show recipients, from, printedDate and title.'),
    from: nonEmpty.describe('The text of the "From" / « Expéditrice » row as printed: the name and title only, e.g. "Jody Young, sous-ministre adjointe".'),
    printedDate: nonEmpty.describe(
      'The text of the "Date" row as printed, e.g. "le 22 septembre 2022" or "17 mars 2022"; in a translation, the date as that language writes it ("September 22, 2022"). memo.yaml\'s date gives the same day for machines.',
    ),
    cc: z.array(nonEmpty).default([]).describe('The cc list, one entry per person.'),
  })
  .strict();

export const pageTextSchema = z
  .object({
    title: nonEmpty.describe('The page title, in this language.'),
    slug: slug.describe('The end of the URL in this language (/en/<slug>/); never change it once published.'),
    summary: nonEmpty.describe('One or two sentences for search engines and lists.'),
    updated: isoDay.describe('The day the text last changed, YYYY-MM-DD: the page’s "Date modified".'),
  })
  .strict();

export const senderYamlSchema = z
  .object({
    name: nonEmpty.describe('The sender’s name as the memos print it.'),
    role: localizedText.describe('Their title, in both languages.'),
    division: localizedText.describe('Their division, in both languages; memos are cited by it.'),
  })
  .strict();

export type MemoYaml = z.infer<typeof memoYamlSchema>;
export type MemoText = z.infer<typeof memoTextSchema>;
export type PageText = z.infer<typeof pageTextSchema>;
export type SenderYaml = z.infer<typeof senderYamlSchema>;

/* ---------------------------------------------------------------------------------------------
 * Regions, statements and references: the rollout model (see README "Content").
 * ------------------------------------------------------------------------------------------- */

export { milestones, type Milestone };

export const phases = ['prototype', 'phase-1', 'phase-2', 'phase-3'] as const;
export type Phase = (typeof phases)[number];

const partsOfYear = Object.keys(yearParts).join(', ');
const writtenDate = new RegExp(`^\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?|-(${Object.keys(yearParts).join('|')}))?$`);

/** A date as precise as its source: YYYY, YYYY-<part of the year>, YYYY-MM or YYYY-MM-DD (YAML reads a bare year as a number). */
export const partialDate = z
  .union([
    z.string().regex(writtenDate),
    z.number().int().min(1900, withFix('is not a year this site covers', 'write the year as four digits, e.g. 2024.')).max(2200, withFix('is not a year this site covers', 'write the year as four digits, e.g. 2024.')),
  ], { error: withFix('must be a date written YYYY-MM-DD, YYYY-MM, YYYY-<part of the year> or YYYY', `write the date as precisely as the source gives it: 2023-10-01, 2022-04, 2022-fall (parts of a year: ${partsOfYear}) or 2022.`) })
  .transform((value) => String(value))
  .refine((value) => partialDateFormat(value) !== null, withFix('is not a real date', 'write a date that exists on the calendar: YYYY-MM-DD, YYYY-MM, YYYY-<part of the year> or YYYY.'))
  .describe(`A date as precise as the source gives it: YYYY-MM-DD, YYYY-MM, YYYY-<part of the year> (${partsOfYear}: "2022-fall" is fall 2022) or YYYY.`);

/** An organization's name: one string, or one per language when it differs. */
export const organizationName = z.union([nonEmpty, localizedText], {
  error: withFix('must be a name, or a name per language', 'write the name as text, or as { en: …, fr: … } when it differs by language.'),
});

export const statementSchema = z
  .object({
    milestone: z.enum(milestones).describe('What the statement is about.'),
    regions: z.array(kebabId).min(1, 'must name at least one region').describe('Region ids: folder names in content/regions/.'),
    date: partialDate.optional(),
    precision: z.enum(precisions).optional().describe('How the source words the date: "end of April 2022" is end-of-month, "by April 2022" by-month, "by the end of April 2022" by-end-of-month (date YYYY-MM); "by 2025" is by-year, "by the end of 2023" by-end-of-year (date YYYY).'),
    start: partialDate.optional(),
    end: partialDate.optional(),
    status: z.enum(['planned', 'confirmed']).describe('planned: the source announces it for later, however firmly. confirmed: the source reports that it has happened (its date is on or before the source’s own date).'),
    phase: z.enum(phases).optional().describe('phase-assigned statements only.'),
    ssm: z.object({ lead: organizationName, partners: z.array(organizationName).default([]) }).strict().optional(),
    note: localizedText.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const period = isPeriod(s.milestone);
    if (period && s.date) ctx.addIssue({ code: 'custom', path: ['date'], message: `a ${s.milestone} takes start and end, not date`, params: { fix: 'replace date with start and end (YYYY-MM or YYYY-MM-DD), or leave all three out if the source gives no dates.' } });
    if (!period && (s.start || s.end)) ctx.addIssue({ code: 'custom', path: ['start'], message: `a ${s.milestone} takes date, not start and end`, params: { fix: 'use date (and precision if needed); only planning and transition periods have start and end.' } });
    if (Boolean(s.start) !== Boolean(s.end)) ctx.addIssue({ code: 'custom', path: [s.start ? 'end' : 'start'], message: 'start and end go together', params: { fix: 'give both start and end, or neither.' } });
    if (s.start && s.end && periodBounds(s.end).last < periodBounds(s.start).first) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end (${s.end}) is before start (${s.start})`, params: { fix: 'check the source: end must be the same day as start or later (both days count).' } });
    }
    if (s.precision && !s.date) ctx.addIssue({ code: 'custom', path: ['precision'], message: 'precision applies to date only', params: { fix: 'remove precision, or give the statement a date.' } });
    if (s.precision && s.date && precisionFormat[s.precision] !== partialDateFormat(s.date)) {
      ctx.addIssue({ code: 'custom', path: ['precision'], message: `"${s.precision}" needs a date written ${formatExample[precisionFormat[s.precision]]}`, params: { fix: `write the date as ${formatExample[precisionFormat[s.precision]]}, or choose the precision that matches it.` } });
    }
    const carries = milestoneInfo[s.milestone].carries;
    if ((carries === 'phase') !== Boolean(s.phase)) {
      ctx.addIssue({ code: 'custom', path: ['phase'], message: s.phase ? `phase belongs to ${phaseMilestone} statements only` : `a ${phaseMilestone} statement names its phase`, params: { fix: s.phase ? `remove phase, or change milestone to ${phaseMilestone}.` : `add phase: ${phases.join(', ')}.` } });
    }
    if (s.ssm && carries !== 'ssm') ctx.addIssue({ code: 'custom', path: ['ssm'], message: `ssm belongs to ${ssmMilestone} statements only`, params: { fix: `move the ssm block to an ${ssmMilestone} statement.` } });
  });

const formatExample = { day: 'YYYY-MM-DD', month: 'YYYY-MM', 'part-of-year': 'YYYY-<part of the year>', year: 'YYYY' } as const;

/* Places: what a partner knows their region by (see content/README.md, "Regions"). */

/** A place's name: one string when both languages write it the same, or one per language. */
const placeName = z.union([nonEmpty, localizedText], {
  error: withFix('must be a name, or a name per language', 'write the name as text, or as { en: …, fr: … } when Statistics Canada writes it differently in French.'),
});

/** A census division's code in Statistics Canada's Standard Geographical Classification: 35 (Ontario) and two digits. */
export const sgcCode = z
  .union([z.number().int(), z.string()], { error: withFix('must be a four-digit code', 'write the census division’s four-digit SGC code, e.g. 3510.') })
  .transform((value) => String(value))
  .refine((value) => /^35\d{2}$/.test(value), withFix('is not the code of an Ontario census division', 'write the four-digit code Statistics Canada gives the census division: 35 then two digits, e.g. 3510 for Frontenac.'))
  .describe('The census division’s four-digit code in Statistics Canada’s Standard Geographical Classification (SGC 2021): 35 then two digits, e.g. 3510.');

/** The references that give a list of places: ids of files in content/references/. */
const placeSources = z
  .array(kebabId)
  .min(1, withFix('must name at least one source', 'list the ids of the references that give these places (file names in content/references/ without .yaml).'))
  .describe('The ids of the references that give this list (file names in content/references/ without .yaml); the page cites them.');

export const regionPlacesSchema = z
  .object({
    censusDivisions: z
      .object({
        sources: placeSources,
        list: z
          .array(z.object({ code: sgcCode, name: placeName.describe('Its name as Statistics Canada writes it: one string, or { en: …, fr: … } when the French differs.') }).strict())
          .min(1, withFix('must list at least one census division', 'list the census divisions of this region, each with its code and name.'))
          .describe('The census divisions (counties, districts, regional municipalities, single-tier cities) that make up the region, each once.'),
      })
      .strict()
      .describe('The census divisions that make up the region, with the sources that say so.'),
    urbanCentres: z
      .object({
        sources: placeSources,
        list: z
          .array(placeName)
          .min(1, withFix('must name at least one urban centre', 'name the urban centres, or leave urbanCentres out when the source names none for this region.'))
          .describe('The main urban centres (census metropolitan areas and agglomerations), in the order the source gives them: one string each, or { en: …, fr: … } when the French differs.'),
      })
      .strict()
      .optional()
      .describe('The main urban centres of the region, with the sources that name them. Leave it out when the source names none.'),
  })
  .strict();

export type RegionPlaces = z.infer<typeof regionPlacesSchema>;

export const regionYamlSchema = z
  .object({
    names: localizedText,
    inSentence: localizedText
      .optional()
      .describe('The name as a sentence uses it, when it takes an article: { en: the Northeast, fr: le Nord-Est }. Defaults to names.'),
    slugs: z.object({ en: slug, fr: slug }).strict().describe('The end of the region’s address in each language; never change it once published.'),
    order: z.number().int().positive().describe('Its place in lists of regions: 1 comes first.'),
    places: regionPlacesSchema
      .optional()
      .describe('The places a partner knows the region by: its census divisions and its main urban centres, each list with its sources. The finder page and site search use them.'),
    changes: z.array(changeNoteSchema).default([]),
  })
  .strict();

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

export type Statement = z.infer<typeof statementSchema>;
export type RegionYaml = z.infer<typeof regionYamlSchema>;
export type ReferenceYaml = z.infer<typeof referenceYamlSchema>;
