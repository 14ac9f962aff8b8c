import { comparableName } from '../../../core/names';
import { type CheckText, checkText, type ContentProblem } from '../../problems';
import type { ContentRule } from '../../rule';
import { placeListsOf, referencesOf, regionsOf, sectionBehindLink } from '../../views';

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
        if (references.has(source) || sectionBehindLink(corpus, 'reference')) return;
        problems.push({
          file: yaml.file,
          line: yaml.lineOf([...path, 'sources', s]),
          field: `${path.join('.')}.sources`,
          message: checkText('rules.region-places.unknownSource', { source }),
          fix:
            references.size > 0
              ? checkText('rules.region-places.unknownSourceFix', { references: [...references].join(', ') })
              : checkText('rules.region-places.noReferencesFix'),
        });
      });
    }

    // Every place, wherever it is listed; the first listing is the one the others repeat.
    // Names are compared as a reader sees them (NFC, any case), in each language they are written in.
    type Listing = { keys: string[]; shown: CheckText; region: string; file: string; line?: number; field: string };
    const listings: Listing[] = regionsOf(corpus).flatMap(({ doc, yaml }) => {
      const places = yaml?.data.places;
      if (!yaml || !places) return [];
      const divisions = places.censusDivisions.list.map((division, i) => ({
        keys: [`census division ${division.code}`],
        shown: checkText('rules.region-places.censusDivision', { code: division.code }),
        region: doc.id,
        file: yaml.file,
        line: yaml.lineOf(['places', 'censusDivisions', 'list', i, 'code']),
        field: `places.censusDivisions.list.${i}.code`,
      }));
      const centres = (places.urbanCentres?.list ?? []).map((centre, i) => {
        const name = typeof centre === 'string' ? centre : centre.en;
        const keys = [...new Set((typeof centre === 'string' ? [centre] : [centre.en, centre.fr]).map((n) => `urban centre ${comparableName(n)}`))];
        return { keys, shown: checkText('rules.region-places.urbanCentre', { name }), region: doc.id, file: yaml.file, line: yaml.lineOf(['places', 'urbanCentres', 'list', i]), field: `places.urbanCentres.list.${i}` };
      });
      return [...divisions, ...centres];
    });
    const first = new Map<string, Listing>();
    for (const listing of listings) {
      const earlier = listing.keys.map((key) => first.get(key)).find(Boolean);
      if (!earlier) {
        for (const key of listing.keys) first.set(key, listing);
        continue;
      }
      const same = earlier.region === listing.region;
      problems.push({
        file: listing.file,
        line: listing.line,
        field: listing.field,
        message: same
          ? checkText('rules.region-places.listedTwice', { place: listing.shown })
          : checkText('rules.region-places.listedElsewhere', { place: listing.shown, region: earlier.region, file: earlier.file }),
        fix: checkText(same ? 'rules.region-places.listedTwiceFix' : 'rules.region-places.listedElsewhereFix'),
      });
    }
    return problems;
  },
};
