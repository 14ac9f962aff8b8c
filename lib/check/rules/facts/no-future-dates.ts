import { todayInToronto } from '../../../core/dates';
import { checkText, type ContentProblem } from '../../problems';
import type { ContentRule } from '../../rule';
import { memosOf, referencesOf } from '../../views';

/**
 * A memo or source dated after today would pin "Date modified" and the feeds to a day that has
 * not come (a typo such as 2999 for 2029): publish it on its date.
 */
export const noFutureDates: ContentRule = {
  id: 'no-future-dates',
  summary: 'No memo, change note or source is dated after today.',
  check(corpus) {
    const today = todayInToronto();
    const problems: ContentProblem[] = [];
    const late = (file: { file: string; lineOf: (p: (string | number)[]) => number | undefined }, path: (string | number)[], day: string | undefined) => {
      if (day && day.slice(0, 10) > today) {
        problems.push({
          file: file.file,
          line: file.lineOf(path),
          field: path.join('.'),
          message: checkText('rules.no-future-dates.afterToday', { date: day, today }),
          fix: checkText('rules.no-future-dates.afterTodayFix'),
        });
      }
    };
    for (const { yaml } of memosOf(corpus)) {
      if (!yaml) continue;
      late(yaml, ['date'], yaml.data.date);
      late(yaml, ['publishedOnSite'], yaml.data.publishedOnSite);
      yaml.data.changes.forEach((change, c) => late(yaml, ['changes', c, 'date'], change.date));
    }
    for (const { yaml } of referencesOf(corpus)) {
      if (!yaml) continue;
      late(yaml, ['published'], yaml.data.published);
      late(yaml, ['consulted'], yaml.data.consulted);
      late(yaml, ['publishedOnSite'], yaml.data.publishedOnSite);
    }
    return problems;
  },
};
