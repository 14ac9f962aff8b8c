/**
 * npm run bench:deploy — the deploy workflow's steps, run as it runs them, from a clean clone of
 * this checkout's HEAD: npm install (with the npm cache the machine has, as actions/setup-node
 * restores it), npm run due, then npm run build with a Pages SITE_URL (the content check, the
 * build and the search index). Prints each step's time and the total: docs/performance.md
 * records them; the issue asked for ≤ 3 minutes on a 2-core machine.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-steps-'));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: 'https://owner.github.io/rollout/' };

function step(name: string, command: string, args: string[]): number {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: clone, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const seconds = (Date.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(`✖ ${name} failed:\n${result.stdout.slice(-2000)}${result.stderr.slice(-2000)}`);
    process.exit(1);
  }
  console.log(`${name.padEnd(44)} ${seconds.toFixed(1).padStart(6)} s`);
  return seconds;
}

const steps = [
  step('git clone (fresh checkout)', 'git', ['clone', '--quiet', '--no-hardlinks', root, clone]),
  step('npm install (npm cache present)', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline']),
  step('npm run due -- --event push', 'npm', ['run', 'due', '--silent', '--', '--event', 'push']),
  step('npm run build (check, build, search index)', 'npm', ['run', 'build', '--silent']),
];
const total = steps.reduce((a, b) => a + b, 0);
console.log(`${'total, from a merged change to out/ ready'.padEnd(44)} ${total.toFixed(1).padStart(6)} s (${os.availableParallelism()} cores)`);
fs.rmSync(clone, { recursive: true, force: true });
