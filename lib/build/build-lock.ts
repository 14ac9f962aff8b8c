import fs from 'node:fs';

/**
 * One build at a time per checkout: two builds would write the same .next/, .contentlayer/ and
 * out.building/ at once. The lock is a file holding the build's process id, taken with an
 * exclusive create; a lock whose process is gone (a build that was killed) is taken over.
 */
export type BuildLock = { release: () => void };

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the lock for this process, or says which live process holds it. */
export function takeBuildLock(lockFile: string, pid = process.pid): BuildLock | { heldBy: number } {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockFile, `${pid}\n`, { flag: 'wx' });
      return { release: () => (Number(fs.readFileSync(lockFile, 'utf8')) === pid ? fs.rmSync(lockFile, { force: true }) : undefined) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== pid && alive(holder)) return { heldBy: holder };
      // Left by a build that is gone: take it over.
      fs.rmSync(lockFile, { force: true });
    }
  }
  return { heldBy: Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10) };
}
