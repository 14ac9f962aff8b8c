import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse as parseHtml } from 'parse5';
import { parse as parseYaml } from 'yaml';

/**
 * The fact-check of French typography in everything the site publishes in French (issue 23): no
 * composed French sentence has a plain or missing space before « : ; ! ? », a span reads
 * « du 10 au 12 mai 2023 », and the apostrophe is ’ — in pages, feeds, calendars and open data.
 * English text inside a French output is left out: elements marked lang="en", and the titles of
 * sources published in English (quoted as published).
 */

const outDir = path.join(__dirname, '../../out');
const referencesDir = path.join(__dirname, '../../content/references');

/** Titles of sources published in English only: English typography, quoted as published. */
const englishTitles = fs
  .readdirSync(referencesDir)
  .map((file) => parseYaml(fs.readFileSync(path.join(referencesDir, file), 'utf8')) as { title?: unknown; language?: string })
  .flatMap((r) => (typeof r.title === 'string' && r.language === 'en' ? [r.title] : []))
  .sort((a, b) => b.length - a.length);

const withoutEnglishTitles = (text: string) => englishTitles.reduce((t, title) => t.split(title).join(' '), text);

/** Each place in a French text where typography is wrong, with a little context. */
function typographyProblems(text: string, where: string): string[] {
  const clean = withoutEnglishTitles(text);
  const problems: string[] = [];
  const report = (pattern: RegExp, what: string) => {
    for (const m of clean.matchAll(pattern)) problems.push(`${where}: ${what} in “…${clean.slice(Math.max(0, m.index! - 25), m.index! + 10)}…”`);
  };
  // Punctuation followed by a space (or the end): a space that cannot break must come before it.
  report(/(?<![\u00a0\u202f])[:;!?](?=[\s»)]|$)/g, 'a plain or missing space before : ; ! ?');
  report(/\p{L}'\p{L}/gu, 'a straight apostrophe');
  report(/\bdes \d{1,2}(er)? au \d/g, '« des … au … » for « du … au … »');
  report(/(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4} – /g, 'a span written with a dash, not « de … à … »');
  return problems;
}

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

/** The French text of a page: its text nodes and the texts of its attributes, outside English elements, code and scripts. */
function frenchTextOf(html: string): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
    const lang = attr('lang');
    if (lang && !lang.startsWith('fr')) return;
    if (['script', 'style', 'code', 'pre'].includes(node.nodeName)) return;
    if (node.nodeName === '#text' && node.value) texts.push(node.value);
    for (const name of ['aria-label', 'title', 'alt']) if (attr(name)) texts.push(attr(name)!);
    if (node.nodeName === 'meta' && ['description', 'og:description', 'og:title'].includes(attr('name') ?? attr('property') ?? '')) texts.push(attr('content') ?? '');
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parseHtml(html) as unknown as Node);
  return texts;
}

function files(dir: string, keep: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name), keep) : keep(d.name) ? [path.join(dir, d.name)] : []));
}

const relative = (file: string) => path.relative(outDir, file);
const frenchDir = path.join(outDir, 'fr');

test('fact-check: no French page has a plain or missing space before « : ; ! ? », a straight apostrophe or a span not written « du … au … »', () => {
  const pages = files(frenchDir, (n) => n === 'index.html');
  expect(pages.length).toBeGreaterThan(25);
  const problems = pages.flatMap((file) => frenchTextOf(fs.readFileSync(file, 'utf8')).flatMap((text) => typographyProblems(text, relative(file))));
  expect(problems).toEqual([]);
});

test('fact-check: no French feed has a plain or missing space before « : ; ! ? » or a straight apostrophe, in its titles, summaries or content', () => {
  const feeds = files(frenchDir, (n) => n === 'feed.xml');
  expect(feeds.length).toBe(17);
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text' });
  const problems = feeds.flatMap((file) => {
    const { feed } = xml.parse(fs.readFileSync(file, 'utf8'));
    const entries = [feed.entry ?? []].flat() as Record<string, unknown>[];
    const text = (value: unknown) => (typeof value === 'string' ? value : ((value as { '#text'?: string })?.['#text'] ?? ''));
    const texts = [text(feed.title), text(feed.subtitle), ...entries.flatMap((e) => [text(e.title), text(e.summary), ...frenchTextOf(text(e.content))])];
    return texts.flatMap((t) => typographyProblems(t, relative(file)));
  });
  expect(problems).toEqual([]);
});

test('fact-check: no French calendar has a plain or missing space before « : ; ! ? » or a straight apostrophe, in its event names or descriptions', () => {
  const calendars = files(frenchDir, (n) => n.endsWith('.ics'));
  expect(calendars.length).toBe(16);
  const problems = calendars.flatMap((file) => {
    const component = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
    const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length, relative(file)).toBeGreaterThan(0);
    return events.flatMap((e) => [e.summary, e.description].flatMap((t) => typographyProblems(t ?? '', relative(file))));
  });
  expect(problems).toEqual([]);
});

test('fact-check: no French value of the open data has a plain or missing space before « : ; ! ? » or a straight apostrophe', () => {
  const problems = ['regions', 'statements', 'sources'].flatMap((table) => {
    const rows = JSON.parse(fs.readFileSync(path.join(outDir, 'data', `${table}.json`), 'utf8'))[table] as Record<string, unknown>[];
    return rows.flatMap((row) =>
      Object.entries(row)
        .filter(([key]) => key.endsWith('_fr'))
        .flatMap(([key, value]) => [value].flat().flatMap((v) => (typeof v === 'string' ? typographyProblems(v, `data/${table}.json ${String(row.id ?? row.source_id)} ${key}`) : []))),
    );
  });
  expect(problems).toEqual([]);
});

test('the typography check finds what it looks for (it would fail on the site as it was)', () => {
  expect(typographyProblems('Publication indépendante; ce n’est pas', 'x')).toHaveLength(1);
  expect(typographyProblems('Date : 1er mars', 'x')).toHaveLength(1);
  expect(typographyProblems("l'envoi de la note", 'x')).toHaveLength(1);
  expect(typographyProblems('(décision des 10 au 12 mai 2023)', 'x')).toHaveLength(1);
  expect(typographyProblems('janvier 2020 – décembre 2020', 'x')).toHaveLength(1);
  expect(typographyProblems('Date\u00a0: 1er mars\u202f; https://example.org/?p=1 à 10:30', 'x')).toEqual([]);
});
