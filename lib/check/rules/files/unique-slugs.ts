import { groupBy } from '../../../core/group';
import { checkText, type ContentProblem } from '../../problems';
import type { ContentRule } from '../../rule';
import { memosOf, pagesOf, regionsOf } from '../../views';

type SlugUse = { slug: string; file: string; group: string };

/** Slugs become URLs: within a section and a language, each belongs to one document. */
export const uniqueSlugs: ContentRule = {
  id: 'unique-slugs',
  summary: 'No two documents of a section share a slug in the same language.',
  check(corpus) {
    const uses: SlugUse[] = [
      ...memosOf(corpus).flatMap(({ texts }) => texts.map((t) => ({ slug: t.data.slug, file: t.file, group: `memo:${t.locale}` }))),
      ...pagesOf(corpus).flatMap(({ texts }) => texts.map((t) => ({ slug: t.data.slug, file: t.file, group: `page:${t.locale}` }))),
      ...regionsOf(corpus).flatMap(({ yaml }) => (yaml ? Object.entries(yaml.data.slugs).map(([locale, slug]) => ({ slug, file: yaml.file, group: `region:${locale}` })) : [])),
    ];
    const problems: ContentProblem[] = [];
    for (const same of groupBy(uses, (use) => `${use.group}:${use.slug}`).values()) {
      if (same.length < 2) continue;
      for (const use of same) {
        problems.push({
          file: use.file,
          field: 'slug',
          message: checkText('rules.unique-slugs.taken', { slug: use.slug, files: same.filter((u) => u !== use).map((u) => u.file).join(', ') }),
          fix: checkText('rules.unique-slugs.takenFix'),
        });
      }
    }
    return problems;
  },
};
