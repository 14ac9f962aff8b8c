import type { ContentRule } from '../../rule';
import { memosOf } from '../../views';

export const translationNotOriginal: ContentRule = {
  id: 'translation-not-original',
  summary: 'A memo is never said to be translated into its own original language.',
  check(corpus) {
    return memosOf(corpus).flatMap(({ yaml }) =>
      yaml && yaml.data.translatedForSite.includes(yaml.data.originalLanguage)
        ? [
            {
              file: yaml.file,
              line: yaml.lineOf('translatedForSite'),
              field: 'translatedForSite',
              message: `lists ${yaml.data.originalLanguage}, the memo's original language`,
              fix: 'list only the languages this site translated the memo into.',
            },
          ]
        : [],
    );
  },
};
