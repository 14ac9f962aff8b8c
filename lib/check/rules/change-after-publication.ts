import type { ContentRule } from '../rule';
import { memosOf } from '../views';

export const changeAfterPublication: ContentRule = {
  id: 'change-after-publication',
  summary: 'A change note is dated on or after the memo it changes.',
  check(corpus) {
    return memosOf(corpus).flatMap(({ yaml }) =>
      (yaml?.data.changes ?? []).flatMap((change, c) =>
        change.date < yaml!.data.date
          ? [
              {
                file: yaml!.file,
                line: yaml!.lineOf(['changes', c, 'date']),
                field: `changes.${c}.date`,
                message: `${change.date} is before the memo's own date (${yaml!.data.date})`,
                fix: 'a change note records a change made after publication: check its date.',
              },
            ]
          : [],
      ),
    );
  },
};
