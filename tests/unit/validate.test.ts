import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memorySource } from '@/lib/check';
import { type ContentProblem, checkContent as checkContentIn, formatProblem, render } from '@/lib/check';
import { filesOf } from '../fixtures/bad-content';
import { factsLine, validFiles } from '../fixtures/content-builder';

/** Each case is the valid corpus plus one patch (tests/fixtures/bad-content.ts), checked in memory. */
const fixture = (name: string) => memorySource(name === 'valid' ? validFiles() : filesOf(name), `fixtures/${name}`);
const memoDir = 'fixtures';
/** The problems with their message and fix in English, as an English author reads them. */
const checkContent = (...args: Parameters<typeof checkContentIn>): (ContentProblem & { message: string; fix: string })[] =>
  checkContentIn(...args).map((p) => ({ ...p, message: render(p.message, 'en'), fix: render(p.fix, 'en') }));

describe('checkContent', () => {
  it('accepts the published content without a single problem', () => {
    expect(checkContent(path.join(__dirname, '../../content'))).toEqual([]);
  });

  it('accepts the valid fixture that every bad fixture is derived from', () => {
    expect(checkContent(fixture('valid'))).toEqual([]);
  });

  it('names the file and the field when a memo has no title', () => {
    const problems = checkContent(fixture('missing-title'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: `${memoDir}/missing-title/memos/2022-09-22-example/index.en.md`,
      field: 'title',
      message: 'is missing',
    });
    expect(problems[0].fix).toContain('add the field "title"');
  });

  it('rejects 2022-02-30 as a date that does not exist, with its line number', () => {
    const problems = checkContent(fixture('impossible-date'));
    const dateProblem = problems.find((p) => p.field === 'date');
    expect(dateProblem).toMatchObject({
      file: `${memoDir}/impossible-date/memos/2022-02-30-example/index.fr.md`,
      line: factsLine(1),
      message: 'is not a real calendar day',
    });
  });

  it('rejects an original language the site does not publish and lists the allowed ones', () => {
    const [problem] = checkContent(fixture('unknown-language'));
    expect(problem).toMatchObject({ field: 'originalLanguage', message: '"de" is not allowed', line: factsLine(3) });
    expect(problem.fix).toBe('use one of: en, fr.');
  });

  it('rejects a language file other than index.en.md and index.fr.md', () => {
    const [problem] = checkContent(fixture('german-file'));
    expect(problem).toMatchObject({
      file: `${memoDir}/german-file/memos/2022-09-22-example/index.de.md`,
      field: 'language',
      message: '"de" is not a language of this site',
    });
  });

  it('rejects a memo without its French version', () => {
    const [problem] = checkContent(fixture('missing-french'));
    expect(problem).toMatchObject({
      file: `${memoDir}/missing-french/memos/2022-09-22-example/index.fr.md`,
      field: 'language',
    });
    expect(problem.message).toContain('both languages');
  });

  it('reports both memos that share a slug in the same language', () => {
    const problems = checkContent(fixture('duplicate-slug'));
    expect(problems.map((p) => p.field)).toEqual(['slug', 'slug', 'slug', 'slug']);
    expect(problems.map((p) => p.file).sort()).toEqual(
      ['2022-09-22-example/index.en.md', '2022-09-22-example/index.fr.md', '2022-09-23-example/index.en.md', '2022-09-23-example/index.fr.md'].map(
        (f) => `${memoDir}/duplicate-slug/memos/${f}`,
      ),
    );
  });

  it('names the file, line and field of a statement about an unknown region', () => {
    const problems = checkContent(fixture('unknown-region'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: `${memoDir}/unknown-region/memos/2022-09-22-example/index.fr.md`,
        line: factsLine(15),
        field: 'statements.1.regions',
        message: '"atlantis" is not a known region',
      }),
    ]);
  });

  it('rejects an unknown milestone and lists the milestones there are', () => {
    const [problem, ...rest] = checkContent(fixture('unknown-milestone'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'statements.1.milestone', message: '"coffee-break" is not allowed', line: factsLine(14) });
    expect(problem.fix).toContain('transition-period');
  });

  it('rejects a period that ends before it starts', () => {
    const [problem, ...rest] = checkContent(fixture('end-before-start'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: `${memoDir}/end-before-start/memos/2022-09-22-example/index.fr.md`,
      field: 'statements.1.end',
      message: 'end (2023-01-31) is before start (2023-05-01)',
    });
  });

  it('refuses a region whose phase no statement gives: no fact without a source', () => {
    const [problem, ...rest] = checkContent(fixture('unsupported-phase'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: `${memoDir}/unsupported-phase/regions/york/region.yaml`, message: "no statement in a memo or reference gives this region's rollout phase" });
  });

  it('formats a problem as file:line, field, what is wrong and how to fix it', () => {
    const text = formatProblem({ file: 'content/x/memo.yaml', line: 4, field: 'date', message: 'is not a real calendar day', fix: 'write a real date.' });
    expect(text).toBe('content/x/memo.yaml:4 — date: is not a real calendar day\n    Fix: write a real date.');
  });

  it('shows a field as an author counts, in the author\'s language, with its name in the file where the words differ', () => {
    const problem = { file: 'content/x/memo.yaml', line: 17, field: 'statements.1.end', message: 'm', fix: 'f.' };
    expect(formatProblem(problem, 'en')).toBe('content/x/memo.yaml:17 — statement 2, end: m\n    Fix: f.');
    expect(formatProblem(problem, 'fr')).toBe('content/x/memo.yaml:17 — énoncé 2, fin (end)\u00a0: m\n    Correction\u00a0: f.');
    expect(formatProblem({ ...problem, field: 'statements.0.ssm.partners.2' }, 'en')).toContain('statement 1, service system manager, partner 3:');
    expect(formatProblem({ ...problem, field: 'originalLanguage' }, 'en')).toContain('— original language (originalLanguage): m');
  });
});

describe('checkContent on a file with several faults', () => {
  it('still checks the body of a Markdown file whose front matter is invalid', () => {
    const files = filesOf('missing-title');
    files['memos/2022-09-22-example/index.en.md'] += '\n<script>alert(1)</script>\n';
    const problems = checkContent(memorySource(files));
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['title', 'is missing'],
      ['body', 'contains a <script> tag, which is not allowed in content'],
    ]);
  });
});
