import { describe, expect, it } from 'vitest';
import { statementSchema } from '@/lib/content/schemas/statement';
import { catalogued } from '@/lib/content/schemas/fields';
import { formatPartialDate } from '@/lib/i18n/date-format';
import { compareSources, type SourceRef } from '@/lib/rollout/sources';
import { deriveRegionStage, deriveRegionTimeline, deriveServiceSystemManager, type SourcedStatement, type TimelineEntry } from '@/lib/rollout/timeline';

/*
 * The derivation rules, each on the real case that called for it (issue 9's fact-check):
 * corroboration, supersession, planned vs done, "date passed, not confirmed", covering spans,
 * and sources ranked by their own publication date only.
 */

const source = (id: string, dates: { published?: string; consulted?: string; publishedOnSite?: string }, kind: SourceRef['kind'] = 'reference'): SourceRef => ({
  kind,
  id,
  // Published on this site on its own day, else on the day it was consulted (else the first day of its month or year).
  publishedOnSite: dates.published?.length === 10 ? dates.published : (dates.consulted ?? `${dates.published}-01-01`.slice(0, 10)),
  ...dates,
  title: { en: { text: id, lang: 'en', isDescription: false }, fr: { text: id, lang: 'en', isDescription: false } },
  publisher: { en: 'P', fr: 'P' },
  href: { en: `https://example.org/${id}`, fr: `https://example.org/${id}` },
});

const statement = (fields: Record<string, unknown>, src: SourceRef): SourcedStatement => ({
  ...statementSchema.parse({ regions: ['kingston-pembroke'], status: 'confirmed', ...fields }),
  source: src,
});

const march2022 = source('memo-2022-03-17', { published: '2022-03-17' }, 'memo');
const september2022 = source('memo-2022-09-22', { published: '2022-09-22' }, 'memo');
const release = source('release-2023-03-09', { published: '2023-03-09' });
const gateway = source('gateway-table', { consulted: '2026-11-22' });

const ids = (statements: SourcedStatement[]) => statements.map((s) => s.source.id);
const entryOf = (timeline: TimelineEntry[], milestone: string) => timeline.find((e) => e.milestone === milestone)!;

/** Kingston–Pembroke as the memos and the Gateway table tell it. */
const kingston: SourcedStatement[] = [
  statement({ milestone: 'ssm-selected', date: '2022-04', precision: 'end-of-month', status: 'planned' }, march2022),
  statement({ milestone: 'transition-period', status: 'planned' }, march2022),
  statement({ milestone: 'ssm-selected', date: '2022-09-22', ssm: { lead: 'Serco Canada Inc.', partners: ['Deloitte Canada Inc.', 'Thrive Career Wellness Inc.'] } }, september2022),
  statement({ milestone: 'planning-period', start: '2022-09', end: '2022-12-31', status: 'planned' }, september2022),
  statement({ milestone: 'transition-period', start: '2023-01-01', end: '2023-09-30', status: 'planned' }, september2022),
  statement({ milestone: 'ow-referrals-start', date: '2023-10-01', status: 'planned' }, september2022),
  statement({ milestone: 'ssm-selected' }, release),
  statement({ milestone: 'ssm-selected', ssm: { lead: 'Serco Canada' } }, gateway),
  statement({ milestone: 'planning-and-transition', start: '2022-09', end: '2023-09' }, gateway),
  statement({ milestone: 'integrated-services-launch', date: '2023-10' }, gateway),
];

describe('planned vs done: only a source published after the date (or reporting it happened) makes it done', () => {
  const timeline = deriveRegionTimeline('kingston-pembroke', kingston, '2026-11-22');

  it('leaves Ontario Works referrals, announced in September 2022 and never confirmed, as "date passed, not confirmed"', () => {
    const referrals = entryOf(timeline, 'ow-referrals-start');
    expect(referrals.current.date).toBe('2023-10-01');
    expect(referrals.state).toBe('unconfirmed');
  });

  it('marks the day-exact planning and transition periods done because the Gateway table confirms them, and keeps their days', () => {
    const planning = entryOf(timeline, 'planning-period');
    const transition = entryOf(timeline, 'transition-period');
    expect([planning.state, transition.state]).toEqual(['done', 'done']);
    expect([transition.current.start, transition.current.end]).toEqual(['2023-01-01', '2023-09-30']);
    expect(ids(transition.supports)).toContain('gateway-table');
    expect(ids(planning.supports)).toEqual(['memo-2022-09-22', 'gateway-table']);
  });

  it('says "date passed, not confirmed" for the same periods when only the announcement speaks of them', () => {
    const announcementOnly = deriveRegionTimeline('kingston-pembroke', kingston.filter((s) => s.source !== gateway), '2026-11-22');
    expect(entryOf(announcementOnly, 'transition-period').state).toBe('unconfirmed');
    expect(entryOf(announcementOnly, 'transition-period').state).not.toBe('done');
  });

  it('calls an announced date "expected" until it has passed', () => {
    expect(deriveRegionTimeline('kingston-pembroke', kingston, '2023-09-30').find((e) => e.milestone === 'ow-referrals-start')?.state).toBe('expected');
  });

  it('ignores sources published after the as-of date', () => {
    const before = deriveRegionTimeline('kingston-pembroke', kingston, '2022-04-15');
    expect(before.map((e) => e.milestone)).toEqual(['ssm-selected', 'transition-period']);
    expect(entryOf(before, 'ssm-selected').state).toBe('expected');
  });
});

describe('corroboration and supersession', () => {
  const timeline = deriveRegionTimeline('kingston-pembroke', kingston, '2026-11-22');

  it('keeps the most precise date among the sources that agree, and lists each as support', () => {
    const ssm = entryOf(timeline, 'ssm-selected');
    expect(ssm.current.date).toBe('2022-09-22');
    expect(ids(ssm.supports)).toEqual(['release-2023-03-09', 'memo-2022-09-22', 'gateway-table']);
    expect(ssm.state).toBe('done');
  });

  it('moves an earlier date that a later source changed into history', () => {
    const ssm = entryOf(timeline, 'ssm-selected');
    expect(ids(ssm.history)).toEqual(['memo-2022-03-17']);
    expect(ssm.history[0]).toMatchObject({ status: 'planned', date: '2022-04', precision: 'end-of-month' });
  });

  it('supersedes "by the end of 2022" with an announcement of March 9, 2023, and keeps "by the end of 2023" as support', () => {
    const phase2 = [
      statement({ milestone: 'ssm-selected', regions: ['london'], date: '2023', precision: 'by-end-of-year', status: 'planned' }, source('memo-2021-09-13', { published: '2021-09-13' })),
      statement({ milestone: 'ssm-selected', regions: ['london'], date: '2022', precision: 'by-end-of-year', status: 'planned' }, march2022),
      statement({ milestone: 'ssm-selected', regions: ['london'], date: '2022', precision: 'by-end-of-year', status: 'planned' }, september2022),
      statement({ milestone: 'ssm-selected', regions: ['london'], date: '2023-03-09' }, release),
    ];
    const [entry] = deriveRegionTimeline('london', phase2, '2026-11-22');
    expect(entry.current.source.id).toBe('release-2023-03-09');
    expect(ids(entry.supports)).toEqual(['release-2023-03-09', 'memo-2021-09-13']);
    expect(ids(entry.history)).toEqual(['memo-2022-09-22', 'memo-2022-03-17']);
  });

  it('does not let an undated confirmation date a plan: "confirmed, date not given", the plan kept beside it', () => {
    const halton = [
      statement({ milestone: 'ssm-selected', regions: ['halton'], date: '2022-04', precision: 'end-of-month', status: 'planned' }, march2022),
      statement({ milestone: 'ssm-selected', regions: ['halton'] }, release),
    ];
    const [entry] = deriveRegionTimeline('halton', halton, '2026-11-22');
    expect(entry.current.date).toBeUndefined();
    expect(entry.state).toBe('confirmed');
    expect(ids(entry.supports)).toEqual(['release-2023-03-09', 'memo-2022-03-17']);
  });

  it('shows, rather than silently drops, an undated source that disagrees with a dated one', () => {
    const conflicting = [
      statement({ milestone: 'integrated-services-launch', date: '2021-01-01' }, source('memo-2021-01-28', { published: '2021-01-28' })),
      statement({ milestone: 'integrated-services-launch', date: '2021-03' }, gateway),
    ];
    const [entry] = deriveRegionTimeline('kingston-pembroke', conflicting, '2026-11-22');
    expect(entry.current.date).toBe('2021-01-01');
    expect(ids(entry.disagreements)).toEqual(['gateway-table']);
    expect(entry.history).toEqual([]);
  });

  it('treats two names of one company as the same service system manager', () => {
    expect(entryOf(timeline, 'ssm-selected').disagreements).toEqual([]);
  });
});

describe('sources rank by their own publication date only', () => {
  it('puts every dated source before an undated one, whatever the day it was consulted', () => {
    const hammer = source('inthehammer', { published: '2020-02-14' });
    expect([gateway, hammer, release].sort(compareSources).map((s) => s.id)).toEqual(['release-2023-03-09', 'inthehammer', 'gateway-table']);
  });

  it('lets a dated source, not an undated one, set the date of an entry', () => {
    const phase2 = [
      statement({ milestone: 'ssm-selected', regions: ['ottawa'], ssm: { lead: 'WCG International Consultants Ltd.' } }, gateway),
      statement({ milestone: 'ssm-selected', regions: ['ottawa'], date: '2023-03-09' }, release),
    ];
    const [entry] = deriveRegionTimeline('ottawa', phase2, '2026-11-22');
    expect(entry.current.source.id).toBe('release-2023-03-09');
    expect(ids(entry.supports)).toEqual(['release-2023-03-09', 'gateway-table']);
  });

  it('on the same day, puts a ministry memo before a reference', () => {
    expect([source('a-reference', { published: '2022-09-22' }), september2022].sort(compareSources)[0].kind).toBe('memo');
  });
});

describe('a combined planning-and-transition span answers separate period statements', () => {
  const halton = [
    statement({ milestone: 'transition-period', regions: ['halton'], status: 'planned' }, march2022),
    statement({ milestone: 'planning-and-transition', regions: ['halton'], start: '2022-04', end: '2023-03' }, gateway),
  ];
  const timeline = deriveRegionTimeline('halton', halton, '2026-11-22');

  it('folds an undated "transition period" into the dated span instead of leaving it "expected"', () => {
    expect(timeline.map((e) => e.milestone)).toEqual(['planning-and-transition']);
    expect(timeline[0].state).toBe('done');
    expect(timeline[0].supports.map((s) => s.milestone)).toContain('transition-period');
  });

  it('drops the combined entry where the separate periods it contains show it as their support', () => {
    const kingstonTimeline = deriveRegionTimeline('kingston-pembroke', kingston, '2026-11-22');
    expect(kingstonTimeline.map((e) => e.milestone)).not.toContain('planning-and-transition');
  });
});

describe('the real Phase 3 plans: passed, never confirmed', () => {
  const june2021 = source('memo-2021-06-11', { published: '2021-06-11' });
  const phase3 = [
    statement({ milestone: 'competition', regions: ['toronto'], date: '2023', status: 'planned' }, june2021),
    statement({ milestone: 'expansion-under-way', regions: ['toronto'], date: '2023', precision: 'by-end-of-year', status: 'planned' }, release),
    statement({ milestone: 'engagement', regions: ['toronto'], status: 'planned' }, september2022),
  ];
  const timeline = deriveRegionTimeline('toronto', phase3, '2026-11-22');

  it('says "date passed, not confirmed" for the 2023 competition and the expansion promised by the end of 2023', () => {
    expect(entryOf(timeline, 'competition').state).toBe('unconfirmed');
    expect(entryOf(timeline, 'expansion-under-way').state).toBe('unconfirmed');
  });

  it('gives "in the coming weeks" no date at all', () => {
    expect(entryOf(timeline, 'engagement').current.date).toBeUndefined();
    expect(entryOf(timeline, 'engagement').state).toBe('expected');
  });

  it('never advances the region on plans, even passed ones', () => {
    expect(deriveRegionStage(timeline).stage).toBe('not-started');
  });
});

describe('deriveRegionStage', () => {
  it.each([
    ['2022-09-01', 'not-started'],
    ['2022-09-22', 'ssm-selected'],
    ['2023-06-01', 'ssm-selected'],
    ['2026-11-22', 'integrated'],
  ])('on %s Kingston–Pembroke is at stage %s (the Gateway table, consulted in 2026, confirms the rest)', (asOf, stage) => {
    expect(deriveRegionStage(deriveRegionTimeline('kingston-pembroke', kingston, asOf)).stage).toBe(stage);
  });

  it('names the entry whose sources show the stage', () => {
    const { entry } = deriveRegionStage(deriveRegionTimeline('kingston-pembroke', kingston, '2026-11-22'));
    expect(entry?.milestone).toBe('integrated-services-launch');
  });

  it('counts an undated confirmation only from the day its source was published', () => {
    const underway = [statement({ milestone: 'competition' }, september2022)];
    expect(deriveRegionStage(deriveRegionTimeline('kingston-pembroke', underway, '2022-09-21')).stage).toBe('not-started');
    expect(deriveRegionStage(deriveRegionTimeline('kingston-pembroke', underway, '2022-09-22')).stage).toBe('competition');
  });
});

describe('deriveServiceSystemManager', () => {
  const timeline = deriveRegionTimeline('kingston-pembroke', kingston, '2026-11-22');
  it('names the lead and partners from the sources of the entry, in the reader’s language', () => {
    const ssm = deriveServiceSystemManager(timeline, 'fr');
    expect(ssm).toMatchObject({ lead: 'Serco Canada Inc.', partners: ['Deloitte Canada Inc.', 'Thrive Career Wellness Inc.'] });
    expect(ids(ssm!.sources)).toEqual(['memo-2022-09-22', 'gateway-table']);
  });
  it('translates a lead whose name differs by language', () => {
    const london = [statement({ milestone: 'ssm-selected', regions: ['london'], ssm: { lead: { en: 'City of London', fr: 'Ville de London' } } }, gateway)];
    expect(deriveServiceSystemManager(deriveRegionTimeline('london', london, '2026-11-22'), 'fr')?.lead).toBe('Ville de London');
  });
  it('returns nothing when no source names one: the page says "not announced"', () => {
    const planned = [statement({ milestone: 'ssm-selected', regions: ['toronto'], date: '2023', precision: 'by-end-of-year', status: 'planned' }, march2022)];
    expect(deriveServiceSystemManager(deriveRegionTimeline('toronto', planned, '2026-11-22'), 'en')).toBeUndefined();
  });
});

describe('formatPartialDate keeps the precision of the source', () => {
  it.each([
    ['2023-10-01', undefined, 'en', 'October 1, 2023'],
    ['2023-10-01', undefined, 'fr', '1er octobre 2023'],
    ['2022-04', undefined, 'en', 'April 2022'],
    ['2022-04', undefined, 'fr', 'avril 2022'],
    ['2022-04', 'end-of-month', 'en', 'end of April 2022'],
    ['2022-04', 'end-of-month', 'fr', 'fin avril 2022'],
    ['2022-04', 'by-end-of-month', 'en', 'by the end of April 2022'],
    ['2022-04', 'by-end-of-month', 'fr', 'd’ici fin avril 2022'],
    ['2022', 'by-end-of-year', 'en', 'by the end of 2022'],
    ['2022', 'by-end-of-year', 'fr', 'd’ici la fin de 2022'],
    ['2022', 'year', 'fr', '2022'],
  ] as const)('%s (%s) in %s reads "%s"', (value, precision, locale, expected) => {
    expect(formatPartialDate(value, precision, locale).text).toBe(expected);
  });
});

describe('statementSchema', () => {
  it('rejects a period that ends before it starts', () => {
    const result = statementSchema.safeParse({ milestone: 'planning-period', regions: ['x'], start: '2023-05', end: '2023-01', status: 'planned' });
    expect(result.success).toBe(false);
    // The schema names a text of the check's catalogue, with the dates as its values.
    expect(result.error?.issues[0]).toMatchObject({ path: ['end'], message: catalogued('schema.endBeforeStart'), params: { values: { start: '2023-05', end: '2023-01' } } });
  });
  it('rejects a precision that does not match how the date is written', () => {
    const result = statementSchema.safeParse({ milestone: 'competition', regions: ['x'], date: '2022', precision: 'end-of-month', status: 'planned' });
    expect(result.error?.issues[0].path).toEqual(['precision']);
  });
  it('reads a bare year written as a YAML number', () => {
    expect(statementSchema.parse({ milestone: 'engagement', regions: ['x'], date: 2022, status: 'planned' }).date).toBe('2022');
  });
});
