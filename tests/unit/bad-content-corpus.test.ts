import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The corpus of bad content (tests/fixtures/content/<case>/, one fault each unless named
 * otherwise): `npm run check:content` must exit non-zero and say, for each, the file, the
 * field and what is wrong.
 */
const root = path.join(__dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/content');
const memo = 'memos/2022-09-22-example';

const corpus: { fixture: string; expect: string[]; count?: number }[] = [
  { fixture: 'broken-yaml', expect: [`${memo}/memo.yaml:2: the YAML cannot be read`, `${memo}/memo.yaml:5: the YAML cannot be read`], count: 3 },
  { fixture: 'missing-title', expect: [`${memo}/en.md — field "title": is missing`] },
  { fixture: 'wrong-type', expect: [`${memo}/en.md:6 — field "cc": should be a list`] },
  { fixture: 'extra-field', expect: [`${memo}/memo.yaml:8 — field "author": is not a field of this file`] },
  { fixture: 'impossible-date', expect: ['memos/2022-02-30-example/memo.yaml:1 — field "date": is not a real calendar day'] },
  { fixture: 'unknown-language', expect: [`${memo}/memo.yaml:3 — field "originalLanguage": "de" is not allowed`] },
  { fixture: 'german-file', expect: [`${memo}/de.md — field "language": "de" is not a language of this site`] },
  { fixture: 'missing-french', expect: [`${memo}/fr.md — field "language": is missing`] },
  { fixture: 'duplicate-slug', expect: [`${memo}/en.md — field "slug": "example" is also the slug of`, `${memo}/fr.md — field "slug": "exemple" is also the slug of`], count: 4 },
  { fixture: 'unknown-region', expect: [`${memo}/memo.yaml:14 — field "statements.1.regions": "atlantis" is not a known region`] },
  { fixture: 'unknown-milestone', expect: [`${memo}/memo.yaml:13 — field "statements.1.milestone": "coffee-break" is not allowed`] },
  { fixture: 'unknown-sender', expect: [`${memo}/memo.yaml:2 — field "sender": no sender "john-doe"`] },
  { fixture: 'end-before-start', expect: [`${memo}/memo.yaml:16 — field "statements.1.end": end (2023-01-31) is before start (2023-05-01)`] },
  { fixture: 'unsupported-phase', expect: ['regions/york/region.yaml:7 — field "phase": no statement'] },
  { fixture: 'reference-without-date', expect: ['references/a-source.yaml — field "consulted": is required when the source shows no date'] },
  { fixture: 'placeholder-address', expect: [`${memo}/memo.yaml:6 — field "printedAddresses.0.url": is still the placeholder from npm run new:memo`] },
  { fixture: 'change-before-memo', expect: [`${memo}/memo.yaml:9 — field "changes.0.date": 2022-01-05 is before the memo's own date`] },
  { fixture: 'script-tag', expect: [`${memo}/en.md:17 — field "body": contains a <script> tag`] },
  { fixture: 'iframe-tag', expect: [`${memo}/fr.md:17 — field "body": contains an <iframe> tag`] },
  { fixture: 'event-handler', expect: [`${memo}/en.md:17 — field "body": contains an event-handler attribute`] },
  { fixture: 'javascript-link', expect: [`${memo}/fr.md:17 — field "body": contains a "javascript:" URL`] },
  { fixture: 'broken-internal-link', expect: [`${memo}/en.md:17 — field "body": links to /en/memo/, which is not a page of this site`] },
  {
    fixture: 'several-problems',
    expect: [
      `${memo}/memo.yaml:1 — field "date": is not a real calendar day`,
      `${memo}/en.md — field "title": is missing`,
      `${memo}/fr.md:17 — field "body": contains a <script> tag`,
    ],
  },
];

function checkContent(fixture: string) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/check-content.ts'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: path.join(fixtures, fixture) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run check:content on the corpus of bad content', () => {
  it('covers every fixture folder but the valid one', () => {
    const folders = fs.readdirSync(fixtures).filter((f) => f !== 'valid');
    expect(folders.sort()).toEqual(corpus.map((c) => c.fixture).sort());
    expect(corpus.length).toBeGreaterThanOrEqual(15);
  });

  it.each(corpus)('rejects $fixture, naming the file and the field', ({ fixture, expect: lines, count = lines.length }) => {
    const { status, output } = checkContent(fixture);
    expect(status).toBe(1);
    for (const line of lines) expect(output).toContain(`tests/fixtures/content/${fixture}/${line}`);
    expect(output).toMatch(/Fix: .+/);
    expect(output).toContain(`${count} problem${count === 1 ? '' : 's'} in the content`);
  }, 60_000);

  it('passes the valid fixture', () => {
    const { status, output } = checkContent('valid');
    expect(status).toBe(0);
    expect(output).toContain('content is valid');
  }, 60_000);
});
