import { comparableName } from '../../../core/names';
import { groupBy } from '../../../core/group';
import { locales } from '../../../i18n/locales';
import { checkText, type ContentProblem } from '../../problems';
import type { ContentRule } from '../../rule';
import { regionsOf } from '../../views';

/**
 * A partner chooses a region by its name (the regions list, the finder, the rollout table): in
 * each language, two regions never share one, compared as a reader sees them (NFC, any case).
 */
export const uniqueRegionNames: ContentRule = {
  id: 'unique-region-names',
  summary: 'No two regions have the same name in a language, whatever its case or how its accents are encoded.',
  check(corpus) {
    const problems: ContentProblem[] = [];
    const regions = regionsOf(corpus).flatMap(({ doc, yaml }) => (yaml ? [{ id: doc.id, yaml }] : []));
    for (const locale of locales) {
      const named = regions.map((region) => ({ ...region, name: region.yaml.data.names[locale] }));
      for (const same of groupBy(named, (region) => comparableName(region.name)).values()) {
        if (same.length < 2) continue;
        for (const region of same) {
          problems.push({
            file: region.yaml.file,
            line: region.yaml.lineOf(['names', locale]),
            field: `names.${locale}`,
            message: checkText('rules.unique-region-names.taken', { name: region.name, files: same.filter((r) => r !== region).map((r) => r.yaml.file).join(', ') }),
            fix: checkText('rules.unique-region-names.takenFix'),
          });
        }
      }
    }
    return problems;
  },
};
