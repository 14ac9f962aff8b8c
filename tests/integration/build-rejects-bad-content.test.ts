import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesOf } from '../fixtures/bad-content';
import { factsLine, materialize } from '../fixtures/content-builder';

/**
 * `npm run build` must stop on bad content before anything is built. The content check is
 * the build's first step, so each run below ends within seconds.
 */
const root = path.join(__dirname, '../..');

function build(fixture: string) {
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: materialize(fixture, filesOf(fixture)) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run build with bad content', () => {
  it.each([
    ['missing-title', 'memos/2022-09-22-example/index.en.md', '— title:'],
    ['impossible-date', `memos/2022-02-30-example/index.fr.md:${factsLine(1)}`, '— date:'],
    ['unknown-language', `memos/2022-09-22-example/index.fr.md:${factsLine(3)}`, '— original language (originalLanguage):'],
    ['german-file', 'memos/2022-09-22-example/index.de.md', '— language:'],
    ['missing-french', 'memos/2022-09-22-example/index.fr.md', '— language:'],
    ['unknown-region', `memos/2022-09-22-example/index.fr.md:${factsLine(15)}`, '— statement 2, regions:'],
    ['unknown-milestone', `memos/2022-09-22-example/index.fr.md:${factsLine(14)}`, '— statement 2, milestone:'],
    ['end-before-start', `memos/2022-09-22-example/index.fr.md:${factsLine(17)}`, '— statement 2, end:'],
  ])('fails for %s, naming %s and the %s', (fixture, file, field) => {
    const { status, output } = build(fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(`.integration/fixtures/${fixture}/${file}`);
    expect(output).toContain(field);
    expect(output).toContain('nothing was built');
  }, 60_000);
});
