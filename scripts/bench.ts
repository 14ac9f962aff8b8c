/**
 * npm run bench [-- 100 1000] — how the build scales with the number of memos.
 * For each N: copies the project to .integration/bench-N/ (never touching content/), adds N
 * synthetic memos in both languages with statements, runs `npm run build` there, and reports
 * wall time, peak memory (all processes of the build), output size and time per memo.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isPeriod, milestoneInfo, milestones } from '../lib/milestones';

const root = process.cwd();
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const regions = ['york', 'halton', 'durham', 'ottawa', 'london', 'toronto', 'northeast', 'northwest', 'peel', 'kingston-pembroke'];
// Point milestones of the registry: each synthetic memo dates one with a month.
const pointMilestones = milestones.filter((m) => !isPeriod(m) && !milestoneInfo[m].carries);
const projectFiles = ['app', 'components', 'content', 'lib', 'messages', 'scripts', 'package.json', 'tsconfig.json', 'next.config.mjs', 'contentlayer.config.ts', 'postcss.config.mjs'];

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
    fs.writeFileSync(
      path.join(dir, 'memo.yaml'),
      `date: ${day}\nsender: jody-young\noriginalLanguage: fr\ntranslatedForSite: [en]\nstatements:\n  - milestone: ${pointMilestones[i % pointMilestones.length]}\n    regions: [${region}]\n    date: ${day.slice(0, 7)}\n    status: planned\n`,
    );
    for (const [locale, fr] of [['fr', true], ['en', false]] as const) {
      const body = Array.from({ length: 8 }, (_, p) => paragraph(p + 1, fr)).join('\n\n');
      fs.writeFileSync(
        path.join(dir, `${locale}.md`),
        `---\ntitle: "${fr ? 'Note de service synthétique' : 'Synthetic memo'} ${i}"\nslug: ${fr ? 'note' : 'memo'}-synthetique-${i}\nsummary: "${fr ? 'Résumé' : 'Summary'} ${i}."\nrecipients: "${fr ? 'Partenaires' : 'Partners'}"\nheading: "${fr ? 'Note de service' : 'Memorandum'}"\nheaderLabels:\n  to: "${fr ? 'Destinataires :' : 'To:'}"\n  from: "${fr ? 'Expéditrice :' : 'From:'}"\n  date: "Date${fr ? ' :' : ':'}"\n  subject: "${fr ? 'Objet :' : 'Subject:'}"\nfrom: "Jody Young"\nprintedDate: "${day}"\ncc: []\n---\n\n## ${fr ? 'Section' : 'Section'} ${i}\n\n${body}\n`,
      );
    }
  }
}

/** Sum of the resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* the process ended while we looked */
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${current}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      /* ended */
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
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

async function bench(count: number) {
  const project = path.join(root, '.integration', `bench-${count}`);
  fs.rmSync(project, { recursive: true, force: true });
  fs.mkdirSync(project, { recursive: true });
  for (const entry of projectFiles) fs.cpSync(path.join(root, entry), path.join(project, entry), { recursive: true });
  fs.symlinkSync('../../node_modules', path.join(project, 'node_modules'));
  writeSyntheticMemos(path.join(project, 'content'), count);

  // The steps of `npm run build`, timed one by one.
  const steps = ['check:content', 'content', 'build:next', 'headers', 'search-index'];
  const phases: Record<string, number> = {};
  let peak = 0;
  const started = Date.now();
  for (const step of steps) {
    const stepStarted = Date.now();
    const build = spawn('npm', ['run', step, '--silent'], {
      cwd: project,
      env: { ...process.env, PWD: project, NEXT_TELEMETRY_DISABLED: '1', ROLLOUT_AS_OF: '2026-11-22' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    build.stdout.on('data', (d) => (log += d));
    build.stderr.on('data', (d) => (log += d));
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(build.pid!))), 250);
    const status: number = await new Promise((resolve) => build.on('exit', (code) => resolve(code ?? 1)));
    clearInterval(sampler);
    if (status !== 0) throw new Error(`${step} with ${count} memos failed:\n${log.slice(-3000)}`);
    phases[step] = (Date.now() - stepStarted) / 1000;
  }
  const seconds = (Date.now() - started) / 1000;
  const out = dirSize(path.join(project, 'out'));
  const pages = fs.readdirSync(path.join(project, 'out/en/memos')).length - 1;
  fs.rmSync(project, { recursive: true, force: true });
  return { count, seconds, phases, peakMiB: peak / 1024 / 1024, outMiB: out.bytes / 1024 / 1024, files: out.files, pages, perMemoMs: (seconds * 1000) / count };
}

async function main() {
  const results: Awaited<ReturnType<typeof bench>>[] = [];
  for (const count of sizes.length > 0 ? sizes : [100, 1000]) {
    console.log(`Building with ${count} synthetic memos (+ the real content)…`);
    results.push(await bench(count));
  }
  console.log(`\nMeasured ${new Date().toISOString().slice(0, 10)} on ${(await import('node:os')).cpus().length} cores, Node ${process.version}:\n`);
  // Time per memo over the whole build includes the fixed cost (compiling the app, 50 real
  // pages); the marginal cost between two sizes is what must not grow with N.
  console.log('| memos | wall time | time per memo | marginal time per added memo | peak memory | output | files |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  results.forEach((r, i) => {
    const previous = results[i - 1];
    const marginal = previous ? `${(((r.seconds - previous.seconds) * 1000) / (r.count - previous.count)).toFixed(0)} ms` : '—';
    console.log(`| ${r.count} | ${r.seconds.toFixed(1)} s | ${r.perMemoMs.toFixed(0)} ms | ${marginal} | ${r.peakMiB.toFixed(0)} MiB | ${r.outMiB.toFixed(1)} MiB | ${r.files} |`);
  });
  console.log('\nBy step (seconds):\n');
  console.log(`| memos | ${Object.keys(results[0]?.phases ?? {}).join(' | ')} |`);
  console.log(`|---:|${Object.keys(results[0]?.phases ?? {}).map(() => '---:').join('|')}|`);
  for (const r of results) console.log(`| ${r.count} | ${Object.values(r.phases).map((v) => v.toFixed(1)).join(' | ')} |`);
  const over = results.find((r) => r.count >= 1000 && r.seconds > 180);
  if (over) {
    console.error(`\n✖ ${over.count} memos took ${over.seconds.toFixed(0)} s: over the 3-minute target.`);
    process.exitCode = 1;
  }
}

void main();
