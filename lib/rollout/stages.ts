import { getRegions, getStatements, type RegionView } from '../rollout/regions';
import type { Phase } from '../content/schemas/statement';
import { isOpenEnded, isRealIsoDay, type IsoDay, periodBounds } from '../core/dates';
import type { Locale } from '../i18n/locales';
import { combinedPeriodMilestone, launchMilestone, type Milestone, phaseMilestone, separatePeriodMilestones, type Stage } from '../content/milestones';
import { isDated, reportedBy, type SourceRef, uniqueSources } from './sources';
import {
  deriveRegionStage,
  deriveRegionTimeline,
  deriveServiceSystemManager,
  entryFor,
  statementSpan,
  type ServiceSystemManager,
  type SourcedStatement,
  statementsKnownOn,
  type TimelineEntry,
} from './timeline';

/** Everything the region pages, the rollout page and the home page show about one region. */
export type RegionStatus = {
  region: RegionView;
  /** The rollout phase its sources give (the current "phase set" entry); undefined if none does. */
  phase?: Phase;
  stage: Stage;
  /** The sources of the entry that shows the stage (none for "not started"). */
  stageSources: SourceRef[];
  ssm?: ServiceSystemManager;
  /** The newest source about the region that shows a date of its own (an undated one can never be the newer). */
  latestDatedSource?: SourceRef;
  /** True when that source is older than a year before the "as of" day (or there is none): the stage says how old its evidence is. */
  evidenceIsOld: boolean;
  timeline: TimelineEntry[];
  /** The current entry for a milestone, when any source speaks of it. */
  entry: (milestone: Milestone) => TimelineEntry | undefined;
};

/** When integrated services start in a region, and the sources of its rollout phase: the cells every table shows. */
export const launchEntry = (status: RegionStatus) => status.entry(launchMilestone);
export const phaseEntry = (status: RegionStatus) => status.entry(phaseMilestone);

/** The sources that support an entry, without repeats, in the one ordering. */
export function entrySources(entry: TimelineEntry | undefined): SourceRef[] {
  return uniqueSources(entry?.supports.map((s) => s.source) ?? []);
}

/**
 * The sources of the dates an entry shows (a table cell, an open data column): those of its
 * statements that give a date, or all of them when none does. A statement that only agrees
 * without a date (the March 2022 memo's undated "nine months of transition") supports the entry
 * on the region page, in its own words, but is not cited for dates it does not give.
 */
export function dateSources(entry: TimelineEntry | undefined): SourceRef[] {
  const dated = entry?.supports.filter((s) => statementSpan(s)) ?? [];
  return dated.length > 0 ? uniqueSources(dated.map((s) => s.source)) : entrySources(entry);
}

/** The day a year before `day`: evidence older than that is old (February 29 falls back to the 28th). */
export function aYearBefore(day: IsoDay): IsoDay {
  const year = String(Number(day.slice(0, 4)) - 1);
  const candidate = `${year}${day.slice(4)}`;
  return isRealIsoDay(candidate) ? candidate : `${year}-02-28`;
}

/** The newest dated source among the statements a region's timeline uses on `asOf`, and whether it is more than a year old. */
export function evidenceAge(regionId: string, statements: SourcedStatement[], asOf: IsoDay): { latest?: SourceRef; isOld: boolean } {
  const sources = uniqueSources(statementsKnownOn(statements, asOf).filter((s) => s.regions.includes(regionId)).map((s) => s.source));
  const latest = sources.find(isDated);
  return { latest, isOld: !latest || reportedBy(latest) < aYearBefore(asOf) };
}

export function getRegionStatus(region: RegionView, locale: Locale, asOf: IsoDay): RegionStatus {
  const statements = getStatements();
  const timeline = deriveRegionTimeline(region.id, statements, asOf);
  const { stage, entry } = deriveRegionStage(timeline);
  const evidence = evidenceAge(region.id, statements, asOf);
  return {
    region,
    phase: entryFor(timeline, phaseMilestone)?.current.phase,
    stage,
    stageSources: entrySources(entry),
    ssm: deriveServiceSystemManager(timeline, locale),
    latestDatedSource: evidence.latest,
    evidenceIsOld: evidence.isOld,
    timeline,
    entry: (milestone) => entryFor(timeline, milestone),
  };
}

/** All regions in display order. */
export function getRolloutOverview(locale: Locale, asOf: IsoDay): RegionStatus[] {
  return getRegions().map((region) => getRegionStatus(region, locale, asOf));
}

/* ---------------------------------------------------------------------------------------------
 * The province-wide chart: spans and launch markers placed on one time axis.
 * ------------------------------------------------------------------------------------------- */

export type ChartBar = { milestone: Milestone; left: number; width: number };
export type ChartRow = { regionId: string; bars: ChartBar[]; launch?: number };
/** The "as of" day on the axis: the statuses the page shows are true on it. */
export type ChartAsOf = { day: IsoDay; left: number };
export type ChartAxis = { years: { year: number; left: number }[]; rows: ChartRow[]; asOf: ChartAsOf };

const periodFirst = (value: string) => periodBounds(value).first;
const periodLast = (value: string) => periodBounds(value).last;
const dayNumber = (day: IsoDay) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/**
 * The periods to show for a region: the separate planning and transition periods when a source
 * gives them, otherwise the combined "planning and transition" span. Only dated ones.
 */
export function shownPeriods(status: RegionStatus): { entries: TimelineEntry[]; separate: boolean } {
  const dated = (e: TimelineEntry | undefined): e is TimelineEntry => Boolean(e?.current.start);
  const separate = separatePeriodMilestones.map(status.entry).filter(dated);
  if (separate.length > 0) return { entries: separate, separate: true };
  return { entries: [status.entry(combinedPeriodMilestone)].filter(dated), separate: false };
}

/**
 * Places every dated span and launch, and the "as of" day, on an axis of whole years, as
 * percentages of its width, so the chart needs no JavaScript and scales to any screen. The axis
 * reaches the "as of" day even when no span does.
 */
export function layoutRolloutChart(overview: RegionStatus[], asOf: IsoDay): ChartAxis {
  const spans = (status: RegionStatus) =>
    shownPeriods(status).entries.map((e) => ({ milestone: e.milestone, first: periodFirst(e.current.start!), last: periodLast(e.current.end!) }));
  // A launch "by 2025" is a deadline, not a day: the chart marks only a launch dated as such.
  const launchDay = (status: RegionStatus) => {
    const launch = status.entry(launchMilestone)?.current;
    return launch?.date && !isOpenEnded(launch.precision) ? periodFirst(launch.date) : undefined;
  };
  const days = [asOf, ...overview.flatMap((s) => [...spans(s).flatMap((b) => [b.first, b.last]), launchDay(s)].filter((d): d is string => Boolean(d)))];
  const firstYear = Number(days.reduce((a, b) => (a < b ? a : b)).slice(0, 4));
  const lastYear = Number(days.reduce((a, b) => (a > b ? a : b)).slice(0, 4));
  const start = dayNumber(`${firstYear}-01-01`);
  const end = dayNumber(`${lastYear + 1}-01-01`);
  const at = (day: IsoDay) => ((dayNumber(day) - start) / (end - start)) * 100;
  return {
    years: Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ year: firstYear + i, left: at(`${firstYear + i}-01-01`) })),
    // On the start of its day, as launch markers are.
    asOf: { day: asOf, left: at(asOf) },
    rows: overview.map((status) => {
      const launch = launchDay(status);
      return {
        regionId: status.region.id,
        bars: spans(status).map((b) => ({ milestone: b.milestone, left: at(b.first), width: at(b.last) - at(b.first) + (100 * 1) / (end - start) })),
        launch: launch ? at(launch) : undefined,
      };
    }),
  };
}
