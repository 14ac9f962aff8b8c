/**
 * npm run bench [-- 100 1000 2000] [--runs 3] [--env NAME=value …] [--cpu-prof] — how the build scales with the
 * number of memos. For each run, and each N in turn (runs alternate between the sizes): copies
 * the project to .integration/bench-N/ (never touching content/), adds N synthetic memos in both
 * languages with statements, runs the steps of `npm run build` there, and reports wall time
 * (median over the runs), the largest single process and the sum over the process tree (both
 * peaks of resident memory), Next.js's own phases, output size and the
 * marginal cost per added memo. With --cpu-prof, every Node process of the build writes a CPU
 * profile, summarized by package (scripts/measure/cpu-profile.ts); with --keep, the last project
 * of each size stays in .integration/bench-N/. Each --env NAME=value is set for the builds (to
 * measure a switch, e.g. --env NODE_OPTIONS=--max-semi-space-size=64). 0 memos builds the real content alone.
 */
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { summarizeCpuProfiles } from './measure/cpu-profile';
import { isPeriod, milestoneInfo, milestones } from '../lib/content/milestones';
import { type ProcessSample, sampleProcessTree } from './measure/process-tree';

const root = process.cwd();
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const runs = Number(option('--runs') ?? 1);
const cpuProf = args.includes('--cpu-prof');
// --keep leaves the last project in .integration/bench-N/ to profile one step by hand.
const keep = args.includes('--keep');
const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs').map(Number);
const buildEnv = Object.fromEntries(args.filter((_, i) => args[i - 1] === '--env').map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
const regions = ['york', 'halton', 'durham', 'ottawa', 'london', 'toronto', 'northeast', 'northwest', 'peel', 'kingston-pembroke'];
// Point milestones of the registry: each synthetic memo dates one with a month.
const pointMilestones = milestones.filter((m) => !isPeriod(m) && !milestoneInfo[m].carries);
// Everything `npm run build` reads (the tracked project minus tests and CI).
const projectFiles = ['app', 'components', 'content', 'lib', 'messages', 'public', 'scripts', 'global.d.ts', 'package.json', 'tsconfig.json', 'next.config.mjs', 'contentlayer.config.ts', 'postcss.config.mjs'];
// The steps `npm run build` times (scripts/build.ts): the check runs while Contentlayer compiles,
// and the host configurations are written ("headers") while Pagefind indexes, so "content" and
// "search-index" include the time of the step they ran beside.
const steps = ['check:content', 'content', 'build:next', 'export', 'headers', 'search-index'] as const;
type Step = (typeof steps)[number];

const paragraph = (i: number, fr: boolean) =>
  fr
    ? `Paragraphe ${i}. Le ministère poursuit le renouvellement des services d’emploi dans les régions désignées; les fournisseurs de services recevront des précisions sur la planification, la transition et le financement, qui demeurera inchangé pendant cette période.`
    : `Paragraph ${i}. The ministry continues the Employment Services Transformation in the catchment areas; service providers will receive details on planning, transition and funding, which will remain unchanged during this period.`;

function writeSyntheticMemos(contentDir: string, count: number) {
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const id = `${day}-synthetic-${i}`;
    const dir = path.join(contentDir, 'memos', id);
    fs.mkdirSync(dir, { recursive: true });
    const region = regions[i % regions.length];
    // The memo's facts, at the end of the French text's front matter.
    const facts = `date: ${day}\npublishedOnSite: ${day}\nsender: jody-young\noriginalLanguage: fr\ntranslatedForSite: [en]\nstatements:\n  - milestone: ${pointMilestones[i % pointMilestones.length]}\n    regions: [${region}]\n    date: ${day.slice(0, 7)}\n    status: planned\n`;
    for (const [locale, fr] of [['fr', true], ['en', false]] as const) {
      const body = Array.from({ length: 8 }, (_, p) => paragraph(p + 1, fr)).join('\n\n');
      fs.writeFileSync(
        path.join(dir, `index.${locale}.md`),
        `---\ntitle: "${fr ? 'Note de service synthétique' : 'Synthetic memo'} ${i}"\nslug: ${fr ? 'note' : 'memo'}-synthetique-${i}\nsummary: "${fr ? 'Résumé' : 'Summary'} ${i}."\nrecipients: "${fr ? 'Partenaires' : 'Partners'}"\nheading: "${fr ? 'Note de service' : 'Memorandum'}"\nheaderLabels:\n  to: "${fr ? 'Destinataires :' : 'To:'}"\n  from: "${fr ? 'Expéditrice :' : 'From:'}"\n  date: "Date${fr ? ' :' : ':'}"\n  subject: "${fr ? 'Objet :' : 'Subject:'}"\nfrom: "Jody Young"\nprintedDate: "${day}"\ncc: []\n${fr ? facts : ''}---\n\n## ${fr ? 'Section' : 'Section'} ${i}\n\n${body}\n`,
      );
    }
  }
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

type Run = { seconds: number; steps: Record<Step, number>; largest: ProcessSample['largest']; treeBytes: number; nextPhases: Record<string, number>; outBytes: number; files: number };

/**
 * Next.js prints its own phase times: compile and prerender. Collecting page data and finishing
 * are measured from when its lines arrived: until prerendering starts, and after it until
 * Next.js exits.
 */
function nextPhases(log: string, lines: { at: number; text: string }[], ended: number): Record<string, number> {
  const seconds = (value: string, unit: string) => Number(value) / (unit === 'ms' ? 1000 : 1);
  const phases: Record<string, number> = {};
  const at = (pattern: RegExp) => lines.find((l) => pattern.test(l.text))?.at;
  const [collecting, generating, finalizing] = [/Collecting page data/, /Generating static pages[^\n]*\(0\//, /Finalizing page optimization/].map(at);
  const compiled = /Compiled successfully in ([\d.]+)(ms|s)/.exec(log);
  if (compiled) phases.compile = seconds(compiled[1], compiled[2]);
  if (collecting && generating) phases.collect = (generating - collecting) / 1000;
  const generated = /Generating static pages[^\n]*\((\d+)\/\1\) in ([\d.]+)(ms|s)/.exec(log);
  if (generated) phases.prerender = seconds(generated[2], generated[3]);
  if (finalizing) phases.finish = (ended - finalizing) / 1000;
  return phases;
}

async function runBuild(project: string, profileDir: string | undefined) {
  const started = Date.now();
  const env: NodeJS.ProcessEnv = { ...process.env, PWD: project, NEXT_TELEMETRY_DISABLED: '1', ROLLOUT_AS_OF: '2026-12-07', ...buildEnv };
  if (profileDir) {
    // Node 20 refuses --cpu-prof in NODE_OPTIONS: a preloaded script runs the profiler instead.
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${path.join(root, 'scripts/measure/cpu-profile-preload.cjs')}`.trim();
    env.CPU_PROFILE_DIR = profileDir;
    fs.mkdirSync(profileDir, { recursive: true });
  }
  const child = spawn('npm', ['run', 'build', '--silent'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const lines: { at: number; text: string }[] = [];
  const collect = (d: Buffer) => {
    log += d;
    for (const text of String(d).split('\n')) lines.push({ at: Date.now(), text });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let largest: ProcessSample['largest'] = { bytes: 0, command: '' };
  let treeBytes = 0;
  const sampler = setInterval(() => {
    const sample = sampleProcessTree(child.pid!);
    if (sample.largest.bytes > largest.bytes) largest = sample.largest;
    treeBytes = Math.max(treeBytes, sample.treeBytes);
  }, 200);
  const status: number = await new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  clearInterval(sampler);
  if (status !== 0) throw new Error(`npm run build failed:\n${log.slice(-3000)}`);
  const timed = /^build steps: (.*)$/m.exec(log);
  if (!timed) throw new Error('npm run build did not print its steps');
  const stepSeconds = JSON.parse(timed[1]) as Record<Step | 'total', number>;
  const nextStarted = lines.find((l) => /Next\.js \d/.test(l.text))?.at ?? started;
  return { seconds: (Date.now() - started) / 1000, stepSeconds, largest, treeBytes, phases: nextPhases(log, lines, nextStarted + stepSeconds['build:next'] * 1000) };
}

async function benchOnce(count: number, run: number): Promise<Run> {
  const project = path.join(root, '.integration', `bench-${count}`);
  fs.rmSync(project, { recursive: true, force: true });
  fs.mkdirSync(project, { recursive: true });
  for (const entry of projectFiles) fs.cpSync(path.join(root, entry), path.join(project, entry), { recursive: true });
  fs.symlinkSync('../../node_modules', path.join(project, 'node_modules'));
  writeSyntheticMemos(path.join(project, 'content'), count);
  // Settle the disk before timing: the files of the previous run (deleted) and of this copy are
  // flushed now, and given ten seconds, not written back in the middle of the next build (tens
  // of thousands of files; without it each run of a series was slower than the one before).
  execSync('sync');
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const profileDir = cpuProf ? path.join(root, 'reports', 'profiles', `bench-${count}-run-${run}`) : undefined;
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });

  const build = await runBuild(project, profileDir);
  const out = dirSize(path.join(project, 'out'));
  if (!keep) fs.rmSync(project, { recursive: true, force: true });
  if (profileDir) {
    console.log(`\nCPU profiles of ${count} memos (run ${run}, ${profileDir}), self time by package:`);
    // Each process writes its profile in parts (<pid>.<part>.cpuprofile): summed by process.
    const byProcess = new Map<string, string[]>();
    for (const file of fs.readdirSync(profileDir)) {
      const pid = file.split('.')[0];
      byProcess.set(pid, [...(byProcess.get(pid) ?? []), file]);
    }
    for (const [pid, files] of byProcess) {
      const profiles = files.map((file) => JSON.parse(fs.readFileSync(path.join(profileDir, file), 'utf8')));
      const summary = summarizeCpuProfiles(profiles, 6);
      if (summary.totalSeconds > 0.5) console.log(`  process ${pid} (${summary.totalSeconds.toFixed(1)} s CPU): ${summary.top.map((t) => `${t.name} ${t.seconds.toFixed(1)} s`).join(', ')}`);
    }
  }
  return { seconds: build.seconds, steps: build.stepSeconds, largest: build.largest, treeBytes: build.treeBytes, nextPhases: build.phases, outBytes: out.bytes, files: out.files };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function main() {
  // Runs alternate between the sizes (100, 1000, 2000, 100, …), as side-by-side comparisons
  // do: a slow spell of the machine then weighs on every size alike, not on the last size
  // measured, and the marginal cost between two sizes is not skewed by it.
  const counts = sizes.length > 0 ? sizes : [100, 1000];
  const done = new Map<number, Run[]>(counts.map((count) => [count, []]));
  for (let run = 1; run <= runs; run++) {
    for (const count of counts) {
      console.log(`Building with ${count} synthetic memos (+ the real content), run ${run} of ${runs}…`);
      const result = await benchOnce(count, run);
      console.log(`  ${result.seconds.toFixed(1)} s`);
      done.get(count)!.push(result);
    }
  }
  const results = counts.map((count) => {
    const all = done.get(count)!;
    const middle = median(all.map((r) => r.seconds));
    return { count, runs: all, median: all.find((r) => r.seconds === middle)! };
  });
  console.log(`\nMeasured ${new Date().toISOString().slice(0, 10)}${Object.keys(buildEnv).length ? ` with ${JSON.stringify(buildEnv)}` : ''} on ${os.cpus().length} cores (${os.cpus()[0]?.model}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}; median of ${runs} run(s):\n`);
  // Time per memo over the whole build includes the fixed cost (compiling the app, the real
  // pages); the marginal cost between two sizes is what must not grow with N.
  console.log('| memos | wall time (median) | runs | marginal time per added memo | largest process | process tree | output | files |');
  console.log('|---:|---:|---|---:|---:|---:|---:|---:|');
  results.forEach(({ count, runs: all, median: r }, i) => {
    const previous = results[i - 1];
    const marginal = previous ? `${(((r.seconds - previous.median.seconds) * 1000) / (count - previous.count)).toFixed(1)} ms` : '—';
    const largest = Math.max(...all.map((run) => run.largest.bytes));
    const tree = Math.max(...all.map((run) => run.treeBytes));
    console.log(`| ${count} | ${r.seconds.toFixed(1)} s | ${all.map((run) => run.seconds.toFixed(1)).join(' / ')} | ${marginal} | ${mib(largest)} | ${mib(tree)} | ${(r.outBytes / 1024 / 1024).toFixed(1)} MiB | ${r.files} |`);
  });
  console.log('\nBy step, median run (seconds; the check runs beside Contentlayer, the host configurations beside Pagefind):\n');
  const phaseNames = [...new Set(results.flatMap((r) => Object.keys(r.median.nextPhases)))];
  console.log(`| memos | ${steps.join(' | ')} | ${phaseNames.map((p) => `next: ${p}`).join(' | ')} |`);
  console.log(`|---:|${[...steps, ...phaseNames].map(() => '---:').join('|')}|`);
  for (const { count, median: r } of results) {
    const cells = steps.map((s) => r.steps[s].toFixed(1));
    console.log(`| ${count} | ${cells.join(' | ')} | ${phaseNames.map((p) => r.nextPhases[p]?.toFixed(1) ?? '—').join(' | ')} |`);
  }
  console.log('\nLargest process (median run of each N):');
  for (const { count, median: r } of results) console.log(`  ${count}: ${mib(r.largest.bytes)} — ${r.largest.command.slice(0, 160)}`);
}

void main();
