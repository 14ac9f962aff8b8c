import { describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem, formatProblem, memorySource } from '@/lib/check';
import { contentRules } from '@/lib/check/rules';
import { badContent, filesOf } from '../fixtures/bad-content';
import { validFiles } from '../fixtures/content-builder';

/**
 * Every problem the check can report, in the author's language: the corpus of bad content (one
 * case per rule and per way a file cannot be read) checked and told in French and in English.
 * A French report holds no English sentence; no report holds a regular expression, a schema
 * type or the YAML parser's words.
 */

/** The author's own words (quoted values, field names in the file, paths) taken out: what is left is the check's. */
const checkWords = (text: string) =>
  text
    .replace(/«[^»]*»|"[^"]*"|“[^”]*”|\([a-zA-Z.]+\)/g, ' ')
    .replace(/\S*[/.@:]\S*/g, ' ')
    .replace(/\b[a-z]+[A-Z]\w*\b/g, ' ');

const english = /\b(the|is|are|must|should|write|add|remove|with|which|this|that|not|only|before|after|one of)\b/i;
const machineWords = /\\d|\[a-z|\(\?:|\^\[|ZodError|invalid_type|invalid_union|too_small|Expected (string|array|number)|Invalid input|implicit (map )?key|block sequence|flow (map|sequence|collection)|BAD_INDENT|MULTILINE|unexpected token|\bundefined\b|\bnull\b|\[object Object\]/;

/** A few rule-less cases: files that cannot be read as YAML in the ways authors meet. */
const yamlCases: [string, (files: Record<string, string>) => void][] = [
  ['an empty list with items below it', (f) => (f['memos/2022-09-22-example/index.fr.md'] = f['memos/2022-09-22-example/index.fr.md']!.replace(/^originalDocuments:/m, 'originalDocuments: []'))],
  ['curly quotes as YAML quotes', (f) => (f['memos/2022-09-22-example/index.en.md'] = f['memos/2022-09-22-example/index.en.md']!.replace(/^title: .*$/m, 'title: “Update: phase 2”'))],
  ['a date written as Word writes it', (f) => (f['memos/2022-09-22-example/index.fr.md'] = f['memos/2022-09-22-example/index.fr.md']!.replace(/^date: .*$/m, 'date: 22/09/2022'))],
];

const cases: [string, ContentProblem[]][] = [
  ...badContent.map(({ name }): [string, ContentProblem[]] => [name, checkContent(memorySource(filesOf(name)))]),
  ...yamlCases.map(([name, edit]): [string, ContentProblem[]] => {
    const files = validFiles();
    edit(files);
    return [name, checkContent(memorySource(files))];
  }),
];

describe('the check in the author’s language', () => {
  it('has a case for every rule', () => {
    const found = new Set(cases.flatMap(([, problems]) => problems.map((p) => p.rule)));
    expect(contentRules.map((rule) => rule.id).filter((id) => !found.has(id))).toEqual([]);
  });

  it.each(cases)('%s: every problem is a text of the catalogues, never a sentence written in code', (_, problems) => {
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(typeof problem.message, JSON.stringify(problem.message)).toBe('object');
      expect(typeof problem.fix, JSON.stringify(problem.fix)).toBe('object');
    }
  });

  it.each(cases)('%s: reads in French without an English sentence, and differs from the English', (_, problems) => {
    for (const problem of problems) {
      const fr = formatProblem(problem, 'fr');
      expect(checkWords(fr), fr).not.toMatch(english);
      expect(fr).toContain('Correction\u00a0:');
      expect(fr).not.toBe(formatProblem(problem, 'en'));
    }
  });

  it.each(cases)('%s: no regular expression, schema type or parser term in either language', (_, problems) => {
    for (const problem of problems) {
      for (const locale of ['en', 'fr'] as const) expect(formatProblem(problem, locale)).not.toMatch(machineWords);
    }
  });

  it('says what to write for a date written as Word writes it, with the author’s date reordered', () => {
    const [, problems] = cases.find(([name]) => name === 'a date written as Word writes it')!;
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!, 'fr')).toContain('écrivez la date ainsi\u00a0: 2022-09-22');
    expect(formatProblem(problems[0]!, 'en')).toContain('for example 2022-09-22');
  });
});
