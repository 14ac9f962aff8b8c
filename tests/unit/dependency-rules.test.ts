import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The import rules of .dependency-cruiser.cjs (npm run lint:deps) refuse wrong-way imports. Each
 * case writes a small project in a temporary folder with the site's layout and runs the same
 * command npm test runs on it.
 */
const root = path.join(__dirname, '../..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dependency-rules-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function cruise(name: string, files: Record<string, string>) {
  const dir = path.join(scratch, name);
  for (const [file, text] of Object.entries({ 'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }', ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const folders = [...new Set(Object.keys(files).map((f) => f.split('/')[0]))];
  const result = spawnSync(path.join(root, 'node_modules/.bin/depcruise'), [...folders, '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the dependency rules', () => {
  it('accept imports that go down the layers', () => {
    const { status, output } = cruise('down', {
      'lib/core/dates.ts': 'export const day = 1;\n',
      'lib/rollout/timeline.ts': "import { day } from '../core/dates';\nexport const t = day;\n",
      'components/Timeline.tsx': "import { t } from '@/lib/rollout/timeline';\nexport const T = t;\n",
    });
    expect(output).not.toContain('error');
    expect(status).toBe(0);
  });

  it('refuse a lower layer importing a higher one, naming the rule and both files', () => {
    const { status, output } = cruise('up', {
      'lib/core/dates.ts': "import { t } from '../rollout/timeline';\nexport const day = t;\n",
      'lib/rollout/timeline.ts': 'export const t = 1;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('lib-core-imports-only-itself');
    expect(output).toMatch(/lib\/core\/dates\.ts → lib\/rollout\/timeline\.ts/);
  });

  it('refuse the content model importing the check (the arrow goes from the check to the model)', () => {
    const { status, output } = cruise('content-to-check', {
      'lib/check/problems.ts': 'export const withFix = 1;\n',
      'lib/content/schemas/fields.ts': "import { withFix } from '../../check/problems';\nexport const f = withFix;\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain('lib-content-imports-only-core-i18n-web');
  });

  it('refuse a page or component importing the check or the build machinery, and lib/ importing a component', () => {
    const { status, output } = cruise('site-code', {
      'lib/check/index.ts': 'export const checkContent = 1;\n',
      'lib/core/x.ts': "import { C } from '../../components/C';\nexport const x = C;\n",
      'components/C.tsx': "import { checkContent } from '@/lib/check';\nexport const C = checkContent;\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain('site-code-not-check-or-build');
    expect(output).toContain('lib-not-site-code');
  });

  it('refuse an import cycle', () => {
    const { status, output } = cruise('cycle', {
      'lib/core/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'lib/core/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain('no-circular');
  });
});
