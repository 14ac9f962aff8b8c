/**
 * Resident memory of a process tree, read from Linux's /proc: the sum over the tree and the
 * largest single process (with its command line), since the budget is per process.
 */
import fs from 'node:fs';

export type ProcessSample = { treeBytes: number; largest: { bytes: number; command: string } };

/** The parent of every process in a /proc listing, from each `stat` file. */
export function childrenByParent(stats: { pid: number; stat: string }[]): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const { pid, stat } of stats) {
    // The command name in parentheses may itself hold spaces or ")": read after the last one.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  return children;
}

/** Resident set size, in bytes, from a /proc/<pid>/status text. */
export function residentBytes(status: string): number {
  const rss = /VmRSS:\s+(\d+) kB/.exec(status);
  return rss ? Number(rss[1]) * 1024 : 0;
}

const read = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended while we looked
  }
};

export function sampleProcessTree(pid: number): ProcessSample {
  const stats = fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      const stat = read(`/proc/${entry}/stat`);
      return stat ? [{ pid: Number(entry), stat }] : [];
    });
  const children = childrenByParent(stats);
  const sample: ProcessSample = { treeBytes: 0, largest: { bytes: 0, command: '' } };
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const bytes = residentBytes(read(`/proc/${current}/status`) ?? '');
    sample.treeBytes += bytes;
    if (bytes > sample.largest.bytes) sample.largest = { bytes, command: (read(`/proc/${current}/cmdline`) ?? '').split('\0').join(' ').trim() };
    stack.push(...(children.get(current) ?? []));
  }
  return sample;
}
