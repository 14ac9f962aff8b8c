import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorEnv, copyProject } from './project-copy';

/**
 * A project site on GitHub Pages lives under /<repository>/ (issue 36): built with
 * SITE_URL=https://example.org/rollout/, every page, asset, script, feed, calendar, sitemap entry,
 * open data address and search index path is under /rollout/, as npm run check:output verifies
 * (it serves out/ under the base path and follows every link).
 */

let project = '';
const siteUrl = 'https://example.org/rollout/';
const run = (script: string) => spawnSync('npm', ['run', script, '--silent'], { cwd: project, env: authorEnv(project, { SITE_URL: siteUrl, ROLLOUT_AS_OF: '2026-12-07' }), encoding: 'utf8', timeout: 280_000 });
const read = (file: string) => fs.readFileSync(path.join(project, 'out', file), 'utf8');
let checked: ReturnType<typeof run>;

beforeAll(() => {
  project = copyProject('base-path');
  const built = run('build');
  expect(built.status, `${built.stdout}${built.stderr}`.slice(-3000)).toBe(0);
  checked = run('check:output');
}, 600_000);

describe('a build under a base path', () => {
  it('passes npm run check:output: links followed under /rollout/, and no URL of the site outside it', () => {
    expect(checked.status, `${checked.stdout}${checked.stderr}`.slice(-3000)).toBe(0);
    expect(checked.stdout).toMatch(/✔ links: \d{3,} internal links and anchors checked, 0 broken/);
    expect(checked.stdout).toMatch(/✔ base path: \d+ URLs of the site checked, 0 not once under \/rollout\//);
  });

  it('links pages, styles, icon and scripts under it, and writes absolute addresses on SITE_URL', () => {
    const home = read('en/index.html');
    expect(home).toMatch(/<link rel="stylesheet" href="\/rollout\/_next\/static\//);
    expect(home).toContain('<link rel="icon" href="/rollout/icon.svg"');
    expect(home).toContain('<link rel="canonical" href="https://example.org/rollout/en/"/>');
    expect(home).toContain('href="/rollout/fr/"');
    expect(read('en/search/index.html')).toContain('src="/rollout/search.js"');
    expect(read('robots.txt')).toContain('Sitemap: https://example.org/rollout/sitemap.xml');
    expect(read('sitemap.xml')).not.toMatch(/<loc>https:\/\/example\.org\/(?!rollout\/)/);
    expect(read('en/feed.xml')).toContain('href="https://example.org/rollout/en/memos/');
  });

  it('leaves the files where they were: out/ is served as /rollout/', () => {
    expect(fs.existsSync(path.join(project, 'out/en/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(project, 'out/rollout'))).toBe(false);
  });
});
