import { describe, expect, it } from 'vitest';
import { getRegions } from '@/lib/rollout/regions';
import { getRolloutOverview, layoutRolloutChart, type RegionStatus } from '@/lib/rollout/stages';

/** The rollout chart's axis: whole years, every span and launch on it, and the "as of" day marked. */

const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
const undated = (): RegionStatus[] => getRegions().map((region) => ({ region, stage: 'not-started', stageSources: [], evidenceIsOld: true, timeline: [], entry: () => undefined }));

describe('layoutRolloutChart', () => {
  it('extends the axis to the end of the "as of" year when the sources stop earlier (2026-12-02)', () => {
    const axis = layoutRolloutChart(getRolloutOverview('en', '2026-12-02'), '2026-12-02');
    const years = axis.years.map((y) => y.year);
    expect(years[0]).toBe(2020);
    expect(years.at(-1)).toBe(2026);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => 2020 + i));
    const left = (daysBetween('2020-01-01', '2026-12-02') / daysBetween('2020-01-01', '2027-01-01')) * 100;
    expect(axis.asOf).toEqual({ day: '2026-12-02', left });
    expect(axis.asOf.left).toBeGreaterThan(axis.years.at(-1)!.left);
    expect(axis.asOf.left).toBeLessThan(100);
  });

  it('keeps the axis the sources need when the "as of" day falls inside it, and marks the day there', () => {
    const overview = getRolloutOverview('en', '2026-12-02');
    const late = layoutRolloutChart(overview, '2026-12-02');
    const axis = layoutRolloutChart(overview, '2022-07-01');
    expect(axis.years[0].year).toBe(2020);
    expect(axis.years.at(-1)!.year).toBe(2024);
    const total = daysBetween('2020-01-01', `${axis.years.at(-1)!.year + 1}-01-01`);
    expect(axis.asOf.left).toBeCloseTo((daysBetween('2020-01-01', '2022-07-01') / total) * 100, 10);
    expect(late.asOf.left).toBeGreaterThan(axis.asOf.left);
  });

  it('draws the "as of" year alone when no source dates anything', () => {
    const axis = layoutRolloutChart(undated(), '2026-12-02');
    expect(axis.years).toEqual([{ year: 2026, left: 0 }]);
    expect(axis.asOf.left).toBeCloseTo((335 / 365) * 100, 10);
    expect(axis.rows).toHaveLength(15);
    expect(axis.rows.every((row) => row.bars.length === 0 && row.launch === undefined)).toBe(true);
  });

  it('places every bar and launch on the same scale as the marker, within the axis', () => {
    const axis = layoutRolloutChart(getRolloutOverview('fr', '2026-12-02'), '2026-12-02');
    const positions = axis.rows.flatMap((row) => [...row.bars.flatMap((b) => [b.left, b.left + b.width]), ...(row.launch === undefined ? [] : [row.launch])]);
    expect(positions.length).toBeGreaterThan(15);
    for (const p of positions) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(100 + 1e-9);
      expect(p).toBeLessThan(axis.asOf.left);
    }
  });
});
