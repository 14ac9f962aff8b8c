import type { ContentProblem } from '../../problems';
import type { ContentRule } from '../../rule';
import { placeListsOf, referencesOf, regionsOf } from '../../views';

/**
 * A region's places (region.yaml, places) cite references that exist, and each census division
 * and urban centre belongs to one region only, listed once: the finder page and site search send
 * a partner from a place to exactly one region.
 */
export const regionPlaces: ContentRule = {
  id: 'region-places',
  summary: 'A region’s places cite known references, and no census division or urban centre is listed twice or in two regions.',
  check(corpus) {
    const problems: ContentProblem[] = [];
    const references = new Set(referencesOf(corpus).filter((r) => r.doc.type === 'file').map((r) => r.doc.id));
    for (const { yaml, path, sources } of placeListsOf(corpus)) {
      sources.forEach((source, s) => {
        if (references.has(source)) return;
        problems.push({
          file: yaml.file,
          line: yaml.lineOf([...path, 'sources', s]),
          field: `${path.join('.')}.sources`,
          message: `"${source}" is not a reference in content/references/`,
          fix: `use the id of a file in content/references/ (without .yaml)${references.size > 0 ? `: ${[...references].join(', ')}` : ''}, or add that reference.`,
        });
      });
    }

    // Every place, wherever it is listed; the first listing is the one the others repeat.
    type Listing = { key: string; shown: string; region: string; file: string; line?: number; field: string };
    const listings: Listing[] = regionsOf(corpus).flatMap(({ doc, yaml }) => {
      const places = yaml?.data.places;
      if (!yaml || !places) return [];
      const divisions = places.censusDivisions.list.map((division, i) => ({
        key: `census division ${division.code}`,
        shown: `census division ${division.code}`,
        region: doc.id,
        file: yaml.file,
        line: yaml.lineOf(['places', 'censusDivisions', 'list', i, 'code']),
        field: `places.censusDivisions.list.${i}.code`,
      }));
      const centres = (places.urbanCentres?.list ?? []).map((centre, i) => {
        const name = typeof centre === 'string' ? centre : centre.en;
        return { key: `urban centre ${name.toLowerCase()}`, shown: `urban centre "${name}"`, region: doc.id, file: yaml.file, line: yaml.lineOf(['places', 'urbanCentres', 'list', i]), field: `places.urbanCentres.list.${i}` };
      });
      return [...divisions, ...centres];
    });
    const first = new Map<string, Listing>();
    for (const listing of listings) {
      const earlier = first.get(listing.key);
      if (!earlier) {
        first.set(listing.key, listing);
        continue;
      }
      const same = earlier.region === listing.region;
      problems.push({
        file: listing.file,
        line: listing.line,
        field: listing.field,
        message: same ? `lists ${listing.shown} a second time` : `lists ${listing.shown}, already listed by region ${earlier.region} (${earlier.file})`,
        fix: same ? 'remove the second listing: each place is listed once.' : 'a place belongs to one region only: check the source and remove it from the region it does not belong to.',
      });
    }
    return problems;
  },
};
