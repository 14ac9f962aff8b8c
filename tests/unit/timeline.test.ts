import { describe, expect, it } from 'vitest';
import { statementSchema } from '@/lib/content-schema';
import { formatPartialDate } from '@/lib/dates';
import {
  deriveRegionStage,
  deriveRegionTimeline,
  deriveServiceSystemManager,
  entryState,
  type SourceRef,
  type SourcedStatement,
} from '@/lib/timeline';

const source = (id: string, date: string, kind: SourceRef['kind'] = 'memo'): SourceRef => ({
  kind,
  id,
  date,
  dateKind: 'published',
  title: { en: id, fr: id },
  href: { en: `/en/${id}/`, fr: `/fr/${id}/` },
});

const statement = (fields: Record<string, unknown>, src: SourceRef): SourcedStatement => ({
  ...statementSchema.parse({ regions: ['kingston-pembroke'], status: 'confirmed', ...fields }),
  source: src,
});

const march = source('memo-2022-03-17', '2022-03-17');
const september = source('memo-2022-09-22', '2022-09-22');
const gateway = source('gateway-table', '2026-11-22', 'reference');

const kingston: SourcedStatement[] = [
  statement({ milestone: 'ssm-selected', date: '2022-04', precision: 'end-of-month', status: 'planned' }, march),
  statement({ milestone: 'ssm-selected', date: '2022-09-22', ssm: { lead: 'Serco Canada Inc.', partners: ['Deloitte Canada Inc.', 'Thrive Career Wellness Inc.'] } }, september),
  statement({ milestone: 'planning-period', start: '2022-09', end: '2022-12-31' }, september),
  statement({ milestone: 'transition-period', start: '2023-01-01', end: '2023-09-30' }, september),
  statement({ milestone: 'ow-referrals-start', date: '2023-10-01' }, september),
  statement({ milestone: 'integrated-services-launch', date: '2023-10' }, gateway),
  statement({ milestone: 'engagement', regions: ['toronto'], date: '2022', precision: 'by-end-of-year', status: 'planned' }, september),
];

describe('deriveRegionTimeline', () => {
  const timeline = deriveRegionTimeline('kingston-pembroke', kingston, '2026-11-22');

  it('keeps only statements about the region, one entry per milestone, in rollout order', () => {
    expect(timeline.map((e) => e.milestone)).toEqual([
      'ssm-selected',
      'planning-period',
      'transition-period',
      'integrated-services-launch',
      'ow-referrals-start',
    ]);
  });

  it('lets the most recent source win and keeps the earlier statement as history', () => {
    const ssm = timeline.find((e) => e.milestone === 'ssm-selected')!;
    expect(ssm.current.source.id).toBe('memo-2022-09-22');
    expect(ssm.history.map((s) => s.source.id)).toEqual(['memo-2022-03-17']);
    expect(ssm.history[0]).toMatchObject({ status: 'planned', date: '2022-04', precision: 'end-of-month' });
  });

  it('orders history newest source first when several sources preceded the current one', () => {
    const three = [
      statement({ milestone: 'ssm-selected', date: '2022', precision: 'by-end-of-year', status: 'planned' }, march),
      statement({ milestone: 'ssm-selected', date: '2022', precision: 'by-end-of-year', status: 'planned' }, september),
      statement({ milestone: 'ssm-selected', date: '2023-03-09' }, source('announcement', '2023-03-09', 'reference')),
    ];
    const [entry] = deriveRegionTimeline('kingston-pembroke', three, '2026-01-01');
    expect([entry.current.source.id, ...entry.history.map((s) => s.source.id)]).toEqual(['announcement', 'memo-2022-09-22', 'memo-2022-03-17']);
  });

  it('prefers a ministry memo over a reference of the same date', () => {
    const sameDay = [
      statement({ milestone: 'competition', date: '2022-04' }, source('a-reference', '2022-09-22', 'reference')),
      statement({ milestone: 'competition', date: '2022-05' }, september),
    ];
    expect(deriveRegionTimeline('kingston-pembroke', sameDay, '2026-01-01')[0].current.source.kind).toBe('memo');
  });
});

describe('entryState: periods before, during and after', () => {
  const transition = statementSchema.parse({ milestone: 'transition-period', regions: ['x'], start: '2023-01-01', end: '2023-09-30', status: 'confirmed' });
  it.each([
    ['2022-12-31', 'upcoming'],
    ['2023-01-01', 'in-progress'],
    ['2023-09-30', 'in-progress'],
    ['2023-10-01', 'done'],
  ])('on %s a confirmed transition period is %s', (asOf, state) => {
    expect(entryState(transition, asOf)).toBe(state);
  });

  it('calls a planned period that is still ahead "expected"', () => {
    expect(entryState({ ...transition, status: 'planned' }, '2022-06-01')).toBe('expected');
  });
});

describe('entryState: a planned date that has passed', () => {
  const expectedSsm = statementSchema.parse({ milestone: 'ssm-selected', regions: ['x'], date: '2022-04', precision: 'end-of-month', status: 'planned' });
  it('is expected until the end of the month it names', () => {
    expect(entryState(expectedSsm, '2022-04-30')).toBe('expected');
  });
  it('is shown as unconfirmed once that month is over and no later source confirmed it', () => {
    expect(entryState(expectedSsm, '2022-05-01')).toBe('unconfirmed');
  });
  it('is superseded, not unconfirmed, when a later source confirms the milestone', () => {
    const entry = deriveRegionTimeline('kingston-pembroke', kingston, '2022-10-01').find((e) => e.milestone === 'ssm-selected')!;
    expect(entry.state).toBe('done');
    expect(entry.history[0].status).toBe('planned');
  });
  it('is "confirmed" when the source confirms it without a date', () => {
    expect(entryState(statementSchema.parse({ milestone: 'competition', regions: ['x'], status: 'confirmed' }), '2022-01-01')).toBe('confirmed');
  });
});

describe('deriveRegionStage', () => {
  it.each([
    ['2022-09-01', 'not-started'],
    ['2022-09-22', 'ssm-selected'],
    ['2022-09-30', 'planning'],
    ['2022-12-31', 'planning'],
    ['2023-01-01', 'transition'],
    ['2023-09-30', 'transition'],
    ['2023-10-01', 'integrated'],
  ])('on %s Kingston–Pembroke is at stage %s', (asOf, stage) => {
    expect(deriveRegionStage('kingston-pembroke', kingston, asOf)).toBe(stage);
  });

  it('never advances a region on a planned statement, even one whose date has passed', () => {
    expect(deriveRegionStage('toronto', kingston, '2026-01-01')).toBe('not-started');
  });

  it('counts an undated confirmation only from the day its source was published', () => {
    const underway = [statement({ milestone: 'competition' }, september)];
    expect(deriveRegionStage('kingston-pembroke', underway, '2022-09-21')).toBe('not-started');
    expect(deriveRegionStage('kingston-pembroke', underway, '2022-09-22')).toBe('competition');
  });
});

describe('deriveServiceSystemManager', () => {
  it('names the lead and partners from the most recent source that names them, in the reader’s language', () => {
    const ssm = deriveServiceSystemManager('kingston-pembroke', kingston, 'fr');
    expect(ssm).toMatchObject({ lead: 'Serco Canada Inc.', partners: ['Deloitte Canada Inc.', 'Thrive Career Wellness Inc.'] });
    expect(ssm?.source.id).toBe('memo-2022-09-22');
  });
  it('translates a lead whose name differs by language', () => {
    const london = [statement({ milestone: 'ssm-selected', regions: ['london'], ssm: { lead: { en: 'City of London', fr: 'Ville de London' } } }, gateway)];
    expect(deriveServiceSystemManager('london', london, 'fr')?.lead).toBe('Ville de London');
  });
  it('returns nothing when no source names one: the page says "not announced"', () => {
    expect(deriveServiceSystemManager('toronto', kingston, 'en')).toBeUndefined();
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
    expect(result.error?.issues[0]).toMatchObject({ path: ['end'], message: 'end (2023-01) is before start (2023-05)' });
  });
  it('rejects a precision that does not match how the date is written', () => {
    const result = statementSchema.safeParse({ milestone: 'competition', regions: ['x'], date: '2022', precision: 'end-of-month', status: 'planned' });
    expect(result.error?.issues[0].path).toEqual(['precision']);
  });
  it('reads a bare year written as a YAML number', () => {
    expect(statementSchema.parse({ milestone: 'engagement', regions: ['x'], date: 2022, status: 'planned' }).date).toBe('2022');
  });
});
