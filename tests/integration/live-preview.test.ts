import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { torontoMinuteAt } from '@/lib/core/toronto-time';
import { authorEnv, copyProject } from './project-copy';
import { freePort } from '../../scripts/free-port';

/**
 * `npm run dev` for authors: a saved memo shows on the open page within seconds, however the
 * editor saves it; a memo with errors is reported in the terminal and on every page, in the
 * page's language, while the page keeps its last good version; the fix takes the notice away.
 * Runs in a copy of the project so the real content is never edited. The page is read as the
 * browser receives it (the preview needs no script to show the notice).
 */
let project = '';
let port = 0;
let page = '';
let frenchPage = '';

const memoFile = () => path.join(project, 'content/memos/2022-09-22-catchment-phasing-update/index.en.md');

let dev: ChildProcess;
let terminal = '';

async function pageText(url = page): Promise<string> {
  // A request the dev server is still compiling (slow when other tests build beside this one)
  // is abandoned and asked again; waitFor keeps its own time.
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      return await response.text();
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Saves as editors that write a new file and rename it over the old one do ("atomic" saves). */
function saveAtomically(file: string, text: string) {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${Date.now()}`);
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

async function waitFor(condition: () => Promise<boolean> | boolean, seconds: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    if (await Promise.resolve(condition()).catch(() => false)) return (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not within ${seconds} s; terminal:\n${terminal.slice(0, 1500)}\n…\n${terminal.slice(-1500)}`);
}

beforeAll(async () => {
  project = copyProject('live-preview');
  port = await freePort();
  page = `http://localhost:${port}/en/memos/`;
  frenchPage = `http://localhost:${port}/fr/notes-de-service/`;
  dev = spawn(path.join(project, 'node_modules/.bin/tsx'), ['scripts/dev.ts', '--port', String(port)], {
    cwd: project,
    env: authorEnv(project),
    detached: true,
  });
  dev.stdout?.on('data', (d) => (terminal += d));
  dev.stderr?.on('data', (d) => (terminal += d));
  await waitFor(async () => (await pageText()).includes('Employment Services Transformation Update'), 120);
}, 150_000);

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
});

describe('live preview with npm run dev', () => {
  it('shows a saved change to a memo on the page within seconds', async () => {
    const text = fs.readFileSync(memoFile(), 'utf8');
    fs.writeFileSync(memoFile(), text.replace('title: "Employment Services Transformation Update"', 'title: "Employment Services Transformation Update (edited)"'));
    const seconds = await waitFor(async () => (await pageText()).includes('Update (edited)'), 20);
    expect(seconds).toBeLessThan(20);
    expect(terminal).toContain('content checked and compiled');
  }, 30_000);

  it('sees every save after an atomic one: the page shows the last of two later edits', async () => {
    const text = fs.readFileSync(memoFile(), 'utf8');
    saveAtomically(memoFile(), text.replace('Update (edited)', 'Update (atomic)'));
    await waitFor(async () => (await pageText()).includes('Update (atomic)'), 20);
    fs.writeFileSync(memoFile(), text.replace('Update (edited)', 'Update (second)'));
    await waitFor(async () => (await pageText()).includes('Update (second)'), 20);
    fs.writeFileSync(memoFile(), text.replace('Update (edited)', 'Update (third)'));
    await waitFor(async () => (await pageText()).includes('Update (third)'), 20);
  }, 70_000);

  it('reports a memo with errors in the terminal and on every page, in its language, and keeps the last good version', async () => {
    const text = fs.readFileSync(memoFile(), 'utf8');
    expect(await pageText()).not.toContain('data-testid="preview-problems"');
    fs.writeFileSync(memoFile(), text.replace(/^title: .*$/m, 'title: ""'));
    await waitFor(() => terminal.includes('the preview keeps its last good version'), 20);
    expect(terminal).toContain('2022-09-22-catchment-phasing-update/index.en.md:2 — title: must not be empty');
    await waitFor(async () => (await pageText()).includes('data-testid="preview-problems"'), 20);
    const html = await pageText();
    expect(html).toContain('This preview is not up to date: the content has 1 problem');
    expect(html).toContain('2022-09-22-catchment-phasing-update/index.en.md:2 — title: must not be empty');
    // The page keeps its last good version beside the notice.
    expect(html).toContain('Employment Services Transformation Update (third)');
    const french = await pageText(frenchPage);
    expect(french).toContain('Cet aperçu n’est pas à jour');
    expect(french).toContain('index.en.md:2 — titre (title)\u00a0: ne doit pas être vide');

    fs.writeFileSync(memoFile(), text);
    await waitFor(async () => !(await pageText()).includes('data-testid="preview-problems"'), 30);
    expect(await pageText()).toContain('Employment Services Transformation Update (third)');
  }, 90_000);

  it('shows a memo scheduled for tomorrow at 9:00, marked as scheduled, in both languages', async () => {
    const tomorrow = new Date(Date.parse(`${torontoMinuteAt(new Date()).slice(0, 10)}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const folder = path.join(project, 'content/memos', `${tomorrow}-scheduled-preview`);
    fs.mkdirSync(folder);
    const header = (title: string, slug: string, labels: string, from: string, printed: string, facts = '') =>
      `---\ntitle: "${title}"\nslug: ${slug}\nsummary: "A scheduled memo."\nrecipients: "Partners"\nheading: "Memo"\nheaderLabels: ${labels}\nfrom: "${from}"\nprintedDate: "${printed}"\n${facts}---\n\nText.\n`;
    // The memo's facts, at the end of the French text's front matter (publishedOnSite on line 11).
    const facts = `date: ${tomorrow}\npublishedOnSite: ${tomorrow}T09:00\nsender: jody-young\noriginalLanguage: en\ntranslatedForSite: [fr]\n`;
    fs.writeFileSync(path.join(folder, 'index.en.md'), header('Scheduled preview memo', 'scheduled-preview', '{ to: "To:", from: "From:", date: "Date:", subject: "Subject:" }', 'Jody Young', tomorrow));
    fs.writeFileSync(path.join(folder, 'index.fr.md'), header('Note programmée', 'note-programmee', '{ to: "Destinataires :", from: "Expéditrice :", date: "Date :", subject: "Objet :" }', 'Jody Young', tomorrow, facts));
    const english = `http://localhost:${port}/en/memos/scheduled-preview/`;
    await waitFor(async () => (await pageText(english)).includes('data-testid="scheduled-notice"'), 60);
    expect(await pageText(english)).toMatch(/Preview: this memo is scheduled for [A-Z][a-z]+ \d{1,2}, \d{4} at 9:00 \(Toronto\)\. The public site shows it nowhere before then\./);
    expect(await pageText(`http://localhost:${port}/fr/notes-de-service/note-programmee/`)).toMatch(/Aperçu\u00a0: cette note de service est prévue le [^<]+ à 9\u00a0h \(heure de Toronto\)/);
    expect(terminal).toMatch(/memo content\/memos\/\d{4}-\d{2}-\d{2}-scheduled-preview\/index.fr.md:11: scheduled for .+ at 9:00 \(Toronto\)/);
    // A memo already published carries no such notice.
    expect(await pageText(`http://localhost:${port}/en/memos/employment-services-transformation-update-september-2022/`)).not.toContain('data-testid="scheduled-notice"');
    fs.rmSync(folder, { recursive: true });
  }, 90_000);

  it('in the browser, the open page shows the notice when a save breaks the content, and drops it when a save fixes it, without a reload by hand', async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const tab = await browser.newPage();
      await tab.goto(page);
      const notice = tab.getByTestId('preview-problems');
      await expect.poll(() => notice.count(), { timeout: 5_000 }).toBe(0);
      const text = fs.readFileSync(memoFile(), 'utf8');
      fs.writeFileSync(memoFile(), text.replace(/^summary: .*$/m, 'summary: ""'));
      await expect.poll(() => notice.count(), { timeout: 30_000, interval: 500 }).toBe(1);
      expect(await notice.innerText()).toContain('summary: must not be empty');
      fs.writeFileSync(memoFile(), text);
      await expect.poll(() => notice.count(), { timeout: 30_000, interval: 500 }).toBe(0);
    } finally {
      await browser.close();
    }
  }, 90_000);
});
