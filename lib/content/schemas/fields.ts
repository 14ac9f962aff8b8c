/** The fields every kind of content file shares: ids, days, partial dates, text in both languages, addresses, change notes. */
import { z } from 'zod';
import { isRealIsoDay, partialDateFormat, yearParts } from '../../core/dates';
import { locales } from '../../i18n/locales';

/*
 * Friendly errors live with the schema: a check's message carries its fix after a separator
 * (withFix), and a refinement passes it in `params.fix`; the check (lib/check/problems.ts)
 * splits them again for the author.
 */
export const fixSeparator = '\u001f';

/** A schema check's error message with the fix that goes with it. */
export function withFix(message: string, fix: string): string {
  return `${message}${fixSeparator}${fix}`;
}

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

export const locale = z.enum(locales);
export const nonEmpty = z.string({ error: 'is required' }).trim().min(1, 'must not be empty');
export const localizedText = z.object({ en: nonEmpty, fr: nonEmpty }).strict();

/** A dated note saying what changed on a published page, shown as its history and in feeds. */
export const changeNoteSchema = z.object({ date: isoDay, note: localizedText }).strict();
export type ChangeNote = z.infer<typeof changeNoteSchema>;

export const webAddress = z
  .url({ protocol: /^https?$/, error: withFix('is not a web address', 'write the full address, starting with https:// (or http://).') })
  .regex(/^[^\s"'<>]+$/, withFix('contains a space, a quotation mark or an angle bracket', 'copy the address again from the browser’s address bar.'));

/** The day this site published a memo or a source: what's new, the feeds and "Date modified" date it by this day. */
export const sitePublication = isoDay.describe(
  'The day this site published it, YYYY-MM-DD (not the memo’s or source’s own date): "What’s new", the feeds and "Date modified" are dated by it. npm run new:memo writes today.',
);

export const partsOfYear = Object.keys(yearParts).join(', ');
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
