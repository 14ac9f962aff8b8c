import { rolloutDay } from '../../../content/publication';
import { dayOf } from '../../../core/toronto-time';
import { checkText, type ContentProblem } from '../../problems';
import type { ContentRule } from '../../rule';
import { memosOf, referencesOf, regionsOf } from '../../views';

/**
 * A memo or source dated after today would pin "Date modified" and the feeds to a day that has
 * not come (a typo such as 2999 for 2029): publish it on its date. A scheduled item (its
 * publishedOnSite after now) may carry dates up to the day it is published.
 */
export const noFutureDates: ContentRule = {
  id: 'no-future-dates',
  summary: 'No memo, change note or source is dated after today, or after the day it is scheduled for.',
  check(corpus) {
    // Today is the build's (ROLLOUT_NOW, ROLLOUT_AS_OF, else Toronto's clock): one now for the check and the site.
    const today = rolloutDay();
    const problems: ContentProblem[] = [];
    type Located = { file: string; lineOf: (p: (string | number)[]) => number | undefined };
    const late = (file: Located, path: (string | number)[], day: string | undefined, scheduledFor?: string) => {
      const limit = scheduledFor && dayOf(scheduledFor) > today ? dayOf(scheduledFor) : today;
      if (day && day.slice(0, 10) > limit) {
        problems.push({
          file: file.file,
          line: file.lineOf(path),
          field: path.join('.'),
          message: limit === today ? checkText('rules.no-future-dates.afterToday', { date: day, today }) : checkText('rules.no-future-dates.afterPublication', { date: day, day: limit }),
          fix: checkText('rules.no-future-dates.afterTodayFix'),
        });
      }
    };
    // Scheduling is for the coming days and months: a year further is a typo (3000 for 2030).
    const latestSchedule = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    const farAway = (file: Located, path: (string | number)[], publishedOnSite: string | undefined) => {
      if (publishedOnSite && dayOf(publishedOnSite) > latestSchedule) {
        problems.push({
          file: file.file,
          line: file.lineOf(path),
          field: path.join('.'),
          message: checkText('rules.no-future-dates.tooFarAhead', { date: publishedOnSite, latest: latestSchedule }),
          fix: checkText('rules.no-future-dates.tooFarAheadFix'),
        });
      }
    };
    for (const { yaml } of memosOf(corpus)) {
      if (!yaml) continue;
      farAway(yaml, ['publishedOnSite'], yaml.data.publishedOnSite);
      yaml.data.changes.forEach((change, c) => farAway(yaml, ['changes', c, 'publishedOnSite'], change.publishedOnSite));
      late(yaml, ['date'], yaml.data.date, yaml.data.publishedOnSite);
      yaml.data.changes.forEach((change, c) => late(yaml, ['changes', c, 'date'], change.date, change.publishedOnSite ?? yaml.data.publishedOnSite));
    }
    for (const { yaml } of regionsOf(corpus)) {
      yaml?.data.changes.forEach((change, c) => farAway(yaml, ['changes', c, 'publishedOnSite'], change.publishedOnSite));
      yaml?.data.changes.forEach((change, c) => late(yaml, ['changes', c, 'date'], change.date, change.publishedOnSite));
    }
    for (const { yaml } of referencesOf(corpus)) {
      if (!yaml) continue;
      farAway(yaml, ['publishedOnSite'], yaml.data.publishedOnSite);
      late(yaml, ['published'], yaml.data.published, yaml.data.publishedOnSite);
      late(yaml, ['consulted'], yaml.data.consulted);
    }
    return problems;
  },
};
