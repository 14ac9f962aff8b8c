import type { Statement } from '../content/schemas/statement';
import { type IsoDay, isOpenEnded, periodBounds } from '../core/dates';
import type { Locale } from '../i18n/locales';
import { coveringMilestone, type Milestone, milestoneInfo, milestones, ssmMilestone, type Stage, stages } from '../content/milestones';
import { availableFrom, compareSources, type Localized, reportedBy, type SourceRef } from './sources';

/**
 * The rollout model: every dated fact is a statement from a source. A region's timeline, stage
 * and service system manager are derived from those statements, never typed by hand, and never
 * say more than the sources do:
 * - a later source that repeats a fact, perhaps less precisely, corroborates it: the most precise
 *   date is kept and the source is added as support;
 * - a later source that changes it supersedes it: the earlier statement becomes history;
 * - a date a source announces for later is only expected; it is done once a source published
 *   after it (or reporting it happened) says so, and "date passed, not confirmed" otherwise;
 * - a source without a date of its own never outranks a dated one: it corroborates, and where it
 *   differs the page says so.
 */

export type SourcedStatement = Statement & { source: SourceRef };

/**
 * How an entry stands on the "as of" date:
 * - done: a source published after the date (or reporting it happened) confirms it;
 * - in-progress: a period a source confirms had begun, not yet over;
 * - expected: announced for a date not yet passed (or for no date);
 * - unconfirmed: the date announced has passed and no source confirms it;
 * - confirmed: a source confirms it happened but gives no date.
 */
export const entryStates = ['done', 'in-progress', 'expected', 'unconfirmed', 'confirmed'] as const;
export type EntryState = (typeof entryStates)[number];

export type TimelineEntry = {
  milestone: Milestone;
  /** The statement whose date the entry shows: the most precise of those that agree. */
  current: SourcedStatement;
  state: EntryState;
  /** Every statement that agrees with the entry, the current one included, in source order. */
  supports: SourcedStatement[];
  /** Earlier statements a later source changed, in source order. */
  history: SourcedStatement[];
  /** Statements of undated sources that say otherwise: shown, never silently dropped. */
  disagreements: SourcedStatement[];
};

/* ---------------------------------------------------------------------------------------------
 * When a statement says something happens, as a span of days.
 * ------------------------------------------------------------------------------------------- */

/** A span of days; `first: null` is open-ended ("by the end of 2022"). */
export type Span = { first: IsoDay | null; last: IsoDay };

/** The days a statement's own date can mean, or undefined when it gives none. */
export function statementSpan(s: Statement): Span | undefined {
  if (s.start && s.end) return { first: periodBounds(s.start).first, last: periodBounds(s.end).last };
  if (!s.date) return undefined;
  const bounds = periodBounds(s.date);
  return isOpenEnded(s.precision) ? { first: null, last: bounds.last } : bounds;
}

/** What a statement tells of when: its own span or, for an undated confirmation, "by the day its source said so". */
function knownSpan(s: SourcedStatement): Span | undefined {
  return statementSpan(s) ?? (s.status === 'confirmed' ? { first: null, last: reportedBy(s.source) } : undefined);
}

const contains = (outer: Span, inner: Span) => (outer.first === null || (inner.first !== null && outer.first <= inner.first)) && inner.last <= outer.last;
const intersects = (a: Span, b: Span) => (a.first === null || a.first <= b.last) && (b.first === null || b.first <= a.last);
const boundsSpan = (value: string): Span => periodBounds(value);

/** An organization's name, compared loosely: "Serco Canada Inc." and "Serco Canada" are one company. */
export function organizationKey(name: string | Localized): string {
  const text = typeof name === 'string' ? name : name.en;
  return text
    .toLowerCase()
    .replace(/[.,]/g, '')
    .replace(/\b(inc|ltd|limited|ltée)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same fact, dates apart: same phase, same lead organization. */
function sameFact(a: Statement, b: Statement): boolean {
  if (a.phase && b.phase && a.phase !== b.phase) return false;
  if (a.ssm && b.ssm && organizationKey(a.ssm.lead) !== organizationKey(b.ssm.lead)) return false;
  return true;
}

const isDatedPeriod = (s: Statement) => Boolean(s.start && s.end);

/** Whether two statements' dates can describe the same event. A period agrees when its start and its end do. */
function datesAgree(a: SourcedStatement, b: SourcedStatement): boolean {
  if (isDatedPeriod(a) && isDatedPeriod(b)) {
    return intersects(boundsSpan(a.start!), boundsSpan(b.start!)) && intersects(boundsSpan(a.end!), boundsSpan(b.end!));
  }
  const spanA = knownSpan(a);
  const spanB = knownSpan(b);
  return !spanA || !spanB || intersects(spanA, spanB);
}

/** True when `x` dates the event at least as precisely as `than`, within what `than` says. */
function isNarrower(x: SourcedStatement, than: SourcedStatement): boolean {
  if (isDatedPeriod(x) && isDatedPeriod(than)) {
    return contains(boundsSpan(than.start!), boundsSpan(x.start!)) && contains(boundsSpan(than.end!), boundsSpan(x.end!));
  }
  const own = statementSpan(x);
  if (!own) return false;
  const other = knownSpan(than);
  return !other || contains(other, own);
}

const sameDates = (a: Statement, b: Statement) => a.date === b.date && a.precision === b.precision && a.start === b.start && a.end === b.end;

/* ---------------------------------------------------------------------------------------------
 * One entry: the statements about one milestone of one region.
 * ------------------------------------------------------------------------------------------- */

type Grouped = Omit<TimelineEntry, 'state'>;

/** Newest source first; an undated source never ranks above a dated one. */
const bySource = (a: SourcedStatement, b: SourcedStatement) => compareSources(a.source, b.source);

/**
 * Sorts the statements about one milestone into the fact they support, its history and the
 * disagreements. The newest dated source sets the fact; each other statement either agrees
 * (and may sharpen its date) or is superseded.
 */
function groupStatements(milestone: Milestone, statements: SourcedStatement[]): Grouped {
  const [first, ...rest] = [...statements].sort(bySource);
  let current = first;
  const supports = [first];
  const history: SourcedStatement[] = [];
  const disagreements: SourcedStatement[] = [];
  for (const s of rest) {
    if (!sameFact(s, current) || !datesAgree(s, current)) {
      (s.source.published ? history : disagreements).push(s);
      continue;
    }
    supports.push(s);
    // A plan may sharpen a plan, or a date a source confirmed; it never dates a bare confirmation.
    const mayDate = s.status === 'confirmed' || current.status === 'planned' || Boolean(statementSpan(current));
    if (mayDate && isNarrower(s, current) && !sameDates(s, current)) current = s;
  }
  // A planned date with only an undated confirmation beside it stays a plan: the entry says
  // "confirmed, date not given" and lists the plan as what was expected.
  if (current.status === 'planned' && statementSpan(current)) {
    const datedConfirmation = supports.some((s) => s.status === 'confirmed' && statementSpan(s));
    const undatedConfirmation = supports.find((s) => s.status === 'confirmed' && !statementSpan(s));
    if (!datedConfirmation && undatedConfirmation) current = undatedConfirmation;
  }
  return { milestone, current, supports, history, disagreements };
}

/** The state of an entry on `asOf`, from what its supporting statements say. */
export function deriveEntryState(entry: Pick<TimelineEntry, 'milestone' | 'current' | 'supports'>, asOf: IsoDay): EntryState {
  const span = statementSpan(entry.current);
  const confirmations = entry.supports.filter((s) => s.status === 'confirmed');
  if (!span) return confirmations.length > 0 ? 'confirmed' : 'expected';
  const dated = confirmations.filter((s) => statementSpan(s));
  if (milestoneInfo[entry.milestone].shape === 'period') {
    if (dated.some((s) => availableFrom(s.source) >= span.last)) return 'done';
    if (span.last < asOf) return 'unconfirmed';
    if (span.first !== null && span.first <= asOf && dated.some((s) => availableFrom(s.source) >= span.first!)) return 'in-progress';
    return 'expected';
  }
  if (dated.length > 0) return 'done';
  return span.last < asOf ? 'unconfirmed' : 'expected';
}

/**
 * A span that covers others (planning and transition) answers them: where a region has dated
 * separate periods inside it, the span supports each; where the separate periods are undated,
 * their statements join the span's entry.
 */
function applyCoverage(grouped: Grouped[]): Grouped[] {
  const byMilestone = new Map(grouped.map((g) => [g.milestone, g]));
  const dropped = new Set<Milestone>();
  for (const entry of grouped) {
    const cover = coveringMilestone(entry.milestone);
    const covering = cover && byMilestone.get(cover);
    const coverSpan = covering && statementSpan(covering.current);
    if (!covering || !coverSpan) continue;
    const own = statementSpan(entry.current);
    if (!own) {
      covering.supports.push(...entry.supports);
      covering.history.push(...entry.history);
      dropped.add(entry.milestone);
    } else if (contains(coverSpan, own)) {
      entry.supports.push(...covering.supports.filter((s) => statementSpan(s) && contains(statementSpan(s)!, own)));
    }
  }
  // The covering span stays an entry of its own unless every separate period it contains now shows it.
  for (const entry of grouped) {
    const covers = (milestoneInfo[entry.milestone] as { covers?: readonly Milestone[] }).covers ?? [];
    const separate = covers.map((m) => byMilestone.get(m)).filter((g): g is Grouped => Boolean(g) && !dropped.has(g!.milestone));
    const shownInside = separate.length > 0 && separate.every((g) => g.supports.some((s) => s.milestone === entry.milestone));
    if (shownInside && entry.history.length === 0 && entry.disagreements.length === 0) dropped.add(entry.milestone);
  }
  for (const g of grouped) {
    g.supports.sort(bySource);
    g.history.sort(bySource);
  }
  return grouped.filter((g) => !dropped.has(g.milestone));
}

/** The statements whose source existed on `asOf`: the only ones a timeline (or the open data) uses. */
export function statementsKnownOn(statements: SourcedStatement[], asOf: IsoDay): SourcedStatement[] {
  return statements.filter((s) => availableFrom(s.source) <= asOf);
}

/** A region's timeline on `asOf`: one entry per milestone any source published by then speaks of, in rollout order. */
export function deriveRegionTimeline(regionId: string, statements: SourcedStatement[], asOf: IsoDay): TimelineEntry[] {
  const about = statementsKnownOn(statements, asOf).filter((s) => s.regions.includes(regionId));
  const grouped = milestones.flatMap((milestone) => {
    const group = about.filter((s) => s.milestone === milestone);
    return group.length > 0 ? [groupStatements(milestone, group)] : [];
  });
  return applyCoverage(grouped).map((g) => ({ ...g, state: deriveEntryState(g, asOf) }));
}

/* ---------------------------------------------------------------------------------------------
 * What a region's page says at the top: its stage and its service system manager.
 * ------------------------------------------------------------------------------------------- */

/** True when the sources say the milestone had certainly begun: done, under way, or confirmed without a date. */
const hasBegun = (entry: TimelineEntry) => entry.state === 'done' || entry.state === 'in-progress' || entry.state === 'confirmed';

/** A region's stage, with the entry that shows it (its sources are the stage's sources). */
export function deriveRegionStage(timeline: TimelineEntry[]): { stage: Stage; entry?: TimelineEntry } {
  let best: { stage: Stage; entry?: TimelineEntry } = { stage: 'not-started' };
  for (const entry of timeline) {
    const stage = milestoneInfo[entry.milestone].stage;
    if (stage && hasBegun(entry) && stages.indexOf(stage) > stages.indexOf(best.stage)) best = { stage, entry };
  }
  return best;
}

export type ServiceSystemManager = {
  lead: string;
  partners: string[];
  /** The statements that name the lead or partners, in source order. */
  sources: SourcedStatement[];
};

export function inLocale(name: string | Localized, locale: Locale): string {
  return typeof name === 'string' ? name : name[locale];
}

/** The region's SSM, as confirmed by the sources of its "SSM selected" entry; undefined means "not announced". */
export function deriveServiceSystemManager(timeline: TimelineEntry[], locale: Locale): ServiceSystemManager | undefined {
  const entry = timeline.find((e) => e.milestone === ssmMilestone);
  const naming = entry?.supports.filter((s) => s.status === 'confirmed' && s.ssm) ?? [];
  if (naming.length === 0) return undefined;
  const lead = naming[0].ssm!.lead;
  const withPartners = naming.find((s) => s.ssm!.partners.length > 0);
  return {
    lead: inLocale(lead, locale),
    partners: withPartners?.ssm!.partners.map((p) => inLocale(p, locale)) ?? [],
    sources: naming,
  };
}

/** The entry for one milestone, if any source speaks of it. */
export function entryFor(timeline: TimelineEntry[], milestone: Milestone): TimelineEntry | undefined {
  return timeline.find((e) => e.milestone === milestone);
}
