import fs from 'node:fs';
import path from 'node:path';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { describe, expect, it } from 'vitest';
import config from '../../next.config.mjs';
import * as noSegmentPrefetch from '../../scripts/next/no-segment-prefetch';

/**
 * Production builds replace Next.js's collect-segment-data module (next.config.mjs,
 * scripts/next/no-segment-prefetch.ts). That leans on how Next.js's own files are written, so
 * this fails when an upgrade moves the module, renames what it exports, or changes how entry-base
 * imports it: the build would still work, only slower, and nobody would notice.
 */
const appRender = path.resolve('node_modules/next/dist/esm/server/app-render');
const entryBase = fs.readFileSync(path.join(appRender, 'entry-base.js'), 'utf8');
const aliasesOf = (phase: string) => (config(phase).turbopack?.resolveAlias ?? {}) as Record<string, unknown>;
const aliasOf = (phase: string) => aliasesOf(phase)['./collect-segment-data'];

describe('next.config.mjs: no client-router segment prefetch data in production builds', () => {
  it('aliases ./collect-segment-data to the stand-in for production builds only', () => {
    const target = aliasOf(PHASE_PRODUCTION_BUILD);
    expect(target).toBe('./scripts/next/no-segment-prefetch.ts');
    expect(fs.existsSync(path.resolve(target as string))).toBe(true);
    // npm run dev keeps Next.js's module: its client router does prefetch there.
    expect(aliasOf(PHASE_DEVELOPMENT_SERVER)).toBeUndefined();
  });

  it('keeps next-intl’s own alias beside it', () => {
    expect(Object.keys(aliasesOf(PHASE_PRODUCTION_BUILD))).toContain('next-intl/config');
  });

  it('turns prefetch inlining off, the one case where Next.js would call collectPrefetchHints', () => {
    expect(config(PHASE_PRODUCTION_BUILD).experimental?.prefetchInlining).toBe(false);
  });

  it('Next.js’s entry-base still imports exactly what the stand-in exports, by that request', () => {
    const reexport = /export\s*\{([^}]*)\}\s*from\s*'\.\/collect-segment-data'/.exec(entryBase);
    expect(reexport, 'entry-base.js no longer re-exports from ./collect-segment-data').not.toBeNull();
    const imported = reexport![1].split(',').map((name) => name.trim()).filter(Boolean).sort();
    expect(Object.keys(noSegmentPrefetch).sort()).toEqual(imported);
    const original = fs.readFileSync(path.join(appRender, 'collect-segment-data.js'), 'utf8');
    for (const name of imported) expect(original).toMatch(new RegExp(`export async function ${name}\\(`));
  });

  it('the stand-in gives no segment, and refuses prefetch hints with a message naming the setting', async () => {
    const segments = await noSegmentPrefetch.collectSegmentData();
    expect(segments).toBeInstanceOf(Map);
    expect(segments.size).toBe(0);
    await expect(noSegmentPrefetch.collectPrefetchHints()).rejects.toThrow(/next\.config\.mjs: experimental\.prefetchInlining/);
  });
});
