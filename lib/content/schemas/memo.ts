/** A memo: its language-neutral facts (at the end of the front matter of index.fr.md) and index.fr.md / index.en.md (its text in each language). */
import { z } from 'zod';
import { catalogued, changeNoteSchema, titleText, isoDay, kebabId, locale, nonEmpty, sitePublication, slug, webAddress } from './fields';
import { statementSchema } from './statement';

/** Where on a page of the original memo an address is printed. */
export const printedPositions = ['top', 'text', 'foot'] as const;
export type PrintedPosition = (typeof printedPositions)[number];

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
    statements: z.array(statementSchema).default([]).describe('The dated claims the memo makes about regions, one per claim (see content/README.md, "Statements").'),
    changes: z.array(changeNoteSchema).default([]).describe('Corrections or updates made after publication, each with its date and a note in both languages.'),
  })
  .strict();

const headerLabel = (example: string) =>
  nonEmpty.describe(`The label of this row as printed in this language version, colon included, e.g. ${example}.`);

export const memoTextSchema = z
  .object({
    title: titleText.describe('The memo\'s subject, in this language: the text of its "Subject" / « Objet » row as printed.'),
    slug: slug.describe('The end of the URL in this language; never change it once published.'),
    summary: nonEmpty.max(300, catalogued('schema.summaryTooLong')).describe('One or two sentences for lists, feeds and search engines.'),
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
      'The text of the "Date" row as printed, e.g. "le 22 septembre 2022" or "17 mars 2022"; in a translation, the date as that language writes it ("September 22, 2022"). The memo\'s date field gives the same day for machines.',
    ),
    cc: z.array(nonEmpty).default([]).describe('The cc list, one entry per person.'),
  })
  .strict();

export type MemoYaml = z.infer<typeof memoYamlSchema>;
export type MemoText = z.infer<typeof memoTextSchema>;
