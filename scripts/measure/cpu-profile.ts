/**
 * Summarizes V8 CPU profiles (node --cpu-prof) by where the time went: self time per package
 * under node_modules, "project" for our own files, "node" for Node's internals, and V8's
 * "(garbage collector)" and "(program)" apart.
 */
export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
};

/** The bucket a call frame's time is counted in. */
export function bucketOf(callFrame: { functionName: string; url: string }): string {
  const { url, functionName } = callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : 'native';
  if (url.startsWith('node:')) return 'node';
  // The innermost package: node_modules/next/dist/compiled/<package> is still Next.js's code.
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.replaceAll('\\', '/'));
  if (match) return match[1];
  return 'project';
}

export function summarizeCpuProfiles(profiles: CpuProfile[], limit: number) {
  const seconds = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const bucket = new Map(profile.nodes.map((node) => [node.id, bucketOf(node.callFrame)]));
    profile.samples.forEach((id, i) => {
      const delta = (profile.timeDeltas[i] ?? 0) / 1e6;
      const name = bucket.get(id) ?? 'unknown';
      seconds.set(name, (seconds.get(name) ?? 0) + delta);
      total += delta;
    });
  }
  const ranked = [...seconds.entries()]
    .filter(([name]) => name !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .map(([name, s]) => ({ name, seconds: s }));
  return { processes: profiles.length, totalSeconds: total - (seconds.get('(idle)') ?? 0), top: ranked.slice(0, limit) };
}
