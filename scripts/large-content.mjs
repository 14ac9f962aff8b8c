// The build's measures for large content, on from 100 memos (or with LARGE_CONTENT=1; never with
// LARGE_CONTENT=0). Both rest on other tools' internals and are worth it only when there are many
// pages: at 1000 memos they halve the build, on today's content they measure nothing
// (docs/decisions/0073-build-machinery-on-todays-content.md, docs/performance.md):
// Contentlayer without its command line's execution tracing (scripts/contentlayer-build.mjs), and
// production builds without Next.js's client-router segment data (scripts/next/no-segment-prefetch.ts).
// tests/unit/next-config.test.ts fails when an upgrade breaks what either assumes.
import fs from 'node:fs';
import path from 'node:path';

export const largeContentFromMemos = 100;

/** Memo folders in a content folder (0 when it has none). */
export function memoFolderCount(contentDir) {
  try {
    return fs.readdirSync(path.join(contentDir, 'memos'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
  } catch {
    return 0;
  }
}

/** Whether this build takes the large-content measures: LARGE_CONTENT forces them on (1) or off (0). */
export function isLargeContent(env = process.env, contentDir = path.resolve(env.CONTENT_DIR ?? 'content')) {
  if (env.LARGE_CONTENT === '1') return true;
  if (env.LARGE_CONTENT === '0') return false;
  return memoFolderCount(contentDir) >= largeContentFromMemos;
}

export const largeContent = isLargeContent();
