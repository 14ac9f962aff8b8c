import fs from 'node:fs';
import path from 'node:path';

/** Reads the built export (out/) to learn which pages exist, so tests grow with the content. */
const outDir = path.join(__dirname, '../../out');

function htmlPaths(dir = outDir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlPaths(full);
    return entry.name === 'index.html' ? [`/${path.relative(outDir, dir).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/')] : [];
  });
}

/** Every page that belongs to one language: /en/… and /fr/… */
export const localizedPages = htmlPaths().filter((p) => /^\/(en|fr)\//.test(p)).sort();

function firstChild(section: string): string {
  const dir = path.join(outDir, section);
  const child = fs.readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory());
  if (!child) throw new Error(`No pages under ${section}`);
  return `/${section}/${child.name}/`;
}

/** One URL of each kind of page, in each language. */
export const pageTypes = {
  'language choice': ['/'],
  home: ['/en/', '/fr/'],
  'memo index': ['/en/memos/', '/fr/notes-de-service/'],
  memo: [firstChild('en/memos'), firstChild('fr/notes-de-service')],
  about: ['/en/about/', '/fr/a-propos/'],
  'accessibility statement': ['/en/accessibility/', '/fr/accessibilite/'],
  'region index': ['/en/regions/', '/fr/regions/'],
  region: ['/en/regions/kingston-pembroke/', '/fr/regions/nord-est/'],
  'find your region': ['/en/find-your-region/', '/fr/trouver-votre-region/'],
  rollout: ['/en/rollout/', '/fr/deploiement/'],
  'open data': ['/en/open-data/', '/fr/donnees-ouvertes/'],
  search: ['/en/search/', '/fr/recherche/'],
  "what's new": ['/en/whats-new/', '/fr/quoi-de-neuf/'],
  '404': ['/en/this-page-does-not-exist/'],
} as const;

export const pageTypeUrls = Object.entries(pageTypes).flatMap(([type, urls]) => urls.map((url) => ({ type, url })));

/** Region pages in one language, from the export. */
export function regionPages(locale: 'en' | 'fr'): string[] {
  const dir = path.join(outDir, locale, 'regions');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `/${locale}/regions/${d.name}/`)
    .sort();
}

/** Every external URL the content cites (references), to check source links against. */
export function referenceUrls(): Set<string> {
  const dir = path.join(__dirname, '../../content/references');
  const urls = fs
    .readdirSync(dir)
    .flatMap((file) => [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/https?:\/\/\S+/g)].map((m) => m[0]));
  return new Set(urls);
}

/** Whether a root-relative path is a file of the export (directories by their index.html). */
export function existsInOut(pathname: string): boolean {
  const file = path.join(outDir, decodeURIComponent(pathname));
  return fs.existsSync(pathname.endsWith('/') ? path.join(file, 'index.html') : file);
}

export function readOut(pathname: string): string {
  return fs.readFileSync(path.join(outDir, pathname), 'utf8');
}
