import type { Locale } from './locales';

/**
 * A region's name as sentences need it. Messages take {region} where the name stands alone (a
 * heading, "Toronto: …"), {regionThe} where a sentence names it ("for the Northeast", « pour le
 * Nord-Est ») and, in French, {regionOf} after « de » (« du Nord-Est », « de la Péninsule
 * Stratford–Bruce », « d’Ottawa »).
 */

/** French « de » + a name as a sentence uses it, with contraction and elision. */
export function frenchOf(inSentence: string): string {
  if (/^le /i.test(inSentence)) return `du ${inSentence.slice(3)}`;
  if (/^les /i.test(inSentence)) return `des ${inSentence.slice(4)}`;
  if (/^(la |l’|l')/i.test(inSentence)) return `de ${inSentence}`;
  // Elision before a vowel; "York" (a consonant y) and English names with h keep « de ».
  if (/^[aeiouàâéèêëîïôœùûü]/i.test(inSentence)) return `d’${inSentence}`;
  return `de ${inSentence}`;
}

export type RegionNameForms = { region: string; regionThe: string; regionOf: string };

export function regionNameForms(region: { names: Record<Locale, string>; inSentence: Record<Locale, string> }, locale: Locale): RegionNameForms {
  const regionThe = region.inSentence[locale];
  return { region: region.names[locale], regionThe, regionOf: locale === 'fr' ? frenchOf(regionThe) : `of ${regionThe}` };
}
