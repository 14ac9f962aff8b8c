import { phaseMilestone } from '../../../content/milestones';
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
              message: `no statement in a memo or reference gives this region's rollout phase`,
              fix: `add a ${phaseMilestone} statement (with phase: …) for ${doc.id} to the memo or reference that gives it.`,
            },
          ],
    );
  },
};
