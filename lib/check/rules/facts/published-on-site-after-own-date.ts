import { periodBounds } from '../../../core/dates';
import { checkText, type ContentProblem } from '../../problems';
import type { ContentRule } from '../../rule';
import { memosOf, referencesOf } from '../../views';

/**
 * This site publishes a memo or a source on or after its own date: a publishedOnSite before it is
 * a typo that would put the item in "What's new" before it existed.
 */
export const publishedOnSiteAfterOwnDate: ContentRule = {
  id: 'published-on-site-after-own-date',
  summary: 'A memo or source is published on this site on or after its own date.',
  check(corpus) {
    const problems: ContentProblem[] = [];
    const check = (file: { file: string; lineOf: (p: (string | number)[]) => number | undefined }, onSite: string, own: string | undefined, what: 'memo' | 'source') => {
      if (own && onSite < periodBounds(own).first) {
        problems.push({
          file: file.file,
          line: file.lineOf(['publishedOnSite']),
          field: 'publishedOnSite',
          message: checkText('rules.published-on-site-after-own-date.before', { date: onSite, what: checkText(`rules.published-on-site-after-own-date.${what}`), own }),
          fix: checkText('rules.published-on-site-after-own-date.beforeFix'),
        });
      }
    };
    for (const { yaml } of memosOf(corpus)) if (yaml) check(yaml, yaml.data.publishedOnSite, yaml.data.date, 'memo');
    for (const { yaml } of referencesOf(corpus)) if (yaml) check(yaml, yaml.data.publishedOnSite, yaml.data.published, 'source');
    return problems;
  },
};
