/**
 * npm run compare:out -- <git-ref>        builds <git-ref> and the working tree (npm run build:test)
 *                                         and compares their out/ folders
 * npm run compare:out -- --dirs <a> <b>   compares two built out/ folders
 * Refactoring must not change one published byte: this prints every file added, removed or
 * changed, and exits 1 if there is one. Next.js's build id (the folder name under
 * _next/static/, different on every build) is read on each side and compared as "BUILD_ID".
 * The ref is built in .integration/compare-out/ (a git worktree sharing this node_modules).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);

function buildId(out: string): string | undefined {
  const staticDir = path.join(out, '_next/static');
  if (!fs.existsSync(staticDir)) return undefined;
  return fs.readdirSync(staticDir).find((name) => !['media', 'chunks', 'css'].includes(name) && fs.statSync(path.join(staticDir, name)).isDirectory());
}

/** Every file of an out/ folder, by path with the build id replaced, with the digest of its bytes (build id replaced). */
export function digestOut(out: string): Map<string, string> {
  const id = buildId(out);
  const digests = new Map<string, string>();
  for (const entry of fs.readdirSync(out, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(out, path.join(entry.parentPath, entry.name));
    let bytes = fs.readFileSync(path.join(out, file));
    if (id && bytes.includes(id)) bytes = Buffer.from(bytes.toString('latin1').replaceAll(id, 'BUILD_ID'), 'latin1');
    digests.set(id ? file.replaceAll(id, 'BUILD_ID') : file, createHash('sha256').update(bytes).digest('hex'));
  }
  return digests;
}

export function compareOut(before: string, after: string): { added: string[]; removed: string[]; changed: string[]; same: number } {
  const a = digestOut(before);
  const b = digestOut(after);
  const added = [...b.keys()].filter((f) => !a.has(f)).sort();
  const removed = [...a.keys()].filter((f) => !b.has(f)).sort();
  const changed = [...a.keys()].filter((f) => b.has(f) && a.get(f) !== b.get(f)).sort();
  return { added, removed, changed, same: a.size - removed.length - changed.length };
}

function buildAt(dir: string) {
  const result = spawnSync('npm', ['run', 'build:test', '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    throw new Error(`npm run build:test failed in ${dir}`);
  }
}

function main(): number {
  let before: string;
  let after: string;
  if (args[0] === '--dirs' && args.length === 3) {
    [before, after] = [path.resolve(args[1]), path.resolve(args[2])];
  } else if (args.length === 1 && !args[0].startsWith('-')) {
    const worktree = path.resolve('.integration/compare-out');
    spawnSync('git', ['worktree', 'remove', '--force', worktree], { stdio: 'ignore' });
    fs.rmSync(worktree, { recursive: true, force: true });
    execFileSync('git', ['worktree', 'add', '--detach', worktree, args[0]], { stdio: 'ignore' });
    fs.symlinkSync(path.resolve('node_modules'), path.join(worktree, 'node_modules'));
    console.log(`Building ${args[0]} in ${path.relative(process.cwd(), worktree)}/ …`);
    buildAt(worktree);
    console.log('Building the working tree …');
    buildAt(process.cwd());
    [before, after] = [path.join(worktree, 'out'), path.resolve('out')];
  } else {
    console.error('Usage: npm run compare:out -- <git-ref>   or   npm run compare:out -- --dirs <before> <after>');
    return 2;
  }
  const { added, removed, changed, same } = compareOut(before, after);
  for (const [label, files] of [['added', added], ['removed', removed], ['changed', changed]] as const) for (const file of files) console.log(`${label}: ${file}`);
  if (added.length + removed.length + changed.length === 0) {
    console.log(`✔ out/ is byte-identical (${same} files, build id aside): ${before} and ${after}`);
    return 0;
  }
  console.log(`✖ out/ differs: ${added.length} added, ${removed.length} removed, ${changed.length} changed, ${same} identical`);
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) process.exit(main());
