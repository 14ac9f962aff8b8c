import { phaseMilestone } from '../../../content/milestones';
import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { regionsOf, statementsOf } from '../../views';

/** A region's phase is a fact like any other: a statement of some memo or reference gives it. */
export const phaseSupported: ContentRule = {
  id: 'phase-supported',
  summary: 'Every region has its rollout phase from a statement of some memo or reference.',
  check(corpus) {
    // While a file with statements cannot be read, its own problem is the one to fix first.
    if (corpus.incomplete) return [];
    const statements = statementsOf(corpus).map((s) => s.statement);
    return regionsOf(corpus).flatMap(({ doc, yaml }) =>
      !yaml || statements.some((s) => s.milestone === phaseMilestone && s.regions.includes(doc.id))
        ? []
        : [
            {
              file: yaml.file,
              message: checkText('rules.phase-supported.noPhase'),
              fix: checkText('rules.phase-supported.noPhaseFix', { milestone: phaseMilestone, setting: 'phase: …', region: doc.id }),
            },
          ],
    );
  },
};
