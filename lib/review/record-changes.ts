import type { CheckedCorpus } from '../check/read';
import { memosOf, referencesOf, regionsOf } from '../check/views';
import type { IsoDay } from '../core/dates';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import type { SourceRef } from '../rollout/sources';
import { saysOtherwise, whatItSays } from '../rollout/statement-text';
import { deriveRegionStage, deriveRegionTimeline, deriveServiceSystemManager, type SourcedStatement } from '../rollout/timeline';

/**
 * What a change to the content does to what the region pages already say: each region's
 * timeline derived from the content before (the last commit) and after (the working files), the
 * way the pages derive it, and compared — never the files' text. A date or a service system
 * manager that moves, partners that go or come, an entry that goes, a stage that changes. A
 * statement that only repeats a fact changes nothing, and says nothing. Authors read it as a
 * notice of the check; reviewers will read the same lines.
 */

export type RegionNotice = { regionId: string; region: string; lines: string[] };

const noTitle = { text: '', lang: 'en', isDescription: false } as const;

/** Every statement the check read, with its source's dates: what the timelines are derived from. */
export function statementsRead(corpus: CheckedCorpus): SourcedStatement[] {
  const source = (kind: SourceRef['kind'], id: string, dates: Pick<SourceRef, 'published' | 'consulted' | 'publishedOnSite'>): SourceRef => ({
    kind,
    id,
    ...dates,
    title: { en: noTitle, fr: { ...noTitle, lang: 'fr' } },
    publisher: { en: '', fr: '' },
    href: { en: '', fr: '' },
  });
  return [
    ...memosOf(corpus).flatMap(({ doc, yaml }) => {
      if (!yaml) return [];
      const from = source('memo', doc.id, { published: yaml.data.date, publishedOnSite: yaml.data.publishedOnSite });
      return yaml.data.statements.map((statement) => ({ ...statement, source: from }));
    }),
    ...referencesOf(corpus).flatMap(({ doc, yaml }) => {
      if (!yaml) return [];
      const { published, consulted, publishedOnSite } = yaml.data;
      const from = source('reference', doc.id, { published, consulted, publishedOnSite });
      return yaml.data.statements.map((statement) => ({ ...statement, source: from }));
    }),
  ];
}

/** What changes on one region's page between two sets of statements. */
function regionChanges(regionId: string, before: SourcedStatement[], after: SourcedStatement[], asOf: IsoDay, locale: Locale): string[] {
  const t = translator(locale);
  const was = deriveRegionTimeline(regionId, before, asOf);
  const now = deriveRegionTimeline(regionId, after, asOf);
  const lines: string[] = [];
  const [stageWas, stageNow] = [deriveRegionStage(was).stage, deriveRegionStage(now).stage];
  if (stageWas !== stageNow) lines.push(t('ContentCheck.notices.stage', { now: t(`Stages.${stageNow}`), before: t(`Stages.${stageWas}`) }));
  for (const entry of was) {
    const milestone = t(`Milestones.${entry.milestone}`);
    const then = entry.current;
    const later = now.find((e) => e.milestone === entry.milestone)?.current;
    if (!later) lines.push(t('ContentCheck.notices.entryRemoved', { milestone, previous: whatItSays(then, locale, entry.milestone) }));
    else if (saysOtherwise(then, later, locale)) {
      lines.push(t('WhatsNew.effectChanged', { milestone, current: whatItSays(later, locale, entry.milestone), previous: whatItSays(then, locale, entry.milestone) }));
    }
  }
  const [ssmWas, ssmNow] = [deriveServiceSystemManager(was, locale), deriveServiceSystemManager(now, locale)];
  if (ssmWas && ssmNow && ssmWas.lead === ssmNow.lead) {
    const list = (names: string[]) => new Intl.ListFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { type: 'conjunction' }).format(names);
    // A sentence ends with one period, even after a name such as "Inc.".
    const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);
    const gone = ssmWas.partners.filter((p) => !ssmNow.partners.includes(p));
    const come = ssmNow.partners.filter((p) => !ssmWas.partners.includes(p));
    if (gone.length > 0) lines.push(sentence(t('ContentCheck.notices.partnersRemoved', { lead: ssmNow.lead, partners: list(gone) })));
    if (come.length > 0) lines.push(sentence(t('ContentCheck.notices.partnersAdded', { lead: ssmNow.lead, partners: list(come) })));
  }
  return lines;
}

/** Each region whose page would say something else after the change, with what, in one language. */
export function recordChanges(before: CheckedCorpus, after: CheckedCorpus, asOf: IsoDay, locale: Locale): RegionNotice[] {
  const [was, now] = [statementsRead(before), statementsRead(after)];
  return regionsOf(after)
    .filter(({ yaml }) => yaml)
    .flatMap(({ doc, yaml }) => {
      const lines = regionChanges(doc.id, was, now, asOf, locale);
      const names = yaml!.data.names;
      return lines.length > 0 ? [{ regionId: doc.id, region: typeof names === 'string' ? names : names[locale], lines }] : [];
    });
}

