/**
 * npm run compare:out -- <git-ref>        builds <git-ref> and the working tree (npm run build:test)
 *                                         and compares their out/ folders
 * npm run compare:out -- --dirs <a> <b>   compares two built out/ folders
 * Refactoring must not change one published byte: this prints every file added, removed or
 * changed, and exits 1 if there is one. Next.js's build id (the folder name under
 * _next/static/, different on every build) is read on each side and compared as "BUILD_ID".
 * Both are built in turn in .integration/compare-out/ (their files, sharing this node_modules).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);

export function buildId(out: string): string | undefined {
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
  // PWD too: Contentlayer takes its working folder from $PWD before process.cwd().
  const result = spawnSync('npm', ['run', 'build:test', '--silent'], { cwd: dir, env: { ...process.env, PWD: dir }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    throw new Error(`npm run build:test failed in ${dir}`);
  }
}

/**
 * Unpacks a tar of the project's files into `dir` (emptied first), with node_modules a link to
 * the project's and no lockfile, as tests/integration/project-copy.ts does: Turbopack then takes
 * the project, which holds both, as its root (a git worktree, or the copy's own lockfile, would
 * stop the root at the copy, and the link would lead outside it). Both sides are built at the same
 * path, since Turbopack's asset names and font class names hash the files' paths.
 */
function placeFiles(dir: string, tar: Buffer) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  fs.symlinkSync('../../node_modules', path.join(dir, 'node_modules'));
  fs.rmSync(path.join(dir, 'package-lock.json'), { force: true });
}

function main(): number {
  let before: string;
  let after: string;
  if (args[0] === '--dirs' && args.length === 3) {
    [before, after] = [path.resolve(args[1]), path.resolve(args[2])];
  } else if (args.length === 1 && !args[0].startsWith('-')) {
    const copy = path.resolve('.integration/compare-out');
    const kept = path.resolve('.integration/compare-out-before');
    spawnSync('git', ['worktree', 'remove', '--force', copy], { stdio: 'ignore' }); // left by an older version of this script
    fs.rmSync(kept, { recursive: true, force: true });
    console.log(`Building ${args[0]} in ${path.relative(process.cwd(), copy)}/ …`);
    placeFiles(copy, execFileSync('git', ['archive', '--format=tar', args[0]], { maxBuffer: 1024 ** 3 }));
    buildAt(copy);
    fs.renameSync(path.join(copy, 'out'), kept);
    console.log(`Building the working tree in ${path.relative(process.cwd(), copy)}/ …`);
    const workingFiles = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\0').filter((f) => f && fs.existsSync(f));
    placeFiles(copy, execFileSync('tar', ['-c', '--null', '-T', '-'], { input: workingFiles.join('\0'), maxBuffer: 1024 ** 3 }));
    buildAt(copy);
    [before, after] = [kept, path.join(copy, 'out')];
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
