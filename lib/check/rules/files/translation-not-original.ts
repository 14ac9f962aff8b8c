import { checkText } from '../../problems';
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
              message: checkText('rules.translation-not-original.original', { language: yaml.data.originalLanguage }),
              fix: checkText('rules.translation-not-original.originalFix'),
            },
          ]
        : [],
    );
  },
};
