import { describe, expect, it } from 'vitest';
import { getRegion, getRegions, getStatements } from '@/lib/rollout/regions';
import { statementSchema } from '@/lib/content/schemas/statement';
import { pageModified, regionModified } from '@/lib/outputs/modified';
import { aYearBefore, dateSources, entrySources, evidenceAge, getRegionStatus, getRolloutOverview, layoutRolloutChart } from '@/lib/rollout/stages';
import type { SourceRef } from '@/lib/rollout/sources';
import { deriveRegionTimeline, type SourcedStatement } from '@/lib/rollout/timeline';

/*
 * Issue 23: a stage says how old its evidence is; a table cell cites only the sources of the
 * dates it shows; "Date modified" is the latest change to what a page shows.
 */

const source = (id: string, published?: string): SourceRef => ({
  kind: 'reference',
  id,
  published,
  consulted: published ? undefined : '2026-12-02',
  publishedOnSite: '2026-12-02',
  title: { en: { text: id, lang: 'en', isDescription: false }, fr: { text: id, lang: 'en', isDescription: false } },
  publisher: { en: 'P', fr: 'P' },
  href: { en: `https://example.org/${id}`, fr: `https://example.org/${id}` },
});
const statement = (fields: Record<string, unknown>, src: SourceRef): SourcedStatement => ({ ...statementSchema.parse({ regions: ['york'], status: 'confirmed', ...fields }), source: src });

describe('evidenceAge', () => {
  it('is the newest source with a date of its own: an undated page read yesterday never counts as newer', () => {
    const statements = [statement({ milestone: 'engagement' }, source('undated')), statement({ milestone: 'engagement' }, source('news', '2022-11-28'))];
    const { latest, isOld } = evidenceAge('york', statements, '2026-12-02');
    expect(latest?.id).toBe('news');
    expect(isOld).toBe(true);
  });
  it('is old only when that source is more than a year before the as-of day', () => {
    const statements = [statement({ milestone: 'engagement' }, source('news', '2025-12'))];
    expect(evidenceAge('york', statements, '2026-12-02').isOld).toBe(false);
    expect(evidenceAge('york', statements, '2027-01-01').isOld).toBe(true);
  });
  it('counts a region with no dated source at all as resting on old evidence', () => {
    expect(evidenceAge('york', [statement({ milestone: 'engagement' }, source('undated'))], '2026-12-02')).toEqual({ latest: undefined, isOld: true });
  });
  it('goes back a year from February 29 to February 28', () => {
    expect(aYearBefore('2028-02-29')).toBe('2027-02-28');
    expect(aYearBefore('2026-12-02')).toBe('2025-12-02');
  });
  it('gives the Northwest its latest dated source, the ministry memo of March 2024, on 2 December 2026', () => {
    const status = getRegionStatus(getRegion('northwest'), 'en', '2026-12-02');
    expect(status.latestDatedSource?.id).toBe('msdsb-allocations-2024-25-2024-03-13');
    expect(status.evidenceIsOld).toBe(true);
    expect(getRegionStatus(getRegion('northwest'), 'en', '2024-06-01').evidenceIsOld).toBe(false);
    // Before the memo was written, the release of March 2023 was the newest.
    expect(getRegionStatus(getRegion('northwest'), 'en', '2023-06-01').latestDatedSource?.id).toBe('ontario-news-release-2023-03-09');
  });
});

describe('dateSources', () => {
  it('cites only the statements that give the dates a cell shows: the March 2022 memo gives no planning and transition dates', () => {
    const halton = getRegionStatus(getRegion('halton'), 'en', '2026-12-02').entry('planning-and-transition');
    expect(entrySources(halton).map((s) => s.id)).toContain('2022-03-17-provincial-rollout-update');
    expect(dateSources(halton).map((s) => s.id)).toEqual(['eopg-province-wide-rollout']);
  });
  it('falls back to every source of an entry that no statement dates', () => {
    const timeline = deriveRegionTimeline('york', [statement({ milestone: 'engagement' }, source('a')), statement({ milestone: 'engagement' }, source('b', '2022'))], '2026-12-02');
    expect(dateSources(timeline[0]).map((s) => s.id).sort()).toEqual(['a', 'b']);
  });
});

describe('the rollout chart', () => {
  it('marks no launch for a deadline ("by 2025"): only a launch dated as a day, month or year', () => {
    const overview = getRolloutOverview('en', '2026-12-02');
    const rows = new Map(layoutRolloutChart(overview, '2026-12-02').rows.map((r) => [r.regionId, r]));
    expect(overview.find((s) => s.region.id === 'northeast')!.entry('integrated-services-launch')?.current.precision).toBe('by-year');
    expect(rows.get('northeast')!.launch).toBeUndefined();
    expect(rows.get('york')!.launch).toBeDefined();
  });
});

describe('Date modified', () => {
  it('is, for a region page, the latest day this site published a source it cites or changed the page', () => {
    const northwest = getRegion('northwest');
    const sites = getStatements().filter((s) => s.regions.includes('northwest')).map((s) => s.source.publishedOnSite);
    expect(regionModified(northwest)).toBe([...sites, northwest.changes[0].date].sort().pop());
    expect(regionModified(getRegion('peel'))).toBe('2026-11-24');
  });
  it('is, for the pages that show every region, the latest of the region pages', () => {
    const latestRegion = getRegions().map(regionModified).sort().pop();
    expect(pageModified({ kind: 'rollout' })).toBe(latestRegion);
    // The March 2024 memo, published here on 6 December 2026, is about three regions.
    expect(latestRegion).toBe('2026-12-06');
    expect(regionModified(getRegion('toronto'))).toBe(latestRegion);
    expect(pageModified({ kind: 'regionIndex' })).toBe(pageModified({ kind: 'openData' }));
  });
  it('is, for a memo, the day this site published it or last changed it, not the memo’s own date', () => {
    expect(pageModified({ kind: 'memo', slugs: { en: 'employment-services-transformation-update-september-2022', fr: 'x' } })).toBe('2026-11-22');
  });
});
