import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { placeListsOf, referencesOf } from '../../views';

/**
 * A reference is on the site because something cites it: its own statements, or the places of a
 * region. One that supports neither would be published as a source of nothing.
 */
export const referenceCited: ContentRule = {
  id: 'reference-cited',
  summary: 'Every reference supports a statement or is cited by a region’s places.',
  check(corpus) {
    // While a region file cannot be read, the places that may cite a reference are unknown.
    if (corpus.incomplete) return [];
    const cited = new Set(placeListsOf(corpus).flatMap((list) => list.sources));
    return referencesOf(corpus).flatMap(({ doc, yaml }) =>
      !yaml || yaml.data.statements.length > 0 || cited.has(doc.id)
        ? []
        : [
            {
              file: yaml.file,
              field: 'statements',
              message: checkText('rules.reference-cited.notCited'),
              fix: checkText('rules.reference-cited.notCitedFix', { setting: `sources: [${doc.id}]` }),
            },
          ],
    );
  },
};
