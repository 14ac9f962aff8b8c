import { describe, expect, it } from 'vitest';
import { bucketOf, summarizeCpuProfiles } from '../../scripts/measure/cpu-profile';
import { childrenByParent, residentBytes } from '../../scripts/measure/process-tree';

describe('process tree (bench memory)', () => {
  it('reads the parent after a command name that holds spaces and parentheses', () => {
    const children = childrenByParent([
      { pid: 10, stat: '10 (node) S 1 10 10 0' },
      { pid: 11, stat: '11 (next-render (worker) x) S 10 10 10 0' },
      { pid: 12, stat: '12 (sh) S 10 10 10 0' },
    ]);
    expect(children.get(10)).toEqual([11, 12]);
    expect(children.get(1)).toEqual([10]);
  });

  it('reads the resident set size in bytes, and 0 for a process without one', () => {
    expect(residentBytes('Name:\tnode\nVmRSS:\t  204800 kB\nVmSwap: 0 kB\n')).toBe(204800 * 1024);
    expect(residentBytes('Name:\tkthreadd\n')).toBe(0);
  });
});

describe('CPU profile summary (bench --cpu-prof)', () => {
  it('counts time by package, the project and Node apart', () => {
    expect(bucketOf({ functionName: 'x', url: 'file:///p/node_modules/next/dist/compiled/react/index.js' })).toBe('next');
    expect(bucketOf({ functionName: 'x', url: 'file:///p/node_modules/@contentlayer2/core/dist/a.js' })).toBe('@contentlayer2/core');
    expect(bucketOf({ functionName: 'x', url: 'file:///p/lib/timeline.ts' })).toBe('project');
    expect(bucketOf({ functionName: 'readFileSync', url: 'node:fs' })).toBe('node');
    expect(bucketOf({ functionName: '(garbage collector)', url: '' })).toBe('(garbage collector)');
  });

  it('sums self time over profiles, leaves idle out and ranks the rest', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(idle)', url: '' } },
        { id: 2, callFrame: { functionName: 'a', url: 'file:///p/node_modules/yaml/a.js' } },
        { id: 3, callFrame: { functionName: 'b', url: 'file:///p/lib/b.ts' } },
      ],
      samples: [1, 2, 2, 3],
      timeDeltas: [5_000_000, 1_000_000, 2_000_000, 500_000],
    };
    const summary = summarizeCpuProfiles([profile, profile], 1);
    expect(summary.processes).toBe(2);
    expect(summary.totalSeconds).toBeCloseTo(7);
    expect(summary.top).toEqual([{ name: 'yaml', seconds: 6 }]);
  });
});
