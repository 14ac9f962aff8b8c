/** A designated region (content/regions/<id>.yaml): its names, addresses, order and places. */
import { z } from 'zod';
import { changeNoteSchema, kebabId, localizedText, nonEmpty, slug, withFix } from './fields';

/* Places: what a partner knows their region by (see content/README.md, "Regions"). */

/** A place's name: one string when both languages write it the same, or one per language. */
const placeName = z.union([nonEmpty, localizedText], {
  error: withFix('schema.regionName', 'schema.regionNameFix'),
});

/** A census division's code in Statistics Canada's Standard Geographical Classification: 35 (Ontario) and two digits. */
export const sgcCode = z
  .union([z.number().int(), z.string()], { error: withFix('schema.divisionCode', 'schema.divisionCodeFix') })
  .transform((value) => String(value))
  .refine((value) => /^35\d{2}$/.test(value), withFix('schema.notOntarioDivision', 'schema.notOntarioDivisionFix'))
  .describe('The census division’s four-digit code in Statistics Canada’s Standard Geographical Classification (SGC 2021): 35 then two digits, e.g. 3510.');

/** The references that give a list of places: ids of files in content/references/. */
const placeSources = z
  .array(kebabId)
  .min(1, withFix('schema.placeSources', 'schema.placeSourcesFix'))
  .describe('The ids of the references that give this list (file names in content/references/ without .yaml); the page cites them.');

export const regionPlacesSchema = z
  .object({
    censusDivisions: z
      .object({
        sources: placeSources,
        list: z
          .array(z.object({ code: sgcCode, name: placeName.describe('Its name as Statistics Canada writes it: one string, or { en: …, fr: … } when the French differs.') }).strict())
          .min(1, withFix('schema.noDivisions', 'schema.noDivisionsFix'))
          .describe('The census divisions (counties, districts, regional municipalities, single-tier cities) that make up the region, each once.'),
      })
      .strict()
      .describe('The census divisions that make up the region, with the sources that say so.'),
    urbanCentres: z
      .object({
        sources: placeSources,
        list: z
          .array(placeName)
          .min(1, withFix('schema.noUrbanCentres', 'schema.noUrbanCentresFix'))
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

export type RegionYaml = z.infer<typeof regionYamlSchema>;
