import type { ContentProblem } from './problems';
import type { CheckedCorpus } from './read';

/**
 * One content rule: a name, what it protects, and a check over the read corpus that returns
 * its problems, each with its fix. Rules live one per file in lib/check/rules/ and are listed
 * in lib/check/rules/index.ts.
 */
export type ContentRule = {
  id: string;
  /** What the rule keeps from being published, in a sentence. */
  summary: string;
  check: (corpus: CheckedCorpus) => ContentProblem[];
};
