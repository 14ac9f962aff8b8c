import { phaseMilestone } from '../../milestones';
import type { ContentRule } from '../rule';
import { regionsOf, statementsOf } from '../views';

/** A region's phase is a fact like any other: some statement must give it. */
export const phaseSupported: ContentRule = {
  id: 'phase-supported',
  summary: 'A region’s phase is given by a statement of some memo or reference.',
  check(corpus) {
    // While a file with statements cannot be read, its own problem is the one to fix first.
    if (corpus.incomplete) return [];
    const statements = statementsOf(corpus).map((s) => s.statement);
    return regionsOf(corpus).flatMap(({ doc, yaml }) => {
      if (!yaml) return [];
      const { phase } = yaml.data;
      const supported = statements.some((s) => s.milestone === phaseMilestone && s.phase === phase && s.regions.includes(doc.id));
      return supported
        ? []
        : [
            {
              file: yaml.file,
              line: yaml.lineOf('phase'),
              field: 'phase',
              message: `no statement in a memo or reference says this region is in ${phase}`,
              fix: `add a ${phaseMilestone} statement (phase: ${phase}) to the memo or reference that says so, or correct the phase.`,
            },
          ];
    });
  },
};
