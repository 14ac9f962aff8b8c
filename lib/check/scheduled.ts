import { type Environment, isPublishedAt, nowProblem } from '../content/publication';
import { changePublication } from '../content/schemas/fields';
import { publicationMinute, type TorontoMinute, zonedAsToronto } from '../core/toronto-time';
import { checkText, type ContentProblem } from './problems';
import type { CheckedCorpus } from './read';
import { memosOf, referencesOf, regionsOf } from './views';

/** An item of the content that is scheduled: not published before its time. */
export type ScheduledItem = { kind: 'memo' | 'reference' | 'change'; file: string; line?: number; publishedOnSite: string };

/** Every memo, reference and change note with the time this site publishes it, earliest first. */
export function publicationTimes(corpus: CheckedCorpus): ScheduledItem[] {
  const items: ScheduledItem[] = [];
  for (const { yaml } of memosOf(corpus)) {
    if (!yaml) continue;
    items.push({ kind: 'memo', file: yaml.file, line: yaml.lineOf(['publishedOnSite']), publishedOnSite: yaml.data.publishedOnSite });
    // A change published with its memo, or before it, goes live with the memo.
    yaml.data.changes.forEach((change, c) => {
      const at = changePublication(change);
      if (publicationMinute(at) > publicationMinute(yaml.data.publishedOnSite)) items.push({ kind: 'change', file: yaml.file, line: yaml.lineOf(['changes', c]), publishedOnSite: at });
    });
  }
  for (const { yaml } of referencesOf(corpus)) {
    if (yaml) items.push({ kind: 'reference', file: yaml.file, line: yaml.lineOf(['publishedOnSite']), publishedOnSite: yaml.data.publishedOnSite });
  }
  for (const { yaml } of regionsOf(corpus)) {
    yaml?.data.changes.forEach((change, c) => items.push({ kind: 'change', file: yaml.file, line: yaml.lineOf(['changes', c]), publishedOnSite: changePublication(change) }));
  }
  return items.sort((a, b) => (publicationMinute(a.publishedOnSite) < publicationMinute(b.publishedOnSite) ? -1 : publicationMinute(a.publishedOnSite) > publicationMinute(b.publishedOnSite) ? 1 : 0));
}

/** Memos, references and change notes whose publishedOnSite is after `now`, earliest first. */
export function scheduledItems(corpus: CheckedCorpus, now: TorontoMinute): ScheduledItem[] {
  return publicationTimes(corpus).filter((item) => !isPublishedAt(item.publishedOnSite, now));
}

/**
 * The build's now as the environment gives it (ROLLOUT_NOW, ROLLOUT_AS_OF), as a problem of the
 * check when it cannot be read: an offset or "Z", or not a date and time at all.
 */
export function environmentProblems(env: Environment = process.env): ContentProblem[] {
  const problem = nowProblem(env);
  if (!problem) return [];
  const example = problem.variable === 'ROLLOUT_NOW' ? zonedAsToronto(problem.value) ?? '2026-12-08T09:00' : '2026-12-08';
  return [
    {
      file: problem.variable,
      message: checkText(problem.zoned ? 'now.zoned' : 'now.unreadable', { value: problem.value }),
      fix: checkText(problem.variable === 'ROLLOUT_NOW' ? 'now.nowFix' : 'now.asOfFix', { variable: problem.variable, example }),
    },
  ];
}
