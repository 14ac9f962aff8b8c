import { describe, expect, it } from 'vitest';
import { checkContent, memorySource, render } from '@/lib/check';
import { badContent, filesOf } from '../fixtures/bad-content';
import { validFiles } from '../fixtures/content-builder';

/**
 * The corpus of bad content (tests/fixtures/bad-content.ts: the valid corpus plus one patch per
 * case), checked in memory: each case must be refused with exactly its problems, each naming its
 * file, line, field and its own fix.
 */

describe('the content check on the corpus of bad content', () => {
  it('accepts the valid corpus every case is built from', () => {
    expect(checkContent(memorySource(validFiles()))).toEqual([]);
  });

  it.each(badContent)('rejects $name, naming the file, the line and the field, each with its fix', ({ name, expect: expected, count = expected.length }) => {
    const problems = checkContent(memorySource(filesOf(name)));
    expect(problems).toHaveLength(count);
    for (const want of expected) {
      const found = problems.find(
        (p) => p.file === `content/${want.file}` && p.line === want.line && p.field === want.field && render(p.message, 'en').includes(want.message),
      );
      expect(found, `${JSON.stringify(want)} in ${JSON.stringify(problems, null, 1)}`).toBeDefined();
    }
    for (const problem of problems) {
      expect(render(problem.fix, 'en'), `${problem.file}: ${render(problem.message, 'en')}`).toMatch(/^\S.{10,}[.)]$/);
    }
  });

  it('reports every problem of a file with several, in one run', () => {
    expect(checkContent(memorySource(filesOf('several-problems'))).map((p) => p.field)).toEqual(['title', 'date', 'body']);
  });
});
