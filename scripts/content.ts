/**
 * npm run content — compiles the content with Contentlayer. It copies the content (CONTENT_DIR,
 * default content/) into .content/ as the check reads it (see lib/check/compile-source.ts), then
 * runs Contentlayer's build on that copy (scripts/contentlayer-build.mjs) and stamps the result.
 * Large content is split into shards compiled side by side, one Contentlayer process per core,
 * and their output merged into .contentlayer/generated (lib/content-shards.ts).
 * Run `npm run check:content` first: the build does. `-- --shards n` sets the number of processes.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileSourceDocuments, writeCompileSource } from '../lib/check/compile-source';
import { mergeCollections, partitionDocuments, shardCount } from '../lib/content-shards';

export const compiledStamp = path.resolve('.contentlayer/compiled.json');
const generated = path.resolve('.contentlayer/generated');
// Shard 0 compiles in the project itself; shard n in .contentlayer/shards/n/, which holds its
// own .content/ and .contentlayer/ (Contentlayer reads and writes relative to its working folder).
const shardsDir = path.resolve('.contentlayer/shards');
const shardDir = (shard: number) => (shard === 0 ? process.cwd() : path.join(shardsDir, String(shard)));

export type Compiled = { status: number | null; output: string };

/**
 * Copies the content for each shard and starts one Contentlayer process per shard (as many as
 * lib/content-shards.ts finds worth it on this machine, unless told).
 */
export function startContentCompile(
  contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content'),
  options: { shards?: number } = {},
): { stop: () => void; done: Promise<Compiled> } {
  const documents = compileSourceDocuments(contentDir);
  const shards = options.shards ?? shardCount(documents.length, os.availableParallelism());
  const parts = partitionDocuments(documents, shards);
  for (const entry of fs.existsSync(shardsDir) ? fs.readdirSync(shardsDir) : []) {
    if (!(Number(entry) > 0 && Number(entry) < shards)) fs.rmSync(path.join(shardsDir, entry), { recursive: true, force: true });
  }
  const children = parts.map((files, shard) => {
    const cwd = shardDir(shard);
    writeCompileSource(contentDir, path.join(cwd, '.content'), files);
    // Contentlayer takes its working folder from $PWD before process.cwd(): pass the right one.
    // A larger young generation: Contentlayer allocates short-lived objects for every document,
    // and with V8's default it spent a tenth of its time collecting them (README, Measurements).
    return spawn(process.execPath, ['--max-semi-space-size=64', path.resolve('scripts/contentlayer-build.mjs'), path.resolve('contentlayer.config.ts')], {
      cwd,
      env: { ...process.env, PWD: cwd },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  });
  const outputs = children.map(() => '');
  const finished = children.map(
    (child, shard) =>
      new Promise<number | null>((resolve) => {
        child.stdout.on('data', (d) => (outputs[shard] += d));
        child.stderr.on('data', (d) => (outputs[shard] += d));
        child.on('close', resolve);
      }),
  );
  const done = Promise.all(finished).then((statuses): Compiled => {
    const failed = statuses.find((status) => status !== 0);
    const output = outputs.join('');
    if (failed !== undefined) return { status: failed, output };
    if (shards > 1) mergeShards(shards);
    fs.writeFileSync(compiledStamp, `${JSON.stringify({ compiledAt: new Date().toISOString() })}\n`);
    const total = documents.reduce((sum, doc) => sum + doc.files.length, 0);
    return { status: 0, output: shards > 1 ? `Generated ${total} documents in .contentlayer (${shards} Contentlayer processes side by side)\n` : output };
  });
  return { stop: () => children.forEach((child) => child.kill()), done };
}

export function compileContent(contentDir?: string, options: { shards?: number } = {}): Promise<Compiled> {
  return startContentCompile(contentDir, options).done;
}

/**
 * Adds the other shards' output to shard 0's in .contentlayer/generated: their documents' files,
 * and each collection (_index.json) merged. Each _index.mjs then re-exports its collection, as
 * Contentlayer's index.mjs does for a production build.
 */
function mergeShards(shards: number) {
  const outputs = Array.from({ length: shards }, (_, shard) => path.join(shardDir(shard), '.contentlayer', 'generated'));
  for (const type of fs.readdirSync(generated, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
    const parts = outputs.map((output) => {
      const index = path.join(output, type, '_index.json');
      return fs.existsSync(index) ? (JSON.parse(fs.readFileSync(index, 'utf8')) as { _id: string }[]) : [];
    });
    for (const output of outputs.slice(1)) {
      const dir = path.join(output, type);
      for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
        if (!file.startsWith('_index.')) fs.copyFileSync(path.join(dir, file), path.join(generated, type, file));
      }
    }
    fs.writeFileSync(path.join(generated, type, '_index.json'), JSON.stringify(mergeCollections(parts), null, 2));
    const barrel = path.join(generated, type, '_index.mjs');
    const name = /export const (\w+) =/.exec(fs.readFileSync(barrel, 'utf8'))?.[1] ?? `all${type}s`;
    fs.writeFileSync(barrel, `// NOTE Written by scripts/content.ts: the collection merged from ${shards} Contentlayer processes\n\nimport documents from './_index.json' with { type: 'json' }\n\nexport const ${name} = documents\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  // --shards n: as many Contentlayer processes, whatever the size of the content (tests).
  const at = process.argv.indexOf('--shards');
  const shards = at === -1 ? undefined : Number(process.argv[at + 1]);
  if (shards !== undefined && !(Number.isInteger(shards) && shards >= 1)) {
    console.error('✖ --shards takes a whole number of processes, 1 or more.');
    process.exit(2);
  }
  compileContent(undefined, { shards }).then(({ status, output }) => {
    process.stdout.write(output);
    process.exit(status ?? 1);
  });
}
