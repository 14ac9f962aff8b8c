import { describe, expect, it } from 'vitest';
import { getMemos, type MemoView } from '@/lib/content/documents';
import { getRegions, getStatements, type RegionView } from '@/lib/rollout/regions';
import { statementSchema } from '@/lib/content/schemas/statement';
import { locales } from '@/lib/i18n/locales';
import { feedPath, pathFor } from '@/lib/web/routes';
import type { SourceRef } from '@/lib/rollout/sources';
import { deriveRegionTimeline, type SourcedStatement } from '@/lib/rollout/timeline';
import { buildWhatsNew, compareItems, timelineEffects, type WhatsNewContent, type WhatsNewItem } from '@/lib/outputs/whats-new';

/*
 * "What's new": every change to what the site says, newest first, in one ordering; what a
 * source changed for each region comes from the timeline derivation itself.
 */

const asOf = '2026-12-02';
const published = (locale: 'en' | 'fr' = 'en') => buildWhatsNew(locale, undefined, asOf);
const itemById = (items: WhatsNewItem[], id: string) => {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
};

describe("what's new, at its address", () => {
  it('lives at /en/whats-new/ and /fr/quoi-de-neuf/, with its feed beside it', () => {
    expect(pathFor({ kind: 'whatsNew' }, 'en')).toBe('/en/whats-new/');
    expect(pathFor({ kind: 'whatsNew' }, 'fr')).toBe('/fr/quoi-de-neuf/');
    expect(feedPath({ kind: 'whatsNew' }, 'fr')).toBe('/fr/quoi-de-neuf/feed.xml');
  });
});

describe("what's new, on the published content", () => {
  const items = published();

  it('lists every memo and every reference once, newest first, in the one ordering', () => {
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const memo of getMemos('en')) expect(ids).toContain(`memo-${memo.id}`);
    const references = new Set(getStatements().filter((s) => s.source.kind === 'reference').map((s) => s.source.id));
    for (const reference of references) expect(ids).toContain(`reference-${reference}`);
    expect(items.map((i) => i.day)).toEqual(items.map((i) => i.day).sort().reverse());
    expect([...items].sort(compareItems).map((i) => i.id)).toEqual(ids);
  });

  it('holds the same items in the same order in both languages, each in its language', () => {
    const french = published('fr');
    expect(french.map((i) => [i.id, i.day])).toEqual(items.map((i) => [i.id, i.day]));
    expect(itemById(french, 'memo-2022-09-22-catchment-phasing-update')).toMatchObject({
      label: 'Nouvelle note de service',
      href: '/fr/notes-de-service/renouvellement-services-emploi-septembre-2022/',
    });
    expect(itemById(french, 'memo-2022-09-22-catchment-phasing-update').regions.map((r) => r.href)).toContain('/fr/regions/nord-est/');
  });

  it('dates each memo and source by the day this site published it, with its own date beside it', () => {
    const windsor = itemById(items, 'reference-windsor-star-2023-03-09');
    expect(windsor).toMatchObject({ day: '2026-11-24', text: 'Windsor Star', ownDate: 'Date of the source: March 9, 2023.' });
    const gateway = itemById(items, 'reference-eopg-province-wide-rollout');
    expect(gateway).toMatchObject({ day: '2026-11-22', ownDate: 'Date of the source: no date given (consulted December 2, 2026).' });
    const boreal = itemById(items, 'reference-msdsb-college-boreal-northeast-ssm');
    expect(boreal.day).toBe('2026-12-02');
    const memo = itemById(items, 'memo-2022-09-22-catchment-phasing-update');
    expect(memo).toMatchObject({ day: '2026-11-22', ownDate: 'Date of the memo: September 22, 2022.' });
    expect(itemById(published('fr'), 'memo-2022-09-22-catchment-phasing-update').ownDate).toBe('Date de la note de service\u00a0: 22 septembre 2022.');
  });

  it('announces the corrections of the fact-check as change notes of the regions they changed, on the day they were made', () => {
    const corrected = items.filter((i) => i.kind === 'region-change' && i.day === '2026-12-02').map((i) => i.regions[0].regionId);
    expect(corrected.sort()).toEqual(['halton', 'kingston-pembroke', 'northeast', 'northwest', 'stratford-bruce-peninsula', 'toronto', 'york']);
  });

  it('says what the 22 September 2022 memo changed for Kingston–Pembroke, and links the region', () => {
    const memo = itemById(items, 'memo-2022-09-22-catchment-phasing-update');
    expect(memo).toMatchObject({ day: '2026-11-22', label: 'New memo', href: '/en/memos/employment-services-transformation-update-september-2022/' });
    const kingston = memo.regions.find((r) => r.regionId === 'kingston-pembroke')!;
    expect(kingston.href).toBe('/en/regions/kingston-pembroke/');
    expect(kingston.effects.map((e) => [e.milestone, e.kind])).toEqual([
      ['ssm-selected', 'changed'],
      ['planning-period', 'added'],
      ['transition-period', 'changed'],
      ['ow-referrals-start', 'added'],
    ]);
    expect(kingston.effects[0].text).toBe(
      'Service system manager selected: now Serco Canada Inc., September 22, 2022 (confirmed); before, end of April 2022 (expected at the time).',
    );
  });

  it('names the entries a source only supports together, on one line after its changes', () => {
    const halton = itemById(items, 'reference-eopg-province-wide-rollout').regions.find((r) => r.regionId === 'halton')!;
    // The release of March 9, 2023 was published on this site two days after the Gateway table: the table came first.
    expect(halton.lines).toEqual([
      'Service system manager selected: now Fedcap Canada, date not given (confirmed); before, end of April 2022 (expected at the time).',
      'Planning and transition: April 2022 – March 2023 (confirmed). New on the timeline.',
      'Integrated employment services begin: April 2023 (confirmed). New on the timeline.',
      'Supports what the timeline already said: Rollout phase set.',
    ]);
    const halte = itemById(published('fr'), 'reference-eopg-province-wide-rollout').regions.find((r) => r.regionId === 'halton')!;
    expect(halte.lines.at(-1)).toBe('Appuie ce que le calendrier indiquait déjà\u00a0: Phase de déploiement fixée.');
  });

  it('puts together the regions an item changed alike, each still linked', () => {
    const memo = itemById(items, 'memo-2022-03-17-provincial-rollout-update');
    expect(memo.groups.map((g) => g.regions.map((r) => r.regionId).sort())).toEqual([
      ['halton', 'kingston-pembroke', 'stratford-bruce-peninsula', 'york'],
      ['durham', 'kitchener-waterloo-barrie', 'london', 'ottawa', 'windsor-sarnia'],
    ]);
    expect(memo.groups.flatMap((g) => g.regions.map((r) => r.href)).sort()).toEqual(memo.regions.map((r) => r.href).sort());
    for (const group of memo.groups) for (const region of group.regions) expect(memo.regions.find((r) => r.regionId === region.regionId)!.lines).toEqual(group.lines);
  });

  it('tells a source that repeats a fact from one that changes it (the Windsor Star and the release of the same day)', () => {
    const windsor = (id: string) => itemById(items, id).regions.find((r) => r.regionId === 'windsor-sarnia')!.effects;
    expect(windsor('reference-windsor-star-2023-03-09').map((e) => e.kind)).toEqual(['changed']);
    expect(windsor('reference-ontario-news-release-2023-03-09').map((e) => e.kind)).toEqual(['supports']);
  });

  it('accounts for every entry of every region page: read from the bottom up, some item added it', () => {
    for (const region of getRegions()) {
      const added = new Set(items.flatMap((i) => i.regions.filter((r) => r.regionId === region.id).flatMap((r) => r.effects.filter((e) => e.kind === 'added').map((e) => e.milestone))));
      const page = deriveRegionTimeline(region.id, getStatements(), asOf).map((e) => e.milestone);
      expect(page.filter((m) => !added.has(m)), region.id).toEqual([]);
    }
  });
});

/* A small corpus of its own: two regions, a memo with change notes, and sources that disagree. */

const source = (id: string, dates: { published?: string; consulted?: string; publishedOnSite?: string }, kind: SourceRef['kind'] = 'reference'): SourceRef => ({
  kind,
  id,
  // Published on this site on its own day, else on the day it was consulted (else the first day of its month or year).
  publishedOnSite: dates.published?.length === 10 ? dates.published : (dates.consulted ?? `${dates.published}-01-01`.slice(0, 10)),
  ...dates,
  title: { en: { text: `Title ${id}`, lang: 'en', isDescription: false }, fr: { text: `Title ${id}`, lang: 'en', isDescription: false } },
  publisher: { en: 'Publisher', fr: 'Éditeur' },
  href: { en: `https://example.org/${id}`, fr: `https://example.org/${id}` },
});

const statement = (fields: Record<string, unknown>, src: SourceRef): SourcedStatement => ({
  ...statementSchema.parse({ regions: ['york'], status: 'confirmed', milestone: 'ssm-selected', ...fields }),
  source: src,
});

function corpus(): WhatsNewContent {
  // The regions without their published change notes: this corpus has its own.
  const regions = getRegions().filter((r) => r.id === 'york' || r.id === 'halton').map((r) => ({ ...r, changes: [] }));
  const york = regions.find((r) => r.id === 'york')!;
  const [memo] = getMemos('en');
  const memoSource = source(memo.id, { published: memo.date }, 'memo');
  const changedMemo: MemoView = {
    ...memo,
    // Published on the site on its own day, as its source is in this corpus.
    publishedOnSite: memo.date,
    regionIds: ['york'],
    changes: [
      { date: '2023-06-01', note: { en: 'Corrected the date.', fr: 'Date corrigée.' } },
      { date: '2023-06-01', note: { en: 'Fixed a typo.', fr: 'Coquille corrigée.' } },
    ],
  };
  const changedRegion: RegionView = { ...york, changes: [{ date: '2023-06-01', note: { en: 'Added a source.', fr: 'Source ajoutée.' } }] };
  return {
    memos: [changedMemo],
    regions: regions.map((r) => (r.id === 'york' ? changedRegion : r)),
    statements: [
      statement({ date: '2022-04', precision: 'end-of-month', status: 'planned' }, memoSource),
      statement({ date: '2023-06-01', regions: ['york', 'halton'] }, source('dated-news', { published: '2023-06-01' })),
      // A living page, undated, that gives another date: shown as disagreeing, never ranked.
      statement({ date: '2023-09' }, source('undated-page', { consulted: '2024-01-10' })),
    ],
  };
}

describe("what's new, on a corpus of its own", () => {
  const items = buildWhatsNew('en', corpus(), asOf);

  it('lists change notes dated by their date, linking the change history and the regions concerned', () => {
    const memoChanges = items.filter((i) => i.kind === 'memo-change');
    expect(memoChanges.map((i) => i.id)).toEqual([`change-memo-${getMemos('en')[0].id}-2023-06-01`, `change-memo-${getMemos('en')[0].id}-2023-06-01-2`]);
    expect(memoChanges[0]).toMatchObject({ day: '2023-06-01', label: 'Memo updated', text: 'Corrected the date.' });
    expect(memoChanges[0].href).toMatch(/^\/en\/memos\/.+\/#change-history$/);
    expect(memoChanges[0].regions.map((r) => [r.name, r.href, r.effects])).toEqual([['York', '/en/regions/york/', []]]);
    const regionChange = itemById(items, 'change-region-york-2023-06-01');
    expect(regionChange).toMatchObject({ label: 'Region page updated', title: 'York', href: '/en/regions/york/#change-history', text: 'Added a source.' });
  });

  it('breaks ties of one day stably: change notes, then memos, then other sources, each by id', () => {
    expect(items.filter((i) => i.day === '2023-06-01').map((i) => i.kind)).toEqual(['memo-change', 'memo-change', 'region-change', 'source']);
    const reversed = corpus();
    reversed.statements.reverse();
    reversed.regions.reverse();
    expect(buildWhatsNew('en', reversed, asOf).map((i) => i.id)).toEqual(items.map((i) => i.id));
  });

  it('shows a source without a date of its own that says otherwise as disagreeing, the timeline keeping the dated fact', () => {
    const undated = itemById(items, 'reference-undated-page');
    expect(undated.day).toBe('2024-01-10');
    expect(undated.regions.map((r) => r.regionId)).toEqual(['york']);
    const [effect] = undated.regions[0].effects;
    expect(effect.kind).toBe('disagrees');
    expect(effect.text).toBe(
      'Service system manager selected: September 2023 (confirmed). Says otherwise; the timeline keeps June 1, 2023 (confirmed), from a source with a date of its own.',
    );
  });

  it('shows a plan confirmed later as changed, and a region the source names for the first time as added', () => {
    const news = itemById(items, 'reference-dated-news');
    expect(Object.fromEntries(news.regions.map((r) => [r.regionId, r.effects.map((e) => e.kind)]))).toEqual({ halton: ['added'], york: ['changed'] });
    expect(news.regions.find((r) => r.regionId === 'york')!.effects[0].text).toBe(
      'Service system manager selected: now June 1, 2023 (confirmed); before, end of April 2022 (expected at the time).',
    );
  });

  it('keeps a source that a newer one already outranks as an earlier statement', () => {
    const older = source('older', { published: '2022-01' });
    const newer = source('newer', { published: '2023-01-15' });
    const effects = timelineEffects('york', older, [statement({ date: '2023-01-15' }, newer)], [statement({ date: '2022-01', status: 'planned' }, older)], asOf, 'en');
    expect(effects.map((e) => e.kind)).toEqual(['earlier']);
    expect(effects[0].text).toContain('Kept as an earlier statement: a newer source says January 15, 2023 (confirmed).');
  });

  it('is built in every language', () => {
    for (const locale of locales) expect(buildWhatsNew(locale, corpus(), asOf)).toHaveLength(items.length);
  });
});

/*
 * The list is computed from each item's regions and a position map rather than by filtering
 * every statement for every item (lib/outputs/whats-new.ts): it must say exactly what the definition
 * says, on a corpus large and tangled enough to tell them apart.
 */
describe("what's new, against its definition", () => {
  const milestones = ['engagement', 'competition', 'integrated-services-launch', 'ow-referrals-start'] as const;
  const regionIds = ['york', 'halton', 'durham'];
  // A deterministic tangle: sources on shared days, dated and undated, several regions each.
  const sources = Array.from({ length: 40 }, (_, i) =>
    source(`s${String(i).padStart(2, '0')}`, i % 7 === 0 ? { consulted: '2024-01-10' } : { published: `202${1 + (i % 3)}-0${1 + (i % 9)}${i % 2 ? '-15' : ''}` }),
  );
  const statements = sources.flatMap((src, i) =>
    [0, 1].map((k) =>
      statement(
        {
          milestone: milestones[(i + k) % milestones.length],
          regions: regionIds.filter((_, r) => (i + k + r) % 2 === 0),
          date: `202${2 + ((i * (k + 1)) % 3)}-0${1 + ((i + k) % 9)}`,
          status: i % 3 === 0 ? 'planned' : 'confirmed',
        },
        src,
      ),
    ),
  );
  const content: WhatsNewContent = { memos: [], regions: getRegions().filter((r) => regionIds.includes(r.id)).map((r) => ({ ...r, changes: [] })), statements };

  it('measures every source against all the statements of the sources listed below it', () => {
    const items = buildWhatsNew('en', content, asOf);
    expect(items.length).toBe(sources.length);
    const keyOf = (s: SourceRef) => `${s.kind}:${s.id}`;
    items.forEach((item, index) => {
      const below = new Set(items.slice(index + 1).map((i) => i.id.replace(/^reference-/, 'reference:')));
      const own = statements.filter((s) => `reference-${s.source.id}` === item.id);
      const before = statements.filter((s) => below.has(keyOf(s.source)));
      for (const region of item.regions) {
        const expected = own.some((s) => s.regions.includes(region.regionId)) ? timelineEffects(region.regionId, own[0].source, before, own, asOf, 'en') : [];
        expect(region.effects, `${item.id} in ${region.regionId}`).toEqual(expected);
      }
    });
    // The tangle is real: some sources change, support or disagree with what was below them.
    const kinds = new Set(items.flatMap((i) => i.regions.flatMap((r) => r.effects.map((e) => e.kind))));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['added', 'changed']));
  });
});
