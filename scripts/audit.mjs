/**
 * npm run audit — Lighthouse (mobile settings, simulated slow 4G) on each page type in both
 * languages, served from out/ as `npm start` serves it, with Debian's chromium. Prints a table
 * (also written to reports/audit.md) and fails when a target or budget is missed:
 * Performance, Accessibility, Best Practices, SEO 100; a first visit of at most 45 KB (HTML,
 * CSS, fonts and scripts as the browser receives them: compressed, with their response headers;
 * from Lighthouse's network-requests audit); ≤ 150 KB of gzipped JavaScript and ≤ 350 KB
 * transferred in all. Build first (npm run build). `npm run audit -- /fr/ /en/rollout/` audits
 * only the pages given (to measure one again in a quiet moment).
 *
 * Plain JavaScript on purpose: Lighthouse sends functions to the browser as source text, and
 * tsx's compiled output adds helpers (__name) that do not exist there.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const port = 3500;
const origin = `http://localhost:${port}`;
const out = path.resolve('out');

/** One page of each type in each language, read from the export. */
/** @returns {{ type: string, url: string, noindex?: boolean }[]} */
function pagesToAudit() {
  const first = (dir) => fs.readdirSync(path.join(out, dir), { withFileTypes: true }).find((d) => d.isDirectory()).name;
  return [
    { type: 'language choice', url: '/', noindex: true },
    { type: 'home', url: '/en/' },
    { type: 'home', url: '/fr/' },
    { type: 'memo index', url: '/en/memos/' },
    { type: 'memo index', url: '/fr/notes-de-service/' },
    { type: 'memo', url: `/en/memos/${first('en/memos')}/` },
    { type: 'memo', url: `/fr/notes-de-service/${first('fr/notes-de-service')}/` },
    { type: 'region index', url: '/en/regions/' },
    { type: 'region index', url: '/fr/regions/' },
    { type: 'region', url: '/en/regions/kingston-pembroke/' },
    { type: 'region', url: '/fr/regions/kingston-pembroke/' },
    { type: 'rollout', url: '/en/rollout/' },
    { type: 'rollout', url: '/fr/deploiement/' },
    { type: 'open data', url: '/en/open-data/' },
    { type: 'open data', url: '/fr/donnees-ouvertes/' },
    { type: 'search', url: '/en/search/', noindex: true },
    { type: 'search', url: '/fr/recherche/', noindex: true },
    { type: 'find your region', url: '/en/find-your-region/' },
    { type: 'find your region', url: '/fr/trouver-votre-region/' },
    { type: 'about', url: '/en/about/' },
    { type: 'about', url: '/fr/a-propos/' },
    { type: "what's new", url: '/en/whats-new/' },
    { type: "what's new", url: '/fr/quoi-de-neuf/' },
    // Lighthouse does not audit a response with status 404: the same page (404.html) is audited
    // at its own address (out/404/index.html), where it is served with status 200.
    { type: '404', url: '/404/', noindex: true },
  ];
}

const kb = (bytes) => Math.round(bytes / 1024);
const kb1 = (bytes) => (bytes / 1024).toFixed(1);
const firstVisitBudget = 45 * 1024;
/** What a first visit downloads to show the page, by Lighthouse's resource types. */
const firstVisitTypes = { Document: 'html', Stylesheet: 'css', Font: 'fonts', Script: 'js' };

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/en/`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the static server did not start');
}

async function main() {
  if (!fs.existsSync(path.join(out, 'en/index.html'))) throw new Error('No out/: run npm run build first.');
  const server = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/serve.ts', 'out', '--listen', String(port)], { stdio: 'ignore' });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows = [];
  let failures = 0;
  try {
    await waitForServer();
    const only = process.argv.slice(2);
    for (const page of pagesToAudit().filter((p) => only.length === 0 || only.includes(p.url))) {
      const result = await lighthouse(`${origin}${page.url}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // Pages kept out of search engines on purpose are not marked down for it.
        skipAudits: page.noindex ? ['is-crawlable'] : [],
      });
      const lhr = result.lhr;
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const requests = lhr.audits['network-requests']?.details?.items ?? [];
      const total = requests.reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
      const bytes = { html: 0, css: 0, fonts: 0, js: 0 };
      for (const r of requests) if (firstVisitTypes[r.resourceType]) bytes[firstVisitTypes[r.resourceType]] += r.transferSize ?? 0;
      const firstVisit = bytes.html + bytes.css + bytes.fonts + bytes.js;
      const js = bytes.js;
      const cls = lhr.audits['cumulative-layout-shift'].numericValue ?? 0;
      const scores = { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
      const missed = [
        scores.performance < 100 && 'performance < 100',
        scores.accessibility < 100 && 'accessibility < 100',
        scores.bestPractices < 100 && 'best practices < 100',
        scores.seo < 100 && 'SEO < 100',
        firstVisit > firstVisitBudget && `first visit ${kb1(firstVisit)} KB > 45 KB`,
        js > 150 * 1024 && 'JS > 150 KB',
        total > 350 * 1024 && 'transfer > 350 KB',
      ].filter(Boolean);
      if (missed.length > 0) {
        failures++;
        // Binary audits that failed, and the performance metrics that cost points.
        const failed = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || lhr.categories.performance.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0)))
          .map((a) => (a.scoreDisplayMode === 'binary' ? a.id : `${a.id} ${a.displayValue ?? ''} (${Math.round(a.score * 100)})`));
        console.error(`✖ ${page.url}: ${missed.join(', ')}${failed.length ? ` (failing audits: ${failed.join(', ')})` : ''}`);
      }
      const lcp = Math.round(lhr.audits['largest-contentful-paint'].numericValue ?? 0);
      rows.push(
        `| ${page.type} | \`${page.url}\` | ${scores.performance} | ${scores.accessibility} | ${scores.bestPractices} | ${scores.seo}${page.noindex ? '¹' : ''} | ${(lcp / 1000).toFixed(1)} s | ${cls.toFixed(3)} | **${kb1(firstVisit)} KB** | ${kb1(bytes.html)} | ${kb1(bytes.css)} | ${kb1(bytes.fonts)} | ${kb1(js)} | ${kb(total)} KB |`,
      );
      console.log(rows.at(-1));
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} with Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} (mobile, simulated slow 4G), Chromium, \`npm start\` headers:`,
    '',
    '| page type | URL | Perf. | A11y | Best pr. | SEO | LCP | CLS | first visit² | HTML | CSS | fonts | JS | transferred |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    '¹ kept out of search engines on purpose (`noindex`); Lighthouse\'s "is crawlable" audit is skipped for it.',
    '² HTML, CSS, fonts and scripts as the browser receives them (compressed, response headers included), in KB of 1024 bytes (the four columns after it are its parts); budget 45 KB. "transferred" counts every request.',
  ].join('\n');
  fs.mkdirSync('reports', { recursive: true });
  fs.writeFileSync('reports/audit.md', `${table}\n`);
  console.log(`\n${table}\n`);
  if (failures > 0) {
    console.error(`✖ ${failures} page(s) missed a target or budget.`);
    process.exit(1);
  }
  console.log('✔ every page type meets the targets and budgets.');
}

void main();
