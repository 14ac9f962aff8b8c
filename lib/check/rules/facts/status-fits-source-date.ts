import { periodBounds } from '../../../core/dates';
import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { statementsOf } from '../../views';

/**
 * A status must fit the source's own date: a source reports as done only what had happened by
 * the time it spoke, and announces as planned only what was still to come. A source without a
 * date of its own may have spoken on any day before it was consulted, so its plans can be for
 * any day; what it confirms must still have happened by the day it was read.
 */
export const statusFitsSourceDate: ContentRule = {
  id: 'status-fits-source-date',
  summary: 'A source confirms only what had happened by its own date, and plans only what was still to come.',
  check(corpus) {
    return statementsOf(corpus).flatMap(({ statement, index, in: file, source }) => {
      const where = { file: file.file, line: file.lineOf(['statements', index, 'status']), field: `statements.${index}.status` };
      const begins = statement.start ?? (statement.precision?.startsWith('by-') ? undefined : statement.date);
      const ends = statement.end ?? statement.date;
      if (statement.status === 'confirmed' && begins && periodBounds(begins).first > source.to) {
        return [
          {
            ...where,
            message: checkText('rules.status-fits-source-date.confirmedTooEarly', { date: begins, source: source.what }),
            fix: checkText('rules.status-fits-source-date.confirmedTooEarlyFix', { setting: 'status: planned' }),
          },
        ];
      }
      if (statement.status === 'planned' && ends && source.from && periodBounds(ends).last < source.from) {
        return [
          {
            ...where,
            message: checkText('rules.status-fits-source-date.plannedTooLate', { date: ends, source: source.what }),
            fix: checkText('rules.status-fits-source-date.plannedTooLateFix', { setting: 'status: confirmed' }),
          },
        ];
      }
      return [];
    });
  },
};
