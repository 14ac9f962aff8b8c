import { getRegions, getStatements, type RegionView } from './content';
import type { Phase } from './content-schema';
import { type IsoDay, periodBounds } from './dates';
import type { Locale } from './i18n/locales';
import { combinedPeriodMilestone, launchMilestone, type Milestone, phaseMilestone, separatePeriodMilestones, type Stage } from './milestones';
import { type SourceRef, uniqueSources } from './sources';
import {
  deriveRegionStage,
  deriveRegionTimeline,
  deriveServiceSystemManager,
  entryFor,
  type ServiceSystemManager,
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

export function getRegionStatus(region: RegionView, locale: Locale, asOf: IsoDay): RegionStatus {
  const timeline = deriveRegionTimeline(region.id, getStatements(), asOf);
  const { stage, entry } = deriveRegionStage(timeline);
  return {
    region,
    phase: entryFor(timeline, phaseMilestone)?.current.phase,
    stage,
    stageSources: entrySources(entry),
    ssm: deriveServiceSystemManager(timeline, locale),
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
  const launchDay = (status: RegionStatus) => {
    const launch = status.entry(launchMilestone)?.current.date;
    return launch ? periodFirst(launch) : undefined;
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
