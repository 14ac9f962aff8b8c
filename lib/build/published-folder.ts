import fs from 'node:fs';

/**
 * out/ is only ever a whole site. A build writes the next site into a folder beside it
 * (out.building/, on the same file system) and, once every page, the headers and the search index
 * are written, puts it in place of out/ by renaming: out/ → out.previous/, out.building/ → out/,
 * then out.previous/ is removed. Between the two renames (two system calls) out/ is missing, never
 * half-written. A build stopped before that leaves out/ as it was; one killed outright leaves
 * folders that the next build clears, or puts back, before it starts.
 */
export const stagingFolder = (outDir: string): string => `${outDir}.building`;
export const previousFolder = (outDir: string): string => `${outDir}.previous`;

/** What a stopped or killed build left beside out/, cleared; out/ put back if it was killed between the renames. Returns what was done. */
export function recoverInterruptedBuild(outDir: string): 'nothing' | 'cleared' | 'restored' {
  const staging = stagingFolder(outDir);
  const previous = previousFolder(outDir);
  let done: 'nothing' | 'cleared' | 'restored' = 'nothing';
  if (fs.existsSync(previous)) {
    // Killed between the two renames: out/ is gone and the previous site is whole; put it back.
    if (fs.existsSync(outDir)) {
      fs.rmSync(previous, { recursive: true, force: true });
      done = 'cleared';
    } else {
      fs.renameSync(previous, outDir);
      done = 'restored';
    }
  }
  if (fs.existsSync(staging)) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (done === 'nothing') done = 'cleared';
  }
  return done;
}

/** The finished site in out.building/ becomes out/. */
export function publishStaged(outDir: string): void {
  const staging = stagingFolder(outDir);
  const previous = previousFolder(outDir);
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
  fs.renameSync(staging, outDir);
  fs.rmSync(previous, { recursive: true, force: true });
}
