import { dayOf } from '../../../core/toronto-time';
import { checkText } from '../../problems';
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
        const before =
          change.date < date
            ? checkText('rules.change-after-publication.memoDate', { date })
            : change.date < dayOf(publishedOnSite)
              ? checkText('rules.change-after-publication.publishedOnSite', { setting: `publishedOnSite: ${publishedOnSite}` })
              : undefined;
        return before
          ? [
              {
                file: yaml!.file,
                line: yaml!.lineOf(['changes', c, 'date']),
                field: `changes.${c}.date`,
                message: checkText('rules.change-after-publication.before', { date: change.date, before }),
                fix: checkText('rules.change-after-publication.beforeFix'),
              },
            ]
          : [];
      }),
    );
  },
};
