import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { isLargeContent, largeContentFromMemos } from '../../scripts/large-content.mjs';
import * as noSegmentPrefetch from '../../scripts/next/no-segment-prefetch';

type Config = (phase: string) => import('next').NextConfig;

/** next.config.mjs as a build with the large-content measures forced on or off reads it. */
async function configWith(large: boolean): Promise<Config> {
  vi.resetModules();
  vi.stubEnv('LARGE_CONTENT', large ? '1' : '0');
  return ((await import('../../next.config.mjs')) as { default: Config }).default;
}
const aliasOf = (config: Config, phase: string) => ((config(phase).turbopack?.resolveAlias ?? {}) as Record<string, unknown>)['./collect-segment-data'];

afterEach(() => vi.unstubAllEnvs());

describe('next.config.mjs', () => {
  it('prerenders with as many workers as the machine has cores, not a count tuned to one machine', async () => {
    expect((await configWith(false))(PHASE_PRODUCTION_BUILD).experimental?.cpus).toBe(os.availableParallelism());
  });

  it('builds for plain files: the export step writes out/ in production, Next.js checks a static site in development', async () => {
    const config = await configWith(false);
    expect(config(PHASE_PRODUCTION_BUILD).output).toBeUndefined();
    expect(config(PHASE_DEVELOPMENT_SERVER).output).toBe('export');
    expect(config(PHASE_PRODUCTION_BUILD).experimental?.turbopackSourceMaps).toBe(false);
    expect(config(PHASE_DEVELOPMENT_SERVER).experimental?.turbopackSourceMaps).toBe(true);
  });

  it('uses Next.js’s own segment data unless the content is large, and then in production builds only', async () => {
    expect(aliasOf(await configWith(false), PHASE_PRODUCTION_BUILD)).toBeUndefined();
    const large = await configWith(true);
    expect(aliasOf(large, PHASE_PRODUCTION_BUILD)).toBe('./scripts/next/no-segment-prefetch.ts');
    expect(aliasOf(large, PHASE_DEVELOPMENT_SERVER)).toBeUndefined();
    // next-intl's own alias stays beside it; prefetch inlining, which would call the stand-in's hints, stays off.
    expect(Object.keys(large(PHASE_PRODUCTION_BUILD).turbopack?.resolveAlias ?? {})).toContain('next-intl/config');
    expect(large(PHASE_PRODUCTION_BUILD).experimental?.prefetchInlining).toBe(false);
  });
});

describe('when the content is large (scripts/large-content.mjs)', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const contentWith = (memos: number) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'large-content-'));
    made.push(dir);
    fs.mkdirSync(path.join(dir, 'memos'));
    for (let i = 0; i < memos; i++) fs.mkdirSync(path.join(dir, 'memos', `2026-01-01-memo-${i}`), { recursive: true });
    fs.writeFileSync(path.join(dir, 'memos', 'README.md'), 'not a memo folder');
    return dir;
  };

  it('from 100 memo folders, counting folders only', () => {
    expect(isLargeContent({}, contentWith(99))).toBe(false);
    expect(isLargeContent({}, contentWith(largeContentFromMemos))).toBe(true);
    expect(isLargeContent({}, path.join(os.tmpdir(), 'no-such-content'))).toBe(false);
  });

  it('LARGE_CONTENT=1 forces the measures on and LARGE_CONTENT=0 off, whatever the content', () => {
    expect(isLargeContent({ LARGE_CONTENT: '1' }, contentWith(0))).toBe(true);
    expect(isLargeContent({ LARGE_CONTENT: '0' }, contentWith(100))).toBe(false);
  });
});

/*
 * What the large-content measures lean on. These fail when an upgrade of Next.js or Contentlayer
 * moves what they replace or call: the measures would otherwise break, or quietly stop helping,
 * on a large site, while today's content never turns them on.
 */
describe('large content: what it assumes of Next.js and Contentlayer', () => {
  const appRender = path.resolve('node_modules/next/dist/esm/server/app-render');

  it('Next.js’s entry-base still imports exactly what the segment-data stand-in exports, by that request', () => {
    const entryBase = fs.readFileSync(path.join(appRender, 'entry-base.js'), 'utf8');
    const reexport = /export\s*\{([^}]*)\}\s*from\s*'\.\/collect-segment-data'/.exec(entryBase);
    expect(reexport, 'entry-base.js no longer re-exports from ./collect-segment-data').not.toBeNull();
    const imported = reexport![1].split(',').map((name) => name.trim()).filter(Boolean).sort();
    expect(Object.keys(noSegmentPrefetch).sort()).toEqual(imported);
    const original = fs.readFileSync(path.join(appRender, 'collect-segment-data.js'), 'utf8');
    for (const name of imported) expect(original).toMatch(new RegExp(`export async function ${name}\\(`));
  });

  it('the stand-in gives no segment, and refuses prefetch hints with a message naming the setting', async () => {
    const segments = await noSegmentPrefetch.collectSegmentData();
    expect(segments.size).toBe(0);
    await expect(noSegmentPrefetch.collectPrefetchHints()).rejects.toThrow(/next\.config\.mjs: experimental\.prefetchInlining/);
  });

  it('Contentlayer’s core and utilities still offer what scripts/contentlayer-build.mjs calls, at the version of contentlayer2', async () => {
    const script = fs.readFileSync(path.resolve('scripts/contentlayer-build.mjs'), 'utf8');
    const core = await import('@contentlayer2/core');
    for (const name of ['getConfig', 'generateDotpkg', 'logGenerateInfo', 'runMain']) {
      expect(script).toContain(`core.${name}`);
      expect(typeof (core as Record<string, unknown>)[name], `@contentlayer2/core no longer exports ${name}`).toBe('function');
    }
    const effect = await import('@contentlayer2/utils/effect');
    expect(typeof effect.pipe).toBe('function');
    for (const name of ['chain', 'tap']) expect(typeof (effect.T as unknown as Record<string, unknown>)[name], `@contentlayer2/utils/effect's T no longer has ${name}`).toBe('function');
    const version = (name: string) => (JSON.parse(fs.readFileSync(path.resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    expect(version('@contentlayer2/core')).toBe(version('contentlayer2'));
    expect(version('@contentlayer2/utils')).toBe(version('contentlayer2'));
  });
});
