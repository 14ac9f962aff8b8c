/**
 * npm run content — compiles the content with Contentlayer. It copies the content (CONTENT_DIR,
 * default content/) into .content/ as the check reads it (see lib/check/compile-source.ts), then
 * runs `contentlayer2 build` on that copy. Run `npm run check:content` first: the build does.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { writeCompileSource } from '../lib/check/compile-source';

export const compileSource = path.resolve('.content');

export function compileContent(contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content')): { status: number | null; output: string } {
  writeCompileSource(contentDir, compileSource);
  // Contentlayer takes its working folder from $PWD before process.cwd(): pass the right one.
  const result = spawnSync(path.resolve('node_modules/.bin/contentlayer2'), ['build'], { encoding: 'utf8', env: { ...process.env, PWD: process.cwd() } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const { status, output } = compileContent();
  process.stdout.write(output);
  process.exit(status ?? 1);
}
