import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, memorySource } from '@/lib/check';
import { contentRules } from '@/lib/check/rules';
import { badContent, filesOf } from '../fixtures/bad-content';
import { memo, patch, validFiles } from '../fixtures/content-builder';

/**
 * The contract for adding a content rule (CONTRIBUTING.md): one file in lib/check/rules/, listed
 * in its index, and one case in tests/fixtures/bad-content.ts that it refuses.
 */
describe('content rules', () => {
  const ruleFiles = fs.readdirSync(path.join(__dirname, '../../lib/check/rules')).filter((f) => f !== 'index.ts');

  it('are one file each, every file listed in lib/check/rules/index.ts', () => {
    expect(ruleFiles).toHaveLength(contentRules.length);
    expect(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(contentRules.map((r) => r.id).sort());
  });

  it.each(contentRules.map((r) => [r.id, r] as const))('%s refuses at least one case of the bad-content corpus, and passes the valid corpus', (id) => {
    const refusedBy = badContent.filter((c) => checkContent(memorySource(filesOf(c.name))).some((p) => p.rule === id));
    expect(refusedBy.map((c) => c.name), `add a case for ${id} to tests/fixtures/bad-content.ts`).not.toEqual([]);
    expect(checkContent(memorySource(validFiles())).filter((p) => p.rule === id)).toEqual([]);
  });

  it('check the Markdown syntax tree: code that shows <script> and prose that says "without JavaScript:" pass', () => {
    const files = validFiles();
    patch.append(files, `${memo}/en.md`, '\nThe page works without JavaScript: every link is plain.\n\n```html\n<script>alert(1)</script>\n```\n\nInline `<iframe>` and `onload=` are code too.\n');
    patch.append(files, `${memo}/fr.md`, '\nLa page fonctionne sans JavaScript : chaque lien est ordinaire.\n');
    expect(checkContent(memorySource(files))).toEqual([]);
  });
});
