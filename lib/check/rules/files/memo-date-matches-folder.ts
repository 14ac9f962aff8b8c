import { isRealIsoDay } from '../../../core/dates';
import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { memosOf } from '../../views';

export const memoDateMatchesFolder: ContentRule = {
  id: 'memo-date-matches-folder',
  summary: 'A memo folder starts with the memo’s own date.',
  check(corpus) {
    return memosOf(corpus).flatMap(({ doc, yaml }) => {
      const folderDate = /^(\d{4}-\d{2}-\d{2})-/.exec(doc.id)?.[1];
      if (!yaml || !folderDate || !isRealIsoDay(folderDate) || folderDate === yaml.data.date) return [];
      return [
        {
          file: yaml.file,
          line: yaml.lineOf('date'),
          field: 'date',
          message: checkText('rules.memo-date-matches-folder.differs', { date: yaml.data.date, folderDate }),
          fix: checkText('rules.memo-date-matches-folder.differsFix'),
        },
      ];
    });
  },
};
