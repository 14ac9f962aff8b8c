import { describe, expect, it } from 'vitest';
import { memoInput } from '../fixtures/memo-input';
import { realContentFiles } from '../fixtures/content-builder';
import { checkContent, formatProblem, memorySource } from '@/lib/check';
import { memoTextTemplate } from '@/lib/content/scaffold';

/**
 * The publishing guide tells a new author to uncomment an example in the scaffolded memo's facts (index.fr.md) and
 * adapt it. Each example, uncommented as it stands (by removing "#" or "# "), must give content
 * the check accepts, beside the real content — the first edit must not end in a parser error.
 */

const input = memoInput({ date: '2022-10-03', publishedOnSite: '2026-12-01', name: 'scaffold-examples' });
const folder = `memos/${input.date}-${input.name}`;

/** The scaffolded text files, filled in as the guide asks. */
function filledText(locale: 'en' | 'fr'): string {
  return memoTextTemplate(input, locale)
    .replace('title: ""', `title: ${locale === 'en' ? 'Scaffold examples' : 'Exemples du gabarit'}`)
    .replace('slug: ""', 'slug: exemples-du-gabarit')
    .replace('summary: ""', `summary: ${locale === 'en' ? 'What the scaffold’s examples give.' : 'Ce que donnent les exemples du gabarit.'}`)
    .replace('from: ""', 'from: Jody Young')
    .replace('printedDate: ""', `printedDate: ${locale === 'en' ? 'October 3, 2022' : '3 octobre 2022'}`)
    .concat(locale === 'en' ? '\nThe ministry writes to its partners.\n' : '\nLe ministère écrit à ses partenaires.\n');
}

/** The French text, which holds the memo's facts and their examples. */
const yaml = filledText('fr');
const lines = yaml.split('\n');
/** Each example list item: its first line ("#  - …") and the lines that continue it ("#    …"). */
const examples = lines.flatMap((line, start) => {
  if (!/^# {2}- /.test(line)) return [];
  let end = start + 1;
  while (end < lines.length && /^# {4}/.test(lines[end]!)) end += 1;
  return [{ start, end, first: line.replace(/^#\s+/, '') }];
});

function check(french: string) {
  const files = { ...realContentFiles(), [`${folder}/index.fr.md`]: french, [`${folder}/index.en.md`]: filledText('en') };
  return checkContent(memorySource(files, 'content')).map((p) => formatProblem(p));
}

describe("the scaffold's examples, uncommented as the guide says", () => {
  it('has the four examples: three statements and one change', () => {
    expect(examples.map((e) => e.first.split(':')[0])).toEqual(['- milestone', '- milestone', '- milestone', '- date']);
  });

  it('passes the check as scaffolded and filled in', () => {
    expect(check(yaml)).toEqual([]);
  });

  for (const [way, uncomment] of [
    ['removing "#"', (line: string) => line.replace(/^#/, '')],
    ['removing "# "', (line: string) => line.replace(/^# /, '')],
  ] as const) {
    it.each(examples.map((example, i) => [i + 1, example.first, example] as const))(`example %i (%s) passes the check, uncommented by ${way}`, (_, __, example) => {
      const edited = lines.map((line, i) => (i >= example.start && i < example.end ? uncomment(line) : line)).join('\n');
      expect(edited).not.toBe(yaml);
      expect(check(edited)).toEqual([]);
    });
  }

  it('names the "[]" when a list written empty has items below it', () => {
    const edited = lines.map((line, i) => (i >= examples[0]!.start && i < examples[0]!.end ? line.replace(/^#/, '') : line)).join('\n').replace(/^statements:$/m, 'statements: []');
    const problems = check(edited);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"statements: []" says the list is empty');
    expect(problems[0]).toContain('remove the "[]" after "statements:"');
    expect(problems[0]).toContain(`${folder}/index.fr.md:${lines.indexOf('statements:') + 1}`);
  });
});
