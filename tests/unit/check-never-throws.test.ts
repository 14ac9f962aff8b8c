import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ContentProblem, checkContent, memorySource, render } from '@/lib/check';
import { memo, validFiles } from '../fixtures/content-builder';

/**
 * Property tests: whatever bytes, Markdown or YAML an author's tool writes into a content file,
 * the check ends — quickly — with "valid" or a list of problems, each naming its file and its fix.
 * It never throws.
 */

const targets = [`${memo}/index.en.md`, `${memo}/index.fr.md`, 'senders/jody-young.yaml', 'pages/about/index.en.md', 'references/new-source.yaml', 'regions/york/region.yaml'];

function checkWith(file: string, content: string | Buffer): ContentProblem[] {
  const files: Record<string, string | Buffer> = validFiles();
  files[file] = content;
  const started = Date.now();
  const problems = checkContent(memorySource(files));
  expect(Date.now() - started, `${file} took too long`).toBeLessThan(5_000);
  for (const problem of problems) {
    expect(problem.file).toMatch(/^content\//);
    for (const locale of ['en', 'fr'] as const) {
      expect(render(problem.message, locale).length).toBeGreaterThan(3);
      expect(render(problem.fix, locale).length).toBeGreaterThan(10);
    }
  }
  return problems;
}

const frontMatter = (yaml: string, body: string) => `---\n${yaml}\n---\n${body}`;
const markdownPieces = fc.constantFrom('# ', '> ', '- ', '1. ', '```', '`', '<script>', '</div>', '<!--', '-->', '[', '](', ')', '*', '_', '|', '---', '\n', '\r\n', '\t', '&amp;', '\u00a0', '\u202e', 'é', 'text ', '![', 'javascript:', '/en/', '<a href="', '"');
const markdown = fc.array(fc.oneof(markdownPieces, fc.string({ maxLength: 20 })), { maxLength: 200 }).map((parts) => parts.join(''));
const yamlPieces = fc.constantFrom('title: ', 'slug: ', 'date: ', 'statements:', '  - ', 'milestone: ', 'regions: [', ']', '{', '}', '&a ', '*a', '"', "'", ': ', '\n', '  ', '#', '---', '2022-02-30', '2999', 'null', '~', '!!binary ', '? ', '|', '>');
const yaml = fc.array(fc.oneof(yamlPieces, fc.string({ maxLength: 12 })), { maxLength: 120 }).map((parts) => parts.join(''));

describe('the content check never throws', () => {
  it('on random bytes in any content file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.uint8Array({ maxLength: 2000 }), (file, bytes) => {
        checkWith(file, Buffer.from(bytes));
      }),
      { numRuns: 150 },
    );
  });

  it('on random Markdown bodies and front matter', () => {
    fc.assert(
      fc.property(fc.constantFrom(`${memo}/index.en.md`, `${memo}/index.fr.md`, 'pages/about/index.fr.md'), yaml, markdown, (file, head, body) => {
        checkWith(file, frontMatter(head, body));
      }),
      { numRuns: 150 },
    );
  });

  it('on random YAML files', () => {
    fc.assert(
      fc.property(fc.constantFrom('senders/jody-young.yaml', 'references/new-source.yaml', 'regions/york/region.yaml'), yaml, (file, text) => {
        checkWith(file, text);
      }),
      { numRuns: 200 },
    );
  });

  it('on the valid corpus with the lines of one file shuffled', () => {
    const valid = validFiles();
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(valid)), fc.integer({ min: 0 }), (file, seed) => {
        const lines = valid[file].split('\n');
        const shuffled = lines.map((line, i) => lines[(i * 7 + seed) % lines.length]).join('\n');
        checkWith(file, shuffled);
      }),
      { numRuns: 100 },
    );
  });
});
