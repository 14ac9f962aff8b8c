import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorEnv, copyProject, root } from './project-copy';

/**
 * A member of staff publishes a memo end to end, in a copy of the project (so the real content,
 * .contentlayer and out/ are never touched): scaffold it with `npm run new:memo`, see the check
 * refuse it until it is filled in, fill it in, and build the site.
 */
const project = path.join(root, '.integration/publish-new-memo');
const memoDir = path.join(project, 'content/memos/2026-11-20-phase-3-engagement-update');
const env = authorEnv(project, { ROLLOUT_AS_OF: '2026-12-07' });

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: project, env, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const out = (...parts: string[]) => fs.readFileSync(path.join(project, 'out', ...parts), 'utf8');

function edit(file: string, replacements: [string | RegExp, string][]) {
  let text = fs.readFileSync(file, 'utf8');
  for (const [from, to] of replacements) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${file}: nothing matched ${from}`);
    text = next;
  }
  fs.writeFileSync(file, text);
}

let scaffold: ReturnType<typeof run>;
let checkBeforeFilling: ReturnType<typeof run>;
let checkAfterFilling: ReturnType<typeof run>;
let build: ReturnType<typeof run>;
let scaffoldedFrench: string;

beforeAll(() => {
  copyProject('publish-new-memo');

  scaffold = run('npm', ['run', 'new:memo', '--silent', '--', '--date', '2026-11-20', '--name', 'phase-3-engagement-update', '--published-on-site', '2026-11-20']);
  checkBeforeFilling = run('npm', ['run', 'check:content', '--silent']);
  scaffoldedFrench = fs.readFileSync(path.join(memoDir, 'index.fr.md'), 'utf8');

  // The memo's facts, at the end of the French text's front matter.
  edit(path.join(memoDir, 'index.fr.md'), [
    [
      /^# originalDocuments:\n#   - language: fr\n#     url: https:\/\/www\.example\.org\/replace-with-the-address-of-the-original\.pdf$/m,
      'originalDocuments:\n  - language: fr\n    url: https://www.example.org/memo-2026-11-20-fr.pdf',
    ],
    [
      /^statements:$/m,
      'statements:\n  - milestone: competition\n    regions: [toronto]\n    date: 2027-03\n    precision: by-end-of-month\n    status: planned',
    ],
    [/^changes:$/m, 'changes:\n  - date: 2026-11-21\n    note:\n      en: Added the link to the original.\n      fr: Ajout du lien vers l’original.'],
  ]);
  edit(path.join(memoDir, 'index.fr.md'), [
    ['title: ""', 'title: "Mobilisation dans la phase 3"'],
    ['slug: ""', 'slug: mobilisation-phase-3'],
    ['summary: ""', 'summary: "Le ministère annonce un appel de propositions pour Toronto."'],
    ['from: ""', 'from: "Jody Young, sous-ministre adjointe"'],
    ['printedDate: ""', 'printedDate: "le 20 novembre 2026"'],
    [/<!--[\s\S]*-->/, 'Madame, Monsieur,\n\nLe processus concurrentiel pour Toronto commencera au printemps 2027.'],
  ]);
  edit(path.join(memoDir, 'index.en.md'), [
    ['title: ""', 'title: "Engagement in Phase 3"'],
    ['summary: ""', 'summary: "The ministry announces a call for proposals for Toronto."'],
    ['from: ""', 'from: "Jody Young, Assistant Deputy Minister"'],
    ['printedDate: ""', 'printedDate: "November 20, 2026"'],
    [/<!--[\s\S]*-->/, 'Dear partners,\n\nThe competitive process for Toronto will begin in spring 2027.'],
  ]);
  checkAfterFilling = run('npm', ['run', 'check:content', '--silent']);
  build = run('npm', ['run', 'build', '--silent']);
}, 300_000);

describe('publishing a new memo', () => {
  it('npm run new:memo scaffolds index.fr.md (with the memo’s facts) and index.en.md with what it can fill in', () => {
    expect(scaffold.status, scaffold.output).toBe(0);
    expect(fs.readdirSync(memoDir).sort()).toEqual(['index.en.md', 'index.fr.md']);
    expect(scaffoldedFrench).toMatch(/^publishedOnSite: 2026-11-20$/m);
    expect(fs.readFileSync(path.join(memoDir, 'index.en.md'), 'utf8')).not.toMatch(/^publishedOnSite:/m);
  });

  it('the check refuses the scaffold until the title, summary, slug, printed header rows and body are filled in', () => {
    expect(checkBeforeFilling.status).toBe(1);
    for (const expected of [
      'index.en.md:2 — title:',
      'index.fr.md:3 — slug:',
      'index.en.md:4 — summary:',
      'index.fr.md:10 — from:',
      'index.en.md:11 — printed date (printedDate):',
      // The body starts on the line after the front matter's closing "---", below the memo's facts.
      `index.fr.md:${scaffoldedFrench.split('\n').indexOf('---', 1) + 2} — body: is empty`,
    ]) {
      expect(checkBeforeFilling.output).toContain(expected);
    }
    // No address is invented: the original's and the printed addresses are commented out.
    expect(checkBeforeFilling.output).not.toContain('is still the placeholder');
  });

  it('the filled-in memo passes the check and the site builds', () => {
    expect(checkAfterFilling.status, checkAfterFilling.output).toBe(0);
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('appears on the built site in both languages, first in the memo index', () => {
    const fr = out('fr/notes-de-service/mobilisation-phase-3/index.html');
    expect(fr).toContain('Mobilisation dans la phase 3');
    expect(fr).toContain('Note de service');
    expect(fr).toMatch(/<time datetime="2026-11-20">le 20 novembre 2026<\/time>/i);
    const en = out('en/memos/phase-3-engagement-update/index.html');
    expect(en).toContain('Engagement in Phase 3');
    expect(en).toContain('href="/fr/notes-de-service/mobilisation-phase-3/"');
    const index = out('en/memos/index.html');
    expect(index.indexOf('Engagement in Phase 3')).toBeLessThan(index.indexOf('Employment Services Transformation Update'));
  });

  it('shows its change note as history, in "Date modified", and in the feed', () => {
    const en = out('en/memos/phase-3-engagement-update/index.html');
    expect(en).toContain('Change history');
    expect(en).toContain('Added the link to the original.');
    expect(en).toMatch(/Date modified:.*2026-11-21/s);
    expect(out('en/feed.xml')).toContain('Updated: Engagement in Phase 3');
  });

  it("updates the timeline of the region its statement names", () => {
    const toronto = out('en/regions/toronto/index.html');
    expect(toronto).toContain('by the end of March 2027');
    expect(toronto).toContain('Engagement in Phase 3');
  });
});
