/** The fields every kind of content file shares: ids, days, partial dates, text in both languages, addresses, change notes. */
import { z } from 'zod';
import { isRealIsoDay, partialDateFormat, yearParts } from '../../core/dates';
import { isPublicationTime, zonedTimePattern } from '../../core/toronto-time';
import { locales } from '../../i18n/locales';

/*
 * Friendly errors live with the schema, as keys of the check's catalogue (ContentCheck in
 * messages/*.json), so that the author reads them in their language: a check's message carries
 * its fix after a separator (withFix), and a refinement passes its fix, and the values both
 * take, in `params`; the check (lib/check/problems.ts) splits and translates them.
 */
export const fixSeparator = '\u001f';
/** Marks a schema error text as a key of the check's catalogue (ContentCheck.<key>). */
export const catalogueMark = '\u001e';
export const catalogued = (key: string): string => `${catalogueMark}${key}`;

/** A schema check's error message with the fix that goes with it, both keys of the catalogue. */
export function withFix(messageKey: string, fixKey: string): string {
  return `${catalogued(messageKey)}${fixSeparator}${catalogued(fixKey)}`;
}

/** What an author writes for a field that differs by language, shown in messages. */
export const perLanguage = '{ en: …, fr: … }';

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, withFix('schema.kebabId', 'schema.kebabIdFix'));

/** A slug becomes the end of an address: short, and within what file systems accept. */
export const slug = kebabId.max(80, withFix('schema.slugTooLong', 'schema.slugTooLongFix'));

export const isoDay = z
  .string({ error: withFix('schema.isoDay', 'schema.isoDayFix') })
  // A day not written YYYY-MM-DD gets one message, not a second about the calendar.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: withFix('schema.isoDay', 'schema.isoDayFix'), abort: true })
  .refine(isRealIsoDay, withFix('schema.notRealDay', 'schema.notRealDayFix'));

export const locale = z.enum(locales);
/**
 * The longest plain-text field: a paragraph-long note or a publisher's name fits many times over;
 * a pasted page does not (a 300 000-character title made a 2 MB page).
 */
export const maxTextLength = 2000;
/** The longest title: a memo's subject or a source's title as published. */
export const maxTitleLength = 300;
const tooLong = withFix('schema.tooLong', 'schema.tooLongFix');
/**
 * Plain text is published composed (NFC): "é" typed on one keyboard and "e" + accent pasted from
 * another become the same letters, so search, sorting and the uniqueness of names treat them alike.
 */
export const nonEmpty = z.string({ error: catalogued('schema.required') }).trim().normalize('NFC').min(1, catalogued('schema.empty')).max(maxTextLength, tooLong);
/** A title: plain text, at most maxTitleLength characters. */
export const titleText = z.string({ error: catalogued('schema.required') }).trim().normalize('NFC').min(1, catalogued('schema.empty')).max(maxTitleLength, tooLong);
export const localizedText = z.object({ en: nonEmpty, fr: nonEmpty }).strict();


export const webAddress = z
  .url({ protocol: /^https?$/, error: withFix('schema.notWebAddress', 'schema.notWebAddressFix') })
  .regex(/^[^\s"'<>]+$/, withFix('schema.addressCharacters', 'schema.addressCharactersFix'));

/**
 * When this site publishes a memo, a source or a change note: a day (published from midnight,
 * Toronto time) or a day and a time (2026-12-08T09:00, Toronto time). Before it, the item appears
 * nowhere (lib/content/publication.ts). A time with an offset or "Z" is refused: the ministry
 * schedules by Toronto's clock, and one way of writing it keeps authors and reviewers agreed.
 */
export const sitePublication = z
  .string({ error: withFix('schema.publicationTime', 'schema.publicationTimeFix') })
  .refine((value) => !zonedTimePattern.test(value.trim()), { error: withFix('schema.publicationZoned', 'schema.publicationZonedFix'), abort: true })
  .refine(isPublicationTime, withFix('schema.publicationTime', 'schema.publicationTimeFix'))
  .describe(
    'When this site publishes it, Toronto time: a day YYYY-MM-DD (from midnight) or a day and time YYYY-MM-DDTHH:MM, e.g. 2026-12-08T09:00 (not the memo’s or source’s own date). Before then it appears nowhere; "What’s new", the feeds and "Date modified" are dated by its day. npm run new:memo writes today.',
  );

/**
 * A dated note saying what changed on a published page, shown as its history and in feeds. It is
 * published from its day, or from its own publishedOnSite when the change is scheduled.
 */
export const changeNoteSchema = z
  .object({
    date: isoDay,
    note: localizedText,
    publishedOnSite: sitePublication.optional().describe('When this site publishes the note, Toronto time, if not from the start of its date: YYYY-MM-DD or YYYY-MM-DDTHH:MM.'),
  })
  .strict();
export type ChangeNote = z.infer<typeof changeNoteSchema>;

/** When a change note is published: its own publishedOnSite, else the start of its day. */
export const changePublication = (change: ChangeNote): string => change.publishedOnSite ?? change.date;

export const partsOfYear = Object.keys(yearParts).join(', ');
const writtenDate = new RegExp(`^\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?|-(${Object.keys(yearParts).join('|')}))?$`);

/** A date as precise as its source: YYYY, YYYY-<part of the year>, YYYY-MM or YYYY-MM-DD (YAML reads a bare year as a number). */
export const partialDate = z
  .union([
    z.string().regex(writtenDate),
    z.number().int().min(1900, withFix('schema.notYear', 'schema.notYearFix')).max(2200, withFix('schema.notYear', 'schema.notYearFix')),
  ], { error: withFix('schema.partialDate', 'schema.partialDateFix') })
  .transform((value) => String(value))
  .refine((value) => partialDateFormat(value) !== null, withFix('schema.notRealDate', 'schema.notRealDateFix'))
  .describe(`A date as precise as the source gives it: YYYY-MM-DD, YYYY-MM, YYYY-<part of the year> (${partsOfYear}: "2022-fall" is fall 2022) or YYYY.`);

/** An organization's name: one string, or one per language when it differs. */
export const organizationName = z.union([nonEmpty, localizedText], {
  error: withFix('schema.organizationName', 'schema.organizationNameFix'),
});


/**
 * A field written with nothing after it (`statements:` with its examples still commented out) is
 * read as if it were not written, when the field may be left out: a list then is empty. So an
 * author can uncomment an example under it without first deleting a "[]". Required fields keep
 * their null, and the check says what to write there.
 */
export function withoutEmptyOptionalFields(schema: z.ZodObject<z.ZodRawShape>, data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  return Object.fromEntries(
    Object.entries(data).filter(([key, value]) => !(value === null && key in schema.shape && (schema.shape[key] as z.ZodType).safeParse(undefined).success)),
  );
}
