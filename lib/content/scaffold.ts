import { phases } from './schemas/statement';
import { maxIdLength } from './document-kinds';
import { isRealIsoDay } from '../core/dates';
import { milestones, phaseMilestone, separatePeriodMilestones, ssmMilestone } from './milestones';
import type { Locale } from '../i18n/locales';

/**
 * The files of a new memo, filled in as far as they can be: staff then write the title,
 * summary, French slug, the printed "from" and date rows and both bodies, and check the heading
 * and labels copied from the latest memo. Empty required fields make `npm run check:content`
 * fail until they are filled, so an unfinished memo is never published. No address is invented:
 * the original's address and the addresses printed in the memo are written commented out.
 */

export type NewMemoInput = {
  date: string;
  /** The day this site publishes the memo: today, where it is scaffolded. */
  publishedOnSite: string;
  /** Short English name: the end of the folder name and the English slug. */
  name: string;
  sender: string;
  originalLanguage: Locale;
  /** Defaults taken from the latest memo, per language. */
  recipients: Record<Locale, string>;
  /** The printed heading and header labels of the latest memo, per language ("" when there is none). */
  header: Record<Locale, MemoHeaderDefaults>;
  /** The languages this site translated it into; the other one by default (an import from both languages has none). */
  translatedForSite?: Locale[];
};

/** What is already known of a language's text (a memo imported from Word, lib/import/). */
export type KnownText = { title: string; from: string; printedDate: string; cc: string[]; body: string };

export type MemoHeaderDefaults = {
  heading: string;
  headerLabels: { to: string; from: string; date: string; subject: string };
};

/** What the scaffold writes when there is no earlier memo to copy the heading and labels from. */
export const emptyHeader: MemoHeaderDefaults = { heading: '', headerLabels: { to: '', from: '', date: '', subject: '' } };

export function memoFolderName(input: Pick<NewMemoInput, 'date' | 'name'>): string {
  return `${input.date}-${input.name}`;
}

/** A problem with the input: a key of ContentCheck.newMemo in messages/*.json and its values. */
export type NewMemoProblem = { key: 'dateNotReal' | 'nameForm' | 'nameTooLong'; values: Record<string, string | number> };

/** Problems with the input; empty when it can be scaffolded. */
export function checkNewMemoInput(input: Pick<NewMemoInput, 'date' | 'name'>): NewMemoProblem[] {
  const problems: NewMemoProblem[] = [];
  if (!isRealIsoDay(input.date)) problems.push({ key: 'dateNotReal', values: { option: '--date', value: input.date } });
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(input.name)) problems.push({ key: 'nameForm', values: { option: '--name', value: input.name } });
  else if (memoFolderName(input).length > maxIdLength) problems.push({ key: 'nameTooLong', values: { option: '--name', length: input.name.length, max: maxIdLength } });
  return problems;
}

const quote = (text: string) => JSON.stringify(text);

/**
 * An example transition period that fits the memo once uncommented: planned, from the first day
 * of the month after the memo to the last day of the ninth month after that (a planned period
 * that ended before the memo is refused, as the memo would then report it, not plan it).
 */
export function examplePeriod(memoDate: string): { start: string; end: string } {
  const [year, month] = memoDate.split('-').map(Number) as [number, number];
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
  return { start: day(year, month, 1), end: day(year, month + 9, 0) };
}

/**
 * The memo's facts, written once for both languages at the end of the front matter of its French
 * text (lib/content/document-kinds.ts, heldIn), with the examples the guide asks authors to uncomment.
 */
export function memoFactsTemplate(input: NewMemoInput): string {
  const other: Locale = input.originalLanguage === 'fr' ? 'en' : 'fr';
  const period = examplePeriod(input.date);
  return `# Les faits de la note, écrits une seule fois pour les deux langues. Guide : content/LISEZMOI.md (français), content/README.md (English).
date: ${input.date}
# Le jour où ce site publie la note (Quoi de neuf et les fils en prennent la date) ; aujourd’hui par défaut.
# Pour une heure précise, heure de Toronto : 2026-12-08T09:00.
publishedOnSite: ${input.publishedOnSite}
sender: ${input.sender}
originalLanguage: ${input.originalLanguage}
# Langues dans lesquelles ce site a traduit la note (ses pages le disent). À retirer si le ministère a publié les deux.
translatedForSite: [${(input.translatedForSite ?? [other]).join(', ')}]
# L’original de la note, SEULEMENT si vous connaissez l’adresse où le ministère a publié cette note
# elle-même (son PDF). La page le présente alors comme document original. Une adresse imprimée dans
# la note n’est pas son adresse : elle va sous printedAddresses. Pour l’ajouter, retirez le « # »
# devant les trois lignes et remplacez l’adresse :
# originalDocuments:
#   - language: ${input.originalLanguage}
#     url: https://www.example.org/replace-with-the-address-of-the-original.pdf
# Les adresses Web imprimées dans la note, s’il y en a, telles qu’imprimées, dans l’ordre, chacune avec
# l’endroit où elle l’est : page (1 est la première) et position (top : en haut, text : dans le texte,
# foot : en bas). La page les liste comme adresses imprimées dans l’original. Pour les ajouter,
# retirez le « # » et adaptez :
# printedAddresses:
#   - url: https://www.example.org/replace-with-the-address-as-printed.pdf
#     page: 1
#     position: foot
# Régions que la note concerne (noms de dossier dans content/regions/), en plus de celles de ses énoncés.
regions: []
# Chaque affirmation datée de la note sur des régions. Retirez les « # » et adaptez ; un bloc par affirmation.
# (Sans rien dessous, une liste comme statements ou changes est vide.)
# milestone : l’un de ${milestones.join(', ')}.
# status : planned quand la note l’annonce pour plus tard (même fermement) ; confirmed quand la note
# rapporte que c’est fait (sa date est alors au plus tard celle de la note).
statements:
#  - milestone: ${ssmMilestone}
#    regions: [kingston-pembroke]
#    date: ${input.date}                   # aussi précise que la note : AAAA-MM-JJ, AAAA-MM ou AAAA
#    status: confirmed
#    ssm:
#      lead: Serco Canada Inc.
#      partners: [Deloitte Canada Inc.]
#  - milestone: ${separatePeriodMilestones[1]}   # une période a start et end au lieu de date
#    regions: [kingston-pembroke]
#    start: ${period.start}
#    end: ${period.end}
#    status: planned
#  - milestone: ${phaseMilestone}
#    regions: [durham]
#    phase: phase-2                        # ${phases.join(', ')}
#    status: confirmed
#    note:                                 # facultative, dans les deux langues
#      en: The ministry named the region's phase.
#      fr: Le ministère a fixé la phase de la région.
# Corrections ou mises à jour ultérieures de cette page, la plus récente en dernier :
changes:
#  - date: ${input.publishedOnSite}               # le jour du changement, au plus tôt publishedOnSite
#    note:
#      en: Corrected the date of the transition period.
#      fr: Correction de la date de la période de transition.
`;
}

export function memoTextTemplate(input: NewMemoInput, locale: Locale, known?: KnownText): string {
  const isTranslation = locale !== input.originalLanguage;
  const guide =
    locale === 'fr'
      ? isTranslation
        ? 'Traduction faite pour ce site : texte complet, paragraphe par paragraphe.'
        : 'Texte de la note de service tel que le ministère l’a publié, du début (« Madame, Monsieur, ») à la signature.'
      : isTranslation
        ? 'Translation made for this site: the whole text, paragraph by paragraph.'
        : 'The memo text as the ministry issued it, from the salutation to the signature.';
  const { heading, headerLabels: labels } = input.header[locale];
  const notes = frontMatterNotes[locale][isTranslation ? 'translation' : 'original'];
  const cc = known && known.cc.length > 0 ? `\n${known.cc.map((person) => `  - ${quote(person)}`).join('\n')}` : ' []';
  return `---
title: ${quote(known?.title ?? '')}
slug: ${locale === 'en' ? input.name : '""'}
summary: ""
recipients: ${quote(input.recipients[locale])}
${notes.header}
heading: ${quote(heading)}
headerLabels: { to: ${quote(labels.to)}, from: ${quote(labels.from)}, date: ${quote(labels.date)}, subject: ${quote(labels.subject)} }
from: ${quote(known?.from ?? '')}         # ${notes.from}
printedDate: ${quote(known?.printedDate ?? '')}  # ${notes.date}
cc:${cc}
${locale === 'fr' ? memoFactsTemplate(input) : ''}---

${known?.body ? known.body : `<!-- ${guide} -->`}
`;
}

/** Comments on the header fields, in the language of the file. */
const frontMatterNotes: Record<Locale, Record<'original' | 'translation', { header: string; from: string; date: string }>> = {
  en: {
    original: {
      header: '# The heading and header rows as the original prints them (title is the Subject row, recipients the To row).\n# Heading and labels are copied from the latest memo: check them against the original.',
      from: 'name and title as printed, e.g. "Jody Young, Assistant Deputy Minister"',
      date: 'the date as printed, e.g. "September 22, 2022"',
    },
    translation: {
      header: '# The heading and header rows of this translation (title is the Subject row, recipients the To row).\n# Heading and labels are copied from the latest memo: check them.',
      from: 'name and title, e.g. "Jody Young, Assistant Deputy Minister"',
      date: 'e.g. "September 22, 2022"',
    },
  },
  fr: {
    original: {
      header: '# L’intitulé (heading) et l’en-tête tels qu’imprimés sur l’original (title est la ligne Objet, recipients la ligne Destinataires).\n# Intitulé et libellés repris de la dernière note : vérifiez-les sur l’original (Expéditrice ou Expéditeur).',
      from: 'nom et titre tels qu’imprimés, p. ex. "Jody Young, sous-ministre adjointe"',
      date: 'la date telle qu’imprimée, p. ex. "le 22 septembre 2022"',
    },
    translation: {
      header: '# L’intitulé (heading) et l’en-tête de cette traduction (title est la ligne Objet, recipients la ligne Destinataires).\n# Intitulé et libellés repris de la dernière note : vérifiez-les.',
      from: 'nom et titre, p. ex. "Jody Young, sous-ministre adjointe"',
      date: 'p. ex. "22 septembre 2022"',
    },
  },
};
