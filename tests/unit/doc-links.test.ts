import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenLinks, guideFiles } from '@/scripts/check-doc-links';

const root = path.resolve(__dirname, '../..');

describe("the guides' relative links", () => {
  it('cover the README, CONTRIBUTING, docs/, the publishing guides and every lib/ room', () => {
    const files = guideFiles(root);
    for (const file of ['README.md', 'CONTRIBUTING.md', 'docs/README.md', 'docs/performance.md',
      'docs/deployment.md', 'content/README.md', 'content/LISEZMOI.md', 'lib/core/README.md']) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => f.startsWith('docs/decisions/')).length).toBeGreaterThan(70);
  });

  it('list every decision record in docs/README.md', () => {
    const index = fs.readFileSync(path.join(root, 'docs/README.md'), 'utf8');
    const records = fs.readdirSync(path.join(root, 'docs/decisions')).filter((f) => /^\d{4}-.+\.md$/.test(f));
    expect(records.filter((record) => !index.includes(`](decisions/${record})`))).toEqual([]);
  });

  it('all reach a file of the repository, and a heading where they name one', () => {
    expect(findBrokenLinks(root, guideFiles(root))).toEqual([]);
  });
});

describe('findBrokenLinks', () => {
  const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-links-'));
  afterAll(() => fs.rmSync(sandbox, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(sandbox, file)), { recursive: true });
    fs.writeFileSync(path.join(sandbox, file), text);
  };
  write('docs/guide.md', '# Guide\n\n## Build time\n\n## Build time\n\n<a id="custom"></a>\n');
  write('lib/core/README.md', '# Core\n');
  write(
    'README.md',
    [
      '# Site',
      '',
      '[ok](docs/guide.md) [ok anchor](docs/guide.md#build-time) [second heading](docs/guide.md#build-time-1)',
      '[html anchor](docs/guide.md#custom) [folder](lib/core/) [here](#site) [web](https://example.org/x.md)',
      '[mail](mailto:someone@example.org)',
      '[missing file](docs/gone.md)',
      '[missing anchor](docs/guide.md#performance)',
      '[missing here](#nowhere)',
      '[outside](../elsewhere.md)',
      '',
      '[ref]: docs/also-gone.md',
    ].join('\n'),
  );

  const broken = findBrokenLinks(sandbox, ['README.md']);

  it('reports a missing file, a missing heading and a path outside the repository, with its line', () => {
    expect(broken).toEqual([
      { file: 'README.md', line: 6, url: 'docs/gone.md', problem: 'no such file or folder' },
      { file: 'README.md', line: 7, url: 'docs/guide.md#performance', problem: 'no heading #performance in docs/guide.md' },
      { file: 'README.md', line: 8, url: '#nowhere', problem: 'no heading #nowhere in README.md' },
      { file: 'README.md', line: 9, url: '../elsewhere.md', problem: 'points outside the repository' },
      { file: 'README.md', line: 11, url: 'docs/also-gone.md', problem: 'no such file or folder' },
    ]);
  });
});
