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
  'competition',
  'ssm-selected',
  'planning-period',
  'transition-period',
  'planning-and-transition',
  'integrated-services-launch',
  'ow-referrals-start',
] as const;
export type Milestone = (typeof milestones)[number];

/** The stages a region goes through, in order. */
export const stages = ['not-started', 'engagement', 'competition', 'ssm-selected', 'planning-and-transition', 'planning', 'transition', 'integrated'] as const;
export type Stage = (typeof stages)[number];

export type MilestoneInfo = {
  /** point: one date (or none); period: start and end. */
  shape: 'point' | 'period';
  /** The stage a region has reached once a source confirms this milestone began; null when it marks none. */
  stage: Stage | null;
  /** Milestones whose spans lie inside this one's: a source giving this span answers statements about them. */
  covers?: readonly Milestone[];
};

export const milestoneInfo = {
  'phase-assigned': { shape: 'point', stage: null },
  engagement: { shape: 'point', stage: 'engagement' },
  // "Expansion will be under way": a promise about the rollout, not a step a region reaches.
  'expansion-under-way': { shape: 'point', stage: null },
  competition: { shape: 'point', stage: 'competition' },
  'ssm-selected': { shape: 'point', stage: 'ssm-selected' },
  'planning-period': { shape: 'period', stage: 'planning' },
  'transition-period': { shape: 'period', stage: 'transition' },
  'planning-and-transition': { shape: 'period', stage: 'planning-and-transition', covers: ['planning-period', 'transition-period'] },
  'integrated-services-launch': { shape: 'point', stage: 'integrated' },
  'ow-referrals-start': { shape: 'point', stage: 'integrated' },
} as const satisfies Record<Milestone, MilestoneInfo>;

export function isPeriod(milestone: Milestone): boolean {
  return milestoneInfo[milestone].shape === 'period';
}

/** The milestone whose span covers this one, if any (planning-and-transition covers planning and transition). */
export function coveringMilestone(milestone: Milestone): Milestone | undefined {
  return milestones.find((m) => (milestoneInfo[m] as MilestoneInfo).covers?.includes(milestone));
}
