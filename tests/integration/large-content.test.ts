import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorEnv, copyProject } from './project-copy';

/**
 * The large-content measures change how Contentlayer runs, never what it writes: the same
 * content compiled through its command line (LARGE_CONTENT=0) and through its API
 * (LARGE_CONTENT=1, scripts/contentlayer-build.mjs) gives the same documents. The Next.js side
 * (no segment prefetch data) is compared on the whole of out/ by scripts/compare-out.ts.
 */
describe('npm run content with and without the large-content measures', () => {
  let project: string;
  const compile = (large: '0' | '1') => {
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/content.ts'], {
      cwd: project,
      env: authorEnv(project, { LARGE_CONTENT: large }),
      encoding: 'utf8',
      timeout: 200_000,
    });
    const generated = path.join(project, '.contentlayer/generated');
    const documents = Object.fromEntries(
      fs
        .readdirSync(generated, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => {
          const index = JSON.parse(fs.readFileSync(path.join(generated, entry.name, '_index.json'), 'utf8')) as { _id: string }[];
          return [entry.name, index.sort((a, b) => a._id.localeCompare(b._id))];
        }),
    );
    return { status: result.status, output: `${result.stdout}${result.stderr}`, documents };
  };
  let commandLine: ReturnType<typeof compile>;
  let api: ReturnType<typeof compile>;

  beforeAll(() => {
    project = copyProject('large-content');
    commandLine = compile('0');
    fs.rmSync(path.join(project, '.contentlayer'), { recursive: true, force: true });
    api = compile('1');
  }, 400_000);

  it('compiles through both', () => {
    expect(commandLine.status, commandLine.output).toBe(0);
    expect(api.status, api.output).toBe(0);
  });

  it('writes the same documents of every kind', () => {
    expect(Object.keys(api.documents).sort()).toEqual(Object.keys(commandLine.documents).sort());
    expect(Object.keys(api.documents).length).toBeGreaterThan(3);
    expect(api.documents.Memo?.length).toBeGreaterThan(1);
    expect(api.documents).toEqual(commandLine.documents);
  });
});
