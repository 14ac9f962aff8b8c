/**
 * npm run content — compiles the content with Contentlayer: copies the content (CONTENT_DIR,
 * default content/) into .content/ as the check reads it (lib/check/compile-source.ts), runs
 * `contentlayer2 build` on that copy, which writes .contentlayer/generated, and stamps the result.
 * For large content (from 100 memos, or LARGE_CONTENT=1; scripts/large-content.mjs), Contentlayer runs through its own API without
 * its command line's execution tracing, and with a larger young generation (decision 73).
 * Run `npm run check:content` first: the build does.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { compileSourceDocuments, writeCompileSource } from '../lib/check/compile-source';
import { isLargeContent } from './large-content.mjs';

export const compiledStamp = path.resolve('.contentlayer/compiled.json');

export type Compiled = { status: number | null; output: string };

/** Copies the content into .content/ and starts Contentlayer on it; `stop` ends it early. */
export function startContentCompile(contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content')): { stop: () => Promise<void>; done: Promise<Compiled> } {
  const files = compileSourceDocuments(contentDir).flatMap((doc) => doc.files);
  writeCompileSource(contentDir, path.resolve('.content'), files);
  const child = isLargeContent(process.env, contentDir)
    ? spawn(process.execPath, ['--max-semi-space-size=64', path.resolve('scripts/contentlayer-build.mjs'), path.resolve('contentlayer.config.ts')], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(path.resolve('node_modules/.bin/contentlayer2'), ['build'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const done = new Promise<Compiled>((resolve) => {
    child.on('close', (status) => {
      if (status === 0) fs.writeFileSync(compiledStamp, `${JSON.stringify({ compiledAt: new Date().toISOString() })}\n`);
      resolve({ status, output });
    });
  });
  const stop = () => {
    child.kill();
    return done.then(() => undefined);
  };
  return { stop, done };
}

export function compileContent(contentDir?: string): Promise<Compiled> {
  return startContentCompile(contentDir).done;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  compileContent().then(({ status, output }) => {
    process.stdout.write(output);
    process.exit(status ?? 1);
  });
}
