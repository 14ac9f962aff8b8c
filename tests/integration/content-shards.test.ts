import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorEnv, copyProject } from './project-copy';

/**
 * Large content is compiled by several Contentlayer processes side by side (lib/build/content-shards.ts):
 * the merged output must be what one process writes. Compiled here in a copy of the project,
 * once by one process and once by three, with the real content.
 */
describe('npm run content in shards', () => {
  const project = path.join(__dirname, '../../.integration/content-shards');
  const generated = path.join(project, '.contentlayer/generated');
  const types = ['Memo', 'MemoText', 'Page', 'Region', 'Reference', 'Sender'];
  const compile = (shards: number) => {
    const result = spawnSync('npm', ['run', 'content', '--silent', '--', '--shards', String(shards)], { cwd: project, env: authorEnv(project), encoding: 'utf8', timeout: 120_000 });
    const collections = Object.fromEntries(types.map((type) => [type, JSON.parse(fs.readFileSync(path.join(generated, type, '_index.json'), 'utf8')) as { _id: string }[]]));
    return { status: result.status, output: `${result.stdout}${result.stderr}`, collections };
  };
  const byPath = (docs: { _id: string }[]) => [...docs].sort((a, b) => (a._id < b._id ? -1 : 1));
  let one: ReturnType<typeof compile>;
  let three: ReturnType<typeof compile>;

  beforeAll(() => {
    copyProject('content-shards');
    one = compile(1);
    three = compile(3);
  }, 240_000);

  it('compiles every document once, in either case', () => {
    expect(one.status, one.output).toBe(0);
    expect(three.status, three.output).toBe(0);
    expect(three.output).toContain('3 Contentlayer processes side by side');
    const memoFolders = fs.readdirSync(path.join(project, 'content/memos'));
    expect(three.collections.Memo.map((d) => d._id)).toEqual(memoFolders.map((m) => `memos/${m}/memo.yaml`).sort());
    expect(three.collections.MemoText).toHaveLength(memoFolders.length * 2);
  });

  it('merges the three processes’ output into exactly what one process writes', () => {
    for (const type of types) expect(three.collections[type], type).toEqual(byPath(one.collections[type]));
    // The collection module serves the merged list; Contentlayer's index and types are there.
    expect(fs.readFileSync(path.join(generated, 'MemoText/_index.mjs'), 'utf8')).toMatch(/import documents from '\.\/_index\.json' with \{ type: 'json' \}\s+export const allMemoTexts = documents/);
    expect(fs.readFileSync(path.join(generated, 'index.mjs'), 'utf8')).toContain("import allMemoTexts from './MemoText/_index.json'");
    expect(fs.readFileSync(path.join(generated, 'types.d.ts'), 'utf8')).toContain('export type MemoText');
    // Only the collections are kept: Contentlayer's file per document is read by nothing.
    expect(fs.readdirSync(path.join(generated, 'MemoText')).sort()).toEqual(['_index.json', '_index.mjs']);
  });
});
