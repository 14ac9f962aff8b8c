import type { ContentRule } from '../../rule';
import { memosOf, regionIds, statementsOf } from '../../views';

export const knownRegions: ContentRule = {
  id: 'known-regions',
  summary: 'Every region a memo or a statement names has its folder in content/regions/.',
  check(corpus) {
    const known = regionIds(corpus);
    const fix = `use a folder name from content/regions/: ${[...known].join(', ')}.`;
    const inStatements = statementsOf(corpus).flatMap(({ statement, index, in: file }) =>
      statement.regions.flatMap((region, r) =>
        known.has(region) ? [] : [{ file: file.file, line: file.lineOf(['statements', index, 'regions', r]), field: `statements.${index}.regions`, message: `"${region}" is not a known region`, fix }],
      ),
    );
    const inMemos = memosOf(corpus).flatMap(({ yaml }) =>
      (yaml?.data.regions ?? []).flatMap((region, r) => (known.has(region) ? [] : [{ file: yaml!.file, line: yaml!.lineOf(['regions', r]), field: 'regions', message: `"${region}" is not a known region`, fix }])),
    );
    return [...inStatements, ...inMemos];
  },
};
