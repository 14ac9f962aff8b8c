/**
 * The milestones a statement can be about, and what the site knows of each: whether it is a
 * moment or a span, which stage of the rollout it marks, and which other milestones it covers.
 * Each also has its label in both message files (Milestones.*). Typed `satisfies Record<…>` so
 * that a new milestone without its shape or stage does not compile.
 */

export const milestones = [
  'phase-assigned',
  'engagement',
  'expansion-under-way',
  'qualifying-phase',
  'competition',
  'municipal-position',
  'ssm-selected',
  'planning-period',
  'transition-period',
  'planning-and-transition',
  'integrated-services-launch',
  'ow-referrals-start',
  'ow-employment-services-to-eo',
] as const;
export type Milestone = (typeof milestones)[number];

/** The stages a region goes through, in order. */
export const stages = ['not-started', 'engagement', 'competition', 'ssm-selected', 'planning-and-transition', 'planning', 'transition', 'integrated'] as const;
export type Stage = (typeof stages)[number];

/** How the province-wide chart draws a milestone: a kind of bar, the launch marker, or not at all. */
export const chartRoles = ['planning', 'transition', 'combined', 'launch'] as const;
export type ChartRole = (typeof chartRoles)[number];

export type MilestoneInfo = {
  /** point: one date (or none); period: start and end. */
  shape: 'point' | 'period';
  /** The stage a region has reached once a source confirms this milestone began; null when it marks none. */
  stage: Stage | null;
  /** How the rollout chart and table show it; null when they do not. */
  chart: ChartRole | null;
  /** The field a statement about it must carry: phase-assigned names a phase, ssm-selected an SSM. */
  carries: 'phase' | 'ssm' | null;
  /** Milestones whose spans lie inside this one's: a source giving this span answers statements about them. */
  covers?: readonly Milestone[];
};

export const milestoneInfo = {
  'phase-assigned': { shape: 'point', stage: null, chart: null, carries: 'phase' },
  engagement: { shape: 'point', stage: 'engagement', chart: null, carries: null },
  // "Expansion will be under way": a promise about the rollout, not a step a region reaches.
  'expansion-under-way': { shape: 'point', stage: null, chart: null, carries: null },
  // The first stage of the competition (a request for qualifications), before the call for proposals.
  'qualifying-phase': { shape: 'period', stage: 'competition', chart: null, carries: null },
  competition: { shape: 'point', stage: 'competition', chart: null, carries: null },
  // A municipality's decision about its own role (to bid for it or not): a fact about the city, not a stage.
  'municipal-position': { shape: 'point', stage: null, chart: null, carries: null },
  'ssm-selected': { shape: 'point', stage: 'ssm-selected', chart: null, carries: 'ssm' },
  'planning-period': { shape: 'period', stage: 'planning', chart: 'planning', carries: null },
  'transition-period': { shape: 'period', stage: 'transition', chart: 'transition', carries: null },
  'planning-and-transition': {
    shape: 'period',
    stage: 'planning-and-transition',
    chart: 'combined',
    carries: null,
    covers: ['planning-period', 'transition-period'],
  },
  'integrated-services-launch': { shape: 'point', stage: 'integrated', chart: 'launch', carries: null },
  'ow-referrals-start': { shape: 'point', stage: 'integrated', chart: null, carries: null },
  // Ontario Works employment services provided through Employment Ontario instead of the municipality.
  // It marks no stage: a source may say it of part of a region only (Nipissing in the Northeast).
  'ow-employment-services-to-eo': { shape: 'point', stage: null, chart: null, carries: null },
} as const satisfies Record<Milestone, MilestoneInfo>;

function only(test: (info: MilestoneInfo) => boolean): Milestone {
  const found = milestones.filter((m) => test(milestoneInfo[m]));
  if (found.length !== 1) throw new Error(`The milestone registry needs exactly one such milestone, found ${found.join(', ') || 'none'}`);
  return found[0];
}

/** The milestone whose statements name a rollout phase. */
export const phaseMilestone = only((m) => m.carries === 'phase');
/** The milestone whose statements name a service system manager. */
export const ssmMilestone = only((m) => m.carries === 'ssm');
/** The milestone the chart marks as the start of integrated services. */
export const launchMilestone = only((m) => m.chart === 'launch');
/** The span that covers the separate periods, and the separate periods themselves, in order. */
export const combinedPeriodMilestone = only((m) => Boolean(m.covers));
export const separatePeriodMilestones: readonly Milestone[] = (milestoneInfo[combinedPeriodMilestone] as MilestoneInfo).covers!;

export function isPeriod(milestone: Milestone): boolean {
  return milestoneInfo[milestone].shape === 'period';
}

/** The milestone whose span covers this one, if any (planning-and-transition covers planning and transition). */
export function coveringMilestone(milestone: Milestone): Milestone | undefined {
  return milestones.find((m) => (milestoneInfo[m] as MilestoneInfo).covers?.includes(milestone));
}
