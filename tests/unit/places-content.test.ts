import { describe, expect, it } from 'vitest';
import { getRegions } from '@/lib/rollout/regions';
import { expectedPlaces, ontarioCensusDivisionCodes } from '../fact-check/places';

/**
 * The places of the real content (content/regions/*\/region.yaml) against the facts written by
 * hand from ROLLOUT.md (tests/fact-check/places.ts).
 */
describe('the places of the 15 regions', () => {
  const regions = getRegions();

  it('cover Ontario’s 49 census divisions, each in exactly one region', () => {
    expect(ontarioCensusDivisionCodes).toHaveLength(49);
    const listed = regions.flatMap((r) => (r.places?.censusDivisions.list ?? []).map((d) => d.code));
    expect(listed).toHaveLength(49);
    expect([...listed].sort()).toEqual([...ontarioCensusDivisionCodes].sort());
  });

  it.each(expectedPlaces.map((p) => [p.region, p] as const))('%s lists the census divisions and urban centres of the sources, in both languages', (id, expected) => {
    const region = regions.find((r) => r.id === id)!;
    expect(region.slugs).toEqual(expected.slug);
    expect(region.places?.censusDivisions.list).toEqual(expected.censusDivisions.map((d) => ({ code: d.code, names: d.name })));
    expect(region.places?.urbanCentres?.list ?? []).toEqual(expected.urbanCentres);
  });

  it('cite Statistics Canada and the Gateway page for each list', () => {
    for (const region of regions) {
      expect(region.places!.censusDivisions.sources.map((s) => s.id).sort(), region.id).toEqual(['eopg-program-overview', 'statcan-sgc-2021']);
      if (region.places!.urbanCentres) expect(region.places!.urbanCentres.sources.map((s) => s.id).sort(), region.id).toEqual(['eopg-program-overview', 'statcan-economic-regions-cma-ca']);
    }
  });
});
