import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, memorySource } from '@/lib/check';
import { contentRules } from '@/lib/check/rules';
import { badContent, filesOf } from '../fixtures/bad-content';
import { memo, memoFacts, patch, validFiles } from '../fixtures/content-builder';

/**
 * The contract for adding a content rule (CONTRIBUTING.md): one file in lib/check/rules/, listed
 * in its index, and one case in tests/fixtures/bad-content.ts that it refuses.
 */
describe('content rules', () => {
  // One file per rule, in the folder of its concern: files/, body/ or facts/.
  const rulesDir = path.join(__dirname, '../../lib/check/rules');
  const ruleFiles = fs.readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => fs.readdirSync(path.join(rulesDir, d.name)));

  it('are one file each, in files/, body/ or facts/, every file listed in lib/check/rules/index.ts', () => {
    expect(fs.readdirSync(rulesDir).sort()).toEqual(['body', 'facts', 'files', 'index.ts']);
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
    patch.append(files, `${memo}/index.en.md`, '\nThe page works without JavaScript: every link is plain.\n\n```html\n<script>alert(1)</script>\n```\n\nInline `<iframe>` and `onload=` are code too.\n');
    patch.append(files, `${memo}/index.fr.md`, '\nLa page fonctionne sans JavaScript : chaque lien est ordinaire.\n');
    expect(checkContent(memorySource(files))).toEqual([]);
  });

  it('let a source without a date of its own plan for any day, but confirm only what had happened by the day it was read', () => {
    const files = validFiles();
    files['regions/york/region.yaml'] = 'names:\n  en: York\n  fr: York\nslugs:\n  en: york\n  fr: york\norder: 1\n';
    patch.appendFrontMatter(files, memoFacts, 'statements:\n  - milestone: phase-assigned\n    phase: phase-1\n    regions: [york]\n    status: confirmed\n');
    const page = (status: string, date: string) =>
      `title: A living page\nlanguage: en\npublisher:\n  en: A city\n  fr: Une ville\nurl: https://example.org/page\nconsulted: 2026-12-02\npublishedOnSite: 2026-12-02\nstatements:\n  - milestone: ow-employment-services-to-eo\n    regions: [york]\n    date: ${date}\n    status: ${status}\n`;
    // The City of Toronto's page: undated, in the future tense, for a day before it was read.
    files['references/living-page.yaml'] = page('planned', '2025-03-01');
    expect(checkContent(memorySource(files))).toEqual([]);
    files['references/living-page.yaml'] = page('confirmed', '2027-03-01');
    expect(checkContent(memorySource(files)).map((p) => [p.rule, p.field])).toEqual([['status-fits-source-date', 'statements.0.status']]);
  });
});
