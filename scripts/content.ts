/**
 * npm run content — compiles the content with Contentlayer. It copies the content (CONTENT_DIR,
 * default content/) as the check reads it (see lib/check/compile-source.ts), runs Contentlayer's
 * build on that copy (scripts/contentlayer-build.mjs), writes the result into
 * .contentlayer/generated and stamps it. Large content is split into shards compiled side by side,
 * one Contentlayer process per core; each shard compiles in its own folder, in memory where the
 * machine has room (lib/build/content-shards.ts), and their collections are merged.
 * Run `npm run check:content` first: the build does. `-- --shards n` sets the number of processes.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileSourceDocuments, writeCompileSource } from '../lib/check/compile-source';
import { compileRoot, mergeCollections, partitionDocuments, shardCount } from '../lib/build/content-shards';
import { folderBytes, memoryFolder, withProjectModules } from '../lib/build/memory-folder';
import { removeStaleNextOutput } from '../lib/build/next-output';

export const compiledStamp = path.resolve('.contentlayer/compiled.json');
const generated = path.resolve('.contentlayer/generated');

const projectShards = path.resolve('.contentlayer/shards');

/**
 * The folder the shards compile in: /dev/shm/est-rollout-<project>/ when it has room, else
 * .contentlayer/shards/. Shard n compiles in <root>/n/, which holds its own .content/ and
 * .contentlayer/ (Contentlayer reads and writes relative to its working folder). A folder in
 * memory is removed once the output is written: Contentlayer's cache there would never serve,
 * since it knows a file by its modification time and the copy is written anew each time.
 */
function shardsRoot(contentDir: string): string {
  const root = compileRoot(projectShards, memoryFolder(process.cwd()), folderBytes(contentDir));
  // A memory folder this user cannot write to: the project's own folder always works.
  return root === projectShards || withProjectModules(root, process.cwd()) ? root : projectShards;
}

export type Compiled = { status: number | null; output: string };

/**
 * Copies the content for each shard into its folder and starts one Contentlayer process per
 * shard (as many as lib/build/content-shards.ts finds worth it on this machine, unless told).
 */
export function startContentCompile(
  contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content'),
  options: { shards?: number } = {},
): { stop: () => Promise<void>; done: Promise<Compiled> } {
  const documents = compileSourceDocuments(contentDir);
  const shards = options.shards ?? shardCount(documents.length, os.availableParallelism());
  const parts = partitionDocuments(documents, shards);
  const root = shardsRoot(contentDir);
  const shardDir = (shard: number) => path.join(root, String(shard));
  // Left by the layout before shards could compile in memory: shard 0 compiled in the project.
  if (root !== projectShards) fs.rmSync(projectShards, { recursive: true, force: true });
  for (const old of ['.content', '.contentlayer/.cache']) fs.rmSync(path.resolve(old), { recursive: true, force: true });
  for (const entry of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    if (entry !== 'node_modules' && !(/^\d+$/.test(entry) && Number(entry) < shards)) fs.rmSync(path.join(root, entry), { recursive: true, force: true });
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
    try {
      if (failed === undefined) writeGenerated(Array.from({ length: shards }, (_, shard) => path.join(shardDir(shard), '.contentlayer')), shards);
    } finally {
      if (root !== projectShards) fs.rmSync(root, { recursive: true, force: true });
    }
    if (failed !== undefined) return { status: failed, output };
    fs.writeFileSync(compiledStamp, `${JSON.stringify({ compiledAt: new Date().toISOString() })}\n`);
    const total = documents.reduce((sum, doc) => sum + doc.files.length, 0);
    return { status: 0, output: shards > 1 ? `Generated ${total} documents in .contentlayer (${shards} Contentlayer processes side by side)\n` : output };
  });
  // Stopped, the processes end and the shards' folder is removed as when they finish (the folder
  // in memory would otherwise stay until the machine restarts).
  const stop = () => {
    children.forEach((child) => child.kill());
    return done.then(() => undefined);
  };
  return { stop, done };
}

export function compileContent(contentDir?: string, options: { shards?: number } = {}): Promise<Compiled> {
  return startContentCompile(contentDir, options).done;
}

/**
 * Writes .contentlayer/generated from the shards' output: each collection (_index.json) merged,
 * with the module that serves it (_index.mjs re-exports it, as Contentlayer's index.mjs does for
 * a production build), and shard 0's index modules, types and package.json. The files Contentlayer
 * also writes for each document are left in the shards: the site reads the collections
 * (lib/content/corpus.ts), and Contentlayer's own modules import them only in its development mode.
 */
function writeGenerated(outputs: string[], shards: number) {
  const first = path.join(outputs[0], 'generated');
  fs.mkdirSync(generated, { recursive: true });
  fs.copyFileSync(path.join(outputs[0], 'package.json'), path.resolve('.contentlayer/package.json'));
  for (const entry of fs.readdirSync(first, { withFileTypes: true })) {
    if (entry.isFile()) {
      fs.copyFileSync(path.join(first, entry.name), path.join(generated, entry.name));
      continue;
    }
    const type = entry.name;
    const parts = outputs.map((output) => {
      const index = path.join(output, 'generated', type, '_index.json');
      return fs.existsSync(index) ? (JSON.parse(fs.readFileSync(index, 'utf8')) as { _id: string }[]) : [];
    });
    const dir = path.join(generated, type);
    // A folder written by an earlier layout may still hold one file per document: only the collection is kept.
    if (fs.existsSync(dir)) for (const file of fs.readdirSync(dir)) if (!file.startsWith('_index.')) fs.rmSync(path.join(dir, file), { force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, '_index.json'), JSON.stringify(mergeCollections(parts), null, 2));
    const name = /export const (\w+) =/.exec(fs.readFileSync(path.join(first, type, '_index.mjs'), 'utf8'))?.[1] ?? `all${type}s`;
    const from = shards === 1 ? 'one Contentlayer process' : `${shards} Contentlayer processes`;
    fs.writeFileSync(path.join(dir, '_index.mjs'), `// NOTE Written by scripts/content.ts: the collection compiled by ${from}\n\nimport documents from './_index.json' with { type: 'json' }\n\nexport const ${name} = documents\n`);
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
  // `npm run typecheck` runs tsc next, which fails on a next-env.d.ts importing from a .next whose
  // memory is gone (a restart, a build stopped halfway; lib/build/next-output.ts).
  removeStaleNextOutput(process.cwd());
  compileContent(undefined, { shards }).then(({ status, output }) => {
    process.stdout.write(output);
    process.exit(status ?? 1);
  });
}
