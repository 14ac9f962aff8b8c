import { type Milestone, milestones, periodMilestones, type Phase, type Statement } from './content-schema';
import { type IsoDay, periodBounds } from './dates';
import type { Locale } from './i18n/locales';

/**
 * The rollout model: every dated fact is a statement from a source (a memo on this site or an
 * external reference). A region's timeline, stage and service system manager are derived from
 * those statements, never typed by hand.
 */

export type Localized = Record<Locale, string>;

export type SourceRef = {
  kind: 'memo' | 'reference';
  id: string;
  /** Ranks sources: a memo's date, a reference's publication date or, if undated, the date consulted. */
  date: IsoDay;
  dateKind: 'published' | 'consulted';
  title: Localized;
  publisher?: Localized;
  /** A page on this site (memo) or the external URL, per language. */
  href: Localized;
};

export type SourcedStatement = Statement & { source: SourceRef };

/**
 * How an entry stands on the "as of" date:
 * - done: a confirmed milestone that has happened, or a confirmed period that has ended;
 * - in-progress: a period under way;
 * - upcoming: confirmed for a later date;
 * - expected: announced as planned and not yet due;
 * - unconfirmed: planned for a date that has passed, and no later source confirmed it;
 * - confirmed: the source confirms it but gives no date.
 */
export type EntryState = 'done' | 'in-progress' | 'upcoming' | 'expected' | 'unconfirmed' | 'confirmed';

export type TimelineEntry = {
  milestone: Milestone;
  /** The statement from the most recent source. */
  current: SourcedStatement;
  state: EntryState;
  /** Earlier statements about the same milestone, newest source first. */
  history: SourcedStatement[];
};

/** Newest source first; on the same day a ministry memo outranks an external reference. */
export function compareSources(a: SourceRef, b: SourceRef): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.kind !== b.kind) return a.kind === 'memo' ? -1 : 1;
  return a.id.localeCompare(b.id);
}

/** First and last day a statement covers, or undefined when its source gives no date. */
export function statementSpan(s: Statement): { first: IsoDay; last: IsoDay } | undefined {
  if (s.start && s.end) return { first: periodBounds(s.start).first, last: periodBounds(s.end).last };
  if (s.date) return periodBounds(s.date);
  return undefined;
}

export function entryState(s: Statement, asOf: IsoDay): EntryState {
  const span = statementSpan(s);
  if (!span) return s.status === 'confirmed' ? 'confirmed' : 'expected';
  const isPeriod = Boolean(s.start);
  if (span.last < asOf) return s.status === 'confirmed' ? 'done' : 'unconfirmed';
  if (isPeriod && span.first <= asOf) return 'in-progress';
  if (!isPeriod && span.first <= asOf) return s.status === 'confirmed' ? 'done' : 'expected';
  return s.status === 'confirmed' ? 'upcoming' : 'expected';
}

/** All statements about a region, grouped by milestone; the most recent source wins. */
export function deriveRegionTimeline(regionId: string, statements: SourcedStatement[], asOf: IsoDay): TimelineEntry[] {
  const about = statements.filter((s) => s.regions.includes(regionId));
  return milestones.flatMap((milestone) => {
    const group = about.filter((s) => s.milestone === milestone).sort((a, b) => compareSources(a.source, b.source));
    if (group.length === 0) return [];
    const [current, ...history] = group;
    return [{ milestone, current, history, state: entryState(current, asOf) }];
  });
}

/** The stages a region goes through, in order. */
export const stages = [
  'not-started',
  'engagement',
  'competition',
  'ssm-selected',
  'planning-and-transition',
  'planning',
  'transition',
  'integrated',
] as const;
export type Stage = (typeof stages)[number];

const stageOfMilestone: Partial<Record<Milestone, Stage>> = {
  engagement: 'engagement',
  competition: 'competition',
  'ssm-selected': 'ssm-selected',
  'planning-and-transition': 'planning-and-transition',
  'planning-period': 'planning',
  'transition-period': 'transition',
  'integrated-services-launch': 'integrated',
  'ow-referrals-start': 'integrated',
};

/**
 * True when the sources say, for certain, that this milestone had begun by `asOf`: a confirmed
 * statement whose (start) date had fully passed, or an undated confirmation published by then.
 * A planned date, even a past one, never advances a region.
 */
function hadBegun(s: SourcedStatement, asOf: IsoDay): boolean {
  if (s.status !== 'confirmed') return false;
  const began = s.start ?? s.date;
  if (!began) return s.source.date <= asOf;
  return periodBounds(began).last <= asOf;
}

/** A region's stage on a date, from every confirmed statement about it. */
export function deriveRegionStage(regionId: string, statements: SourcedStatement[], asOf: IsoDay): Stage {
  return statements
    .filter((s) => s.regions.includes(regionId) && hadBegun(s, asOf))
    .reduce<Stage>((stage, s) => {
      const reached = stageOfMilestone[s.milestone];
      return reached && stages.indexOf(reached) > stages.indexOf(stage) ? reached : stage;
    }, 'not-started');
}

export type ServiceSystemManager = {
  lead: string;
  partners: string[];
  source: SourceRef;
};

function inLocale(name: string | Localized, locale: Locale): string {
  return typeof name === 'string' ? name : name[locale];
}

/** The region's SSM from the most recent source naming one; undefined means "not announced". */
export function deriveServiceSystemManager(regionId: string, statements: SourcedStatement[], locale: Locale): ServiceSystemManager | undefined {
  const named = statements
    .filter((s) => s.regions.includes(regionId) && s.milestone === 'ssm-selected' && s.status === 'confirmed' && s.ssm)
    .sort((a, b) => compareSources(a.source, b.source))[0];
  if (!named?.ssm) return undefined;
  return {
    lead: inLocale(named.ssm.lead, locale),
    partners: named.ssm.partners.map((p) => inLocale(p, locale)),
    source: named.source,
  };
}

/** The phase a region belongs to, with the most recent source that says so. */
export function derivePhase(regionId: string, statements: SourcedStatement[]): { phase: Phase; source: SourceRef } | undefined {
  const latest = statements
    .filter((s) => s.regions.includes(regionId) && s.milestone === 'phase-assigned' && s.phase)
    .sort((a, b) => compareSources(a.source, b.source))[0];
  return latest?.phase ? { phase: latest.phase, source: latest.source } : undefined;
}

export function isPeriodMilestone(milestone: Milestone): boolean {
  return periodMilestones.includes(milestone);
}
