import type { ContentRule } from '../../rule';
import { memosOf } from '../../views';

/** A change note records a change this site made after it published the memo: it cannot come before. */
export const changeAfterPublication: ContentRule = {
  id: 'change-after-publication',
  summary: 'A change note is dated on or after the day this site published the memo it changes.',
  check(corpus) {
    return memosOf(corpus).flatMap(({ yaml }) =>
      (yaml?.data.changes ?? []).flatMap((change, c) => {
        const { date, publishedOnSite } = yaml!.data;
        const before = change.date < date ? `the memo's own date (${date})` : change.date < publishedOnSite ? `the day this site published the memo (publishedOnSite: ${publishedOnSite})` : undefined;
        return before
          ? [
              {
                file: yaml!.file,
                line: yaml!.lineOf(['changes', c, 'date']),
                field: `changes.${c}.date`,
                message: `${change.date} is before ${before}`,
                fix: 'a change note records a change made after publication: check its date.',
              },
            ]
          : [];
      }),
    );
  },
};
