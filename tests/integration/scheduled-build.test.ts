import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildId } from '../../scripts/compare-out';
import { authorEnv, copyProject } from './project-copy';

/**
 * Scheduled publishing (issue 36), end to end: a memo, a source and a region's change note, each
 * scheduled for 2026-12-08 at 09:00 Toronto time, are absent from every output of a build whose
 * now is 08:59 that day, and present in every output of a build whose now is 09:01: pages,
 * sitemap, feeds, calendars, open data, the Pagefind index, what's new and region timelines.
 */

const at = '2026-12-08T09:00';
const memoFolder = 'content/memos/2026-12-08-zephyrine-update';
const markers = { memo: 'Zephyrine update', memoFr: 'Mise à jour Zéphyrine', memoSlug: 'zephyrine-update', reference: 'Zephyrine planning notice', change: 'Zephyrine correction' };

/** The memo's facts, at the end of the French text's front matter. */
const memoFacts = `date: 2026-12-08\npublishedOnSite: ${at}\nsender: jody-young\noriginalLanguage: fr\ntranslatedForSite: [en]\nregions: [york]\nstatements:\n  - milestone: transition-period\n    regions: [york]\n    start: 2027-01\n    end: 2027-06\n    status: planned\n`;
const memoText = (locale: 'en' | 'fr') =>
  locale === 'en'
    ? `---\ntitle: "${markers.memo}"\nslug: ${markers.memoSlug}\nsummary: "A memo scheduled for nine o'clock."\nrecipients: "Employment Ontario partners"\nheading: "Memorandum"\nheaderLabels: { to: "To:", from: "From:", date: "Date:", subject: "Subject:" }\nfrom: "Jody Young, Assistant Deputy Minister"\nprintedDate: "December 8, 2026"\n---\n\nDear partners,\n\nThe transition in York is planned for 2027.\n`
    : `---\ntitle: "${markers.memoFr}"\nslug: mise-a-jour-zephyrine\nsummary: "Une note de service prévue pour neuf heures."\nrecipients: "Partenaires d’Emploi Ontario"\nheading: "Note de service"\nheaderLabels: { to: "Destinataires :", from: "Expéditrice :", date: "Date :", subject: "Objet :" }\nfrom: "Jody Young, sous-ministre adjointe"\nprintedDate: "le 8 décembre 2026"\n${memoFacts}---\n\nMadame, Monsieur,\n\nLa transition à York est prévue en 2027.\n`;
const referenceYaml = `title: "${markers.reference}"\nlanguage: en\npublisher:\n  en: "Halton Region"\n  fr: "Région de Halton"\nurl: https://example.org/zephyrine\npublished: 2026-12-08\nconsulted: 2026-12-08\npublishedOnSite: ${at}\nstatements:\n  - milestone: transition-period\n    regions: [halton]\n    start: 2027-02\n    end: 2027-08\n    status: planned\n`;

let project = '';
type Site = Map<string, string>;
const sites: Record<'before' | 'after', Site> = { before: new Map(), after: new Map() };

/** Every file of out/ as text, Next.js's random build id replaced; Pagefind's fragments are gzip-compressed JSON. */
function readSite(dir: string): Site {
  const id = buildId(dir) ?? 'no build id';
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const bytes = fs.readFileSync(full);
    const text = entry.name.endsWith('.pf_fragment') ? zlib.gunzipSync(bytes.subarray(0)).toString('utf8') : bytes.toString('utf8');
    files.set(path.relative(dir, full).split(path.sep).join('/').replaceAll(id, 'BUILD_ID'), text.replaceAll(id, 'BUILD_ID'));
  }
  return files;
}

const holding = (site: Site, text: string) => [...site].filter(([, content]) => content.includes(text)).map(([file]) => file);

function build(now: string): Site {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: project, env: authorEnv(project, { ROLLOUT_NOW: now }), encoding: 'utf8', timeout: 280_000 });
  expect(result.status, `${result.stdout}${result.stderr}`.slice(-3000)).toBe(0);
  return readSite(path.join(project, 'out'));
}

beforeAll(() => {
  project = copyProject('scheduled-build');
  fs.mkdirSync(path.join(project, memoFolder));
  fs.writeFileSync(path.join(project, memoFolder, 'index.en.md'), memoText('en'));
  fs.writeFileSync(path.join(project, memoFolder, 'index.fr.md'), memoText('fr'));
  fs.writeFileSync(path.join(project, 'content/references/halton-zephyrine-notice.yaml'), referenceYaml);
  const durham = path.join(project, 'content/regions/durham/region.yaml');
  const change = `  - date: 2026-12-08\n    publishedOnSite: ${at}\n    note:\n      en: "${markers.change}: the transition dates are planned."\n      fr: "Correction Zéphyrine : les dates de la transition sont prévues."\n`;
  const region = fs.readFileSync(durham, 'utf8');
  fs.writeFileSync(durham, /^changes:\n/m.test(region) ? region.replace(/^changes:\n/m, `changes:\n${change}`) : `${region}changes:\n${change}`);
  sites.before = build('2026-12-08T08:59');
  sites.after = build('2026-12-08T09:01');
}, 600_000);

describe('an item scheduled for 9:00', () => {
  it('appears nowhere in a build whose now is 8:59: no page, sitemap entry, feed, calendar, open data row, search entry or timeline', () => {
    for (const marker of Object.values(markers)) expect(holding(sites.before, marker), marker).toEqual([]);
    expect(JSON.parse(sites.before.get('build.json')!)).toEqual({ now: '2026-12-08T08:59', timeZone: 'America/Toronto', instant: '2026-12-08T13:59:00.000Z' });
  });

  it('a memo appears in every output of a build whose now is 9:01', () => {
    const memo = holding(sites.after, markers.memo);
    expect(memo).toContain(`en/memos/${markers.memoSlug}/index.html`);
    expect(holding(sites.after, markers.memoFr)).toContain('fr/notes-de-service/mise-a-jour-zephyrine/index.html');
    expect(holding(sites.after, `/en/memos/${markers.memoSlug}/`)).toContain('sitemap.xml');
    expect(memo).toEqual(expect.arrayContaining(['en/feed.xml', 'en/whats-new/index.html', 'en/whats-new/feed.xml', 'en/regions/york/index.html', 'en/regions/york/feed.xml', 'en/regions/york/calendar.ics', 'data/sources.csv', 'data/sources.json']));
    expect(memo.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(holding(sites.after, 'zephyrine').some((file) => file === 'data/statements.csv')).toBe(true);
  });

  it('a source and a change note appear with it, where each belongs', () => {
    expect(holding(sites.after, markers.reference)).toEqual(expect.arrayContaining(['en/regions/halton/index.html', 'en/whats-new/index.html', 'data/sources.csv', 'en/regions/halton/calendar.ics']));
    expect(holding(sites.after, markers.change)).toEqual(expect.arrayContaining(['en/regions/durham/index.html', 'en/whats-new/index.html', 'en/regions/durham/feed.xml']));
  });

  it('changes nothing else: the files that differ are those that show the items, and build.json', () => {
    const shown = new Set([...Object.values(markers), 'zephyrine', 'Zéphyrine'].flatMap((marker) => holding(sites.after, marker)));
    const differing = [...new Set([...sites.before.keys(), ...sites.after.keys()])].filter((file) => sites.before.get(file) !== sites.after.get(file));
    const unexplained = differing.filter((file) => !shown.has(file) && file !== 'build.json' && !file.startsWith('pagefind/'));
    // Pages that list the memo by date or count (the home page, the memo index, neighbours' pagers),
    // and the 404 page, dated by the site's latest change, may differ without the marker.
    expect(unexplained.filter((file) => !/(^|\/)(index\.html|sitemap\.xml|404\.html)$/.test(file))).toEqual([]);
  });
});
