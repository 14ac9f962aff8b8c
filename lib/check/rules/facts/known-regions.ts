import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { memosOf, regionIds, sectionBehindLink, statementsOf } from '../../views';

export const knownRegions: ContentRule = {
  id: 'known-regions',
  summary: 'Every region a memo or a statement names has its folder in content/regions/.',
  check(corpus) {
    if (sectionBehindLink(corpus, 'region')) return [];
    const known = regionIds(corpus);
    const fix = checkText('rules.known-regions.unknownFix', { regions: [...known].join(', ') });
    const inStatements = statementsOf(corpus).flatMap(({ statement, index, in: file }) =>
      statement.regions.flatMap((region, r) =>
        known.has(region) ? [] : [{ file: file.file, line: file.lineOf(['statements', index, 'regions', r]), field: `statements.${index}.regions`, message: checkText('rules.known-regions.unknown', { region }), fix }],
      ),
    );
    const inMemos = memosOf(corpus).flatMap(({ yaml }) =>
      (yaml?.data.regions ?? []).flatMap((region, r) => (known.has(region) ? [] : [{ file: yaml!.file, line: yaml!.lineOf(['regions', r]), field: 'regions', message: checkText('rules.known-regions.unknown', { region }), fix }])),
    );
    return [...inStatements, ...inMemos];
  },
};
