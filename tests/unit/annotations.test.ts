import { describe, expect, it } from 'vitest';
import { checkContent, memorySource } from '@/lib/check';
import { annotation, summaryTable } from '@/lib/check/annotations';
import { factsLine, memoFacts, patch, validFiles } from '../fixtures/content-builder';

/** The check's problems on a pull request (issue 36): workflow annotations on file and line, and the run's summary, in words. */

const problems = () => {
  const files = validFiles();
  patch.replace(files, memoFacts, 'publishedOnSite: 2022-09-23', 'publishedOnSite: 2022-09-23T14:00Z');
  return checkContent(memorySource(files));
};

describe('workflow annotations', () => {
  it('name the file, the line and the field in words, and carry the message and its fix on one escaped line', () => {
    const [problem] = problems();
    const line = annotation(problem!, 'en');
    expect(line).toBe(
      `::error file=content/memos/2022-09-22-example/index.fr.md,line=${factsLine(8)},title=publishedOnSite::gives a time with its own time zone ("Z" or an offset such as -05:00), where the site schedules by Toronto’s clock%0AFix: write the time as Toronto’s clocks show it, without "Z" or an offset: 2022-09-23T10:00.`,
    );
    expect(line.split('\n')).toHaveLength(1);
  });

  it('are in French for a French team, the field named as the guide names it', () => {
    const line = annotation(problems()[0]!, 'fr');
    expect(line.startsWith(`::error file=content/memos/2022-09-22-example/index.fr.md,line=${factsLine(8)},title=publication sur le site (publishedOnSite)::donne une heure avec son propre fuseau horaire`)).toBe(true);
  });

  it('escape what would end or split a workflow command', () => {
    const line = annotation({ file: 'content/a,b:c.yaml', line: 3, field: 'title', message: 'line one\nline two 100%', fix: 'fix, then: retry' }, 'en');
    expect(line).toBe('::error file=content/a%2Cb%3Ac.yaml,line=3,title=title::line one%0Aline two 100%25%0AFix: fix, then: retry');
  });
});

describe('the run summary', () => {
  it('is a Markdown table with a row per problem, pipes in the text escaped', () => {
    const table = summaryTable([...problems(), { file: 'content/x.yaml', message: 'a | b', fix: 'c' }], 'en');
    const rows = table.split('\n').filter((l) => l.startsWith('| '));
    expect(rows[0]).toBe('| file and line | field | problem | fix |');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toBe('| content/x.yaml |  | a \\| b | c |');
  });
});
