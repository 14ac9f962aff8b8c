/**
 * npm run content — compiles the content with Contentlayer. It copies the content (CONTENT_DIR,
 * default content/) into .content/ as the check reads it (see lib/check/compile-source.ts), then
 * runs Contentlayer's build on that copy (scripts/contentlayer-build.mjs) and stamps the result.
 * Run `npm run check:content` first: the build does.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeCompileSource } from '../lib/check/compile-source';

export const compileSource = path.resolve('.content');
export const compiledStamp = path.resolve('.contentlayer/compiled.json');

type Compiled = { status: number | null; output: string };

const contentlayerArgs = () => [path.resolve('scripts/contentlayer-build.mjs')];
// Contentlayer takes its working folder from $PWD before process.cwd(): pass the right one.
const contentlayerEnv = () => ({ ...process.env, PWD: process.cwd() });

/** The stamp lib/corpus.ts imports: a new one after each compilation reloads the dev server's pages. */
function stamp(result: Compiled): Compiled {
  if (result.status === 0) fs.writeFileSync(compiledStamp, `${JSON.stringify({ compiledAt: new Date().toISOString() })}\n`);
  return result;
}

export function compileContent(contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content')): Compiled {
  writeCompileSource(contentDir, compileSource);
  const result = spawnSync(process.execPath, contentlayerArgs(), { encoding: 'utf8', env: contentlayerEnv() });
  return stamp({ status: result.status, output: `${result.stdout}${result.stderr}` });
}

/** The same, with Contentlayer in its own process while this one goes on (npm run build checks meanwhile). */
export function startContentCompile(contentDir: string): { stop: () => void; done: Promise<Compiled> } {
  writeCompileSource(contentDir, compileSource);
  const child = spawn(process.execPath, contentlayerArgs(), { env: contentlayerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const done = new Promise<Compiled>((resolve) => child.on('close', (status) => resolve(stamp({ status, output }))));
  return { stop: () => child.kill(), done };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const { status, output } = compileContent();
  process.stdout.write(output);
  process.exit(status ?? 1);
}
