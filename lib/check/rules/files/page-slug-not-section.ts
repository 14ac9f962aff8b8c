import { sectionSlugs } from '../../../web/routes';
import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { pagesOf } from '../../views';

/** Standalone pages live at /<locale>/<slug>/, beside the sections: a slug cannot take a section's name. */
export const pageSlugNotSection: ContentRule = {
  id: 'page-slug-not-section',
  summary: 'A standalone page’s slug is not the name of a section of the site.',
  check(corpus) {
    return pagesOf(corpus).flatMap(({ texts }) =>
      texts.flatMap((text) => {
        const reserved: string[] = Object.values(sectionSlugs).map((s) => s[text.locale]);
        return reserved.includes(text.data.slug)
          ? [{ file: text.file, field: 'slug', message: checkText('rules.page-slug-not-section.section', { slug: text.data.slug }), fix: checkText('rules.page-slug-not-section.sectionFix', { taken: reserved.join(', ') }) }]
          : [];
      }),
    );
  },
};
