import type { ContentProblem } from './problems';
import { readCorpus } from './read';
import { contentRules } from './rules';
import { environmentProblems } from './scheduled';
import { type ContentSource, folderSource } from './source';

export { type CheckText, type ContentProblem, fieldInWords, formatProblem, render } from './problems';
export { folderSource, memorySource, type ContentSource } from './source';

/**
 * Checks everything under a content folder (or a source in memory) and returns every problem
 * found, not just the first, so staff can fix them all in one pass. Empty means it may be built.
 */
export function checkContent(content: string | ContentSource): ContentProblem[] {
  const source = typeof content === 'string' ? folderSource(content) : content;
  const corpus = readCorpus(source);
  return [
    ...environmentProblems().map((p) => ({ ...p, rule: 'environment' })),
    ...corpus.problems.map((p) => ({ ...p, rule: 'read' })), ...contentRules.flatMap((rule) => rule.check(corpus).map((p) => ({ ...p, rule: rule.id }))),
  ];
}
