import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '@/lib/check';
import { authorEnv, copyProject } from './project-copy';
import { freePort } from '../../scripts/free-port';
import { memoDocx } from '../fixtures/docx-builder';

/**
 * The web editor as staff use it (issue 37): `npm run edit` in a copy of the project made a git
 * repository, the real Decap CMS in Chromium, offline, in French. A memo is written in both
 * languages with two statements; what authors get wrong is refused with the field named as the
 * form labels it, and nothing typed is lost; the saved draft goes to review, is published (merged
 * into the editor's main) and the result passes the check and builds into pages, feeds and
 * calendars.
 */
let project = '';
let site = '';
let port = 0;
let edit: ChildProcess;
let terminal = '';
let browser: Browser;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const elsewhere: string[] = [];
const branch = 'cms/memos/2026-12-01-mise-a-jour-kingston/index';
const folder = 'content/memos/2026-12-01-mise-a-jour-kingston';

const git = (args: string[], cwd: string) => spawnSync('git', args, { cwd, encoding: 'utf8' });

async function waitFor(condition: () => Promise<boolean> | boolean, seconds: number) {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    if (await Promise.resolve(condition()).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not within ${seconds} s; terminal:\n${terminal.slice(-2000)}`);
}

/** A field of the French (0) or English (1) side, by the label the form shows. */
const field = (label: string, side = 0): Locator => page.getByLabel(label, { exact: true }).nth(side);
/** Types as a person does: Playwright's fill() has appended to Decap's inputs (../shared/notes/web-editor.md). */
async function type(locator: Locator, text: string) {
  await locator.click();
  await locator.press('Control+a');
  await locator.pressSequentially(text);
}
async function choose(locator: Locator, option: string) {
  await locator.click();
  await locator.pressSequentially(option);
  await page.keyboard.press('Enter');
}
/** Clicks Save and waits for what the editor says back (its notices stay on the page a while). */
async function save(answer: RegExp): Promise<string> {
  const count = (text: string) => text.match(new RegExp(answer.source, 'g'))?.length ?? 0;
  const before = count(await page.locator('body').innerText());
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  // A new answer, not one still shown from an earlier save.
  await page.waitForFunction(([source, seen]) => (document.body.innerText.match(new RegExp(source as string, 'g'))?.length ?? 0) > (seen as number), [answer.source, before] as const, { timeout: 30_000 });
  return page.locator('body').innerText();
}

beforeAll(async () => {
  project = copyProject('web-editor');
  site = path.join(project, '.editor/site');
  fs.writeFileSync(path.join(project, '.gitignore'), 'node_modules\n.editor/\n.next/\nout/\n.contentlayer/\n.content/\n');
  for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['-c', 'user.name=Test', '-c', 'user.email=test@localhost', 'commit', '-q', '-m', 'The site as it stands']]) {
    expect(git(args, project).status).toBe(0);
  }
  port = await freePort();
  edit = spawn(path.join(project, 'node_modules/.bin/tsx'), ['scripts/edit.ts', '--port', String(port), '--lang', 'fr'], { cwd: project, env: authorEnv(project), detached: true });
  edit.stdout?.on('data', (d) => (terminal += d));
  edit.stderr?.on('data', (d) => (terminal += d));
  await waitFor(async () => (await fetch(`http://localhost:${port}/api/v1`, { method: 'POST', body: '{"action":"info","params":{}}', headers: { 'content-type': 'application/json' } })).ok, 60);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  // A context of its own: axe opens pages beside the editor's.
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.accept();
  });
  // Nothing is loaded from another host: the editor runs offline from the project's files.
  page.on('request', (request) => {
    if (!/^(data:|blob:)/.test(request.url()) && !request.url().startsWith(`http://localhost:${port}/`)) elsewhere.push(request.url());
  });
  await page.goto(`http://localhost:${port}/admin/`);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForTimeout(1000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (edit?.pid) process.kill(-edit.pid, 'SIGTERM');
});

describe('npm run edit: the web editor', () => {
  it('prints one address, and serves the editor in French with its language switch', async () => {
    expect(terminal).toContain(`http://localhost:${port}/admin/`);
    const html = await (await fetch(`http://localhost:${port}/admin/?lang=fr`)).text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<a href="?lang=en" lang="en" hreflang="en">English</a>');
  });

  it('refuses what authors get wrong, naming the field as the form labels it, in French, and keeps what was typed', async () => {
    await page.goto(`http://localhost:${port}/admin/#/collections/memos/new`);
    await page.waitForTimeout(2000);
    const sides: [number, Record<string, string>][] = [
      [0, { title: '', slug: 'mise-a-jour-kingston', summary: 'Le ministère précise la transition à Kingston.', recipients: 'Partenaires d’Emploi Ontario', heading: 'Note de service', to: 'Destinataires :', from: 'Expéditrice :', date: 'Date :', subject: 'Objet :', sender: 'Jody Young, sous-ministre adjointe', printed: 'le 1er décembre 2026' }],
      [1, { title: 'Kingston update', slug: 'kingston-update', summary: 'The ministry sets out the transition in Kingston.', recipients: 'Employment Ontario partners', heading: 'Memorandum', to: 'To:', from: 'From:', date: 'Date:', subject: 'Subject:', sender: 'Jody Young, Assistant Deputy Minister', printed: 'December 1, 2026' }],
    ];
    for (const [side, t] of sides) {
      if (t.title) await type(field('Objet (titre)', side), t.title);
      await type(field('Fin de l’adresse de la page', side), t.slug!);
      await type(field('Résumé', side), t.summary!);
      await type(field('Destinataires (tels qu’imprimés)', side), t.recipients!);
      await type(field('Intitulé imprimé au-dessus de l’en-tête', side), t.heading!);
      await type(field('Libellé de la ligne Destinataires', side), t.to!);
      await type(field('Libellé de la ligne Expéditrice ou Expéditeur', side), t.from!);
      await type(field('Libellé de la ligne Date', side), t.date!);
      await type(field('Libellé de la ligne Objet', side), t.subject!);
      await type(field('Expéditrice ou expéditeur (nom et titre, tels qu’imprimés)', side), t.sender!);
      await type(field('Date, telle qu’imprimée', side), t.printed!);
    }
    await field('Date de la note').fill('2026-12-01');
    await type(field('Publication sur le site'), '2026-12-01');
    await choose(field('Expéditrice ou expéditeur'), 'Jody');
    await choose(field('Langues dans lesquelles ce site l’a traduite (optionnel)'), 'Anglais');
    // Statement 1: a transition period that ends before it starts.
    await page.getByRole('button', { name: 'Ajouter énoncé' }).first().click();
    await choose(field('Jalon'), 'Période de transition');
    await choose(field('Régions concernées'), 'Kingston');
    await type(field('Début (s’il s’agit d’une période) (optionnel)'), '2027-05');
    await type(field('Fin (s’il s’agit d’une période) (optionnel)'), '2027-01');
    await choose(field('Statut'), 'Prévu');
    // Statement 2: a service system manager "confirmed" for a month after the memo's own date.
    await page.getByRole('button', { name: 'Ajouter énoncé' }).first().click();
    await choose(field('Jalon', 1), 'Gestionnaire de système de services choisi');
    await choose(field('Régions concernées', 1), 'Kingston');
    await type(field('Date (s’il s’agit d’une seule date) (optionnel)', 1), '2027-01');
    await choose(field('Statut', 1), 'Confirmé');
    await type(field('Responsable (optionnel)', 1), 'Serco Canada Inc.');
    const bodies = page.locator('[data-slate-editor="true"]');
    await bodies.nth(0).click();
    await page.keyboard.type('Madame, Monsieur, la transition se poursuit à Kingston.');
    await bodies.nth(1).click();
    await page.keyboard.type('Dear partners, the transition goes on in Kingston.');

    // Decap's own rule: the French title is required.
    expect(await save(/il manque un champ requis/)).toMatch(/il manque un champ requis/);
    await type(field('Objet (titre)'), 'Mise à jour Kingston');
    // The content check's rules, through the editor's preSave.
    const refused = await save(/Pas enregistré/);
    expect(refused).toMatch(/Pas enregistré\s: la vérification du contenu a trouvé 1\sproblème\. Rien de ce que vous avez tapé n’est perdu\./);
    expect(refused).toContain('Énoncés (faits datés) 1 › Fin (s’il s’agit d’une période) — la fin (2027-01) précède le début (2027-05)');
    // Once the statements can be read, the rules across them speak: a "confirmed" after the memo's date.
    await type(field('Fin (s’il s’agit d’une période) (optionnel)'), '2027-09');
    const refusedAgain = await save(/› Statut/);
    expect(refusedAgain).toMatch(/Énoncés \(faits datés\) 2 › Statut — [^\n]*2027-01/);
    expect(git(['branch', '--list', branch], site).stdout.trim()).toBe('');
    // Nothing typed is lost.
    expect(await field('Résumé').inputValue()).toBe('Le ministère précise la transition à Kingston.');
    expect(await field('Objet (titre)', 1).inputValue()).toBe('Kingston update');
  }, 240_000);

  it('saves a draft once the content is valid, after showing what it changes on the region page', async () => {
    await type(field('Date (s’il s’agit d’une seule date) (optionnel)', 1), '2026-11');
    expect(await save(/Entrée enregistrée/)).toContain('Entrée enregistrée');
    expect(dialogs.at(-1)).toMatch(/^Ce changement modifie ce que le site dit déjà\u00a0:\nKingston–Pembroke\u00a0: /);
    expect(dialogs.at(-1)).toContain('novembre 2026');
    expect(git(['branch', '--list', branch], site).stdout).toContain(branch);
    const french = git(['show', `${branch}:${folder}/index.fr.md`], site).stdout;
    expect(french).toMatch(/^title: Mise à jour Kingston$/m);
    expect(french).toMatch(/^ {6}- kingston-pembroke$/m);
    expect(git(['show', `${branch}:${folder}/index.en.md`], site).stdout).not.toMatch(/^statements:/m);
  }, 60_000);

  it('previews the memo and the region pages it changes as the site shows them, as the author types, without saving', async () => {
    await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
    const pane = page.frameLocator('#preview-pane');
    const shown = pane.frameLocator('[data-testid=preview-frame]');
    const choose = (label: string) => pane.getByLabel('Page affichée').selectOption({ label });
    // The memo page in the editor's language first, drawn by the site's own components and stylesheet.
    await shown.getByRole('heading', { level: 1, name: 'Mise à jour Kingston' }).waitFor({ timeout: 30_000 });
    await expect(shown.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(shown.getByRole('link', { name: 'Kingston–Pembroke' }).count()).resolves.toBe(1);
    expect(await pane.getByLabel('Page affichée').locator('option').allInnerTexts()).toEqual([
      'La note de service, en français',
      'La note de service, en anglais',
      'Kingston–Pembroke, en français',
      'Kingston–Pembroke, en anglais',
    ]);
    // What the author types shows without saving (the preview takes the English side's place: it is put away to type there).
    const sideBySide = async () => {
      await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
      await page.getByRole('button', { name: 'Édition multilingue', exact: true }).click();
    };
    await sideBySide();
    await type(field('Objet (titre)', 1), 'Kingston and Pembroke update');
    await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
    await choose('La note de service, en anglais');
    await shown.getByRole('heading', { level: 1, name: 'Kingston and Pembroke update' }).waitFor({ timeout: 15_000 });
    // The region's timeline with the draft's statements: the period's end moved to October, unsaved.
    await type(field('Fin (s’il s’agit d’une période) (optionnel)'), '2027-10');
    await choose('Kingston–Pembroke, en anglais');
    await shown.getByText('October 2027').first().waitFor({ timeout: 15_000 });
    await expect(shown.locator('html').getAttribute('lang')).resolves.toBe('en');
    // Content the check refuses is not drawn: the pane names the field and the fix, and keeps the last page.
    await type(field('Fin (s’il s’agit d’une période) (optionnel)'), '2027-01');
    const problems = pane.getByTestId('preview-problems');
    await problems.waitFor({ timeout: 15_000 });
    expect(await problems.innerText()).toContain('Énoncés (faits datés) 1 › Fin (s’il s’agit d’une période) (index.fr.md) — la fin (2027-01) précède le début (2027-05)');
    await expect(shown.getByText('October 2027').count()).resolves.toBeGreaterThan(0);
    // Nothing of this was saved: the draft branch still holds the saved title and dates.
    const french = git(['show', `${branch}:${folder}/index.fr.md`], site).stdout;
    expect(french).toMatch(/^ {4}end: 2027-09$|^ {4}end: "2027-09"$|^ {4}end: '2027-09'$/m);
    expect(git(['show', `${branch}:${folder}/index.en.md`], site).stdout).toMatch(/^title: Kingston update$/m);
    // The unsaved changes are dropped (Decap asks first; the test accepts), and the preview put away.
    await sideBySide();
    await page.reload();
    await page.getByRole('button', { name: /^Statut/ }).waitFor();
  }, 120_000);

  /** Draft → in review → ready, by the entry's Status menu. */
  async function readyForPublication() {
    for (const status of ['En cours de révision', 'Prêt']) {
      await page.getByRole('button', { name: /^Statut/ }).click();
      await page.getByRole('menuitem', { name: status }).click();
      await page.waitForTimeout(1500);
    }
  }

  /** Draft → in review → ready → published: Decap merges the entry's branch into the editor's main. */
  async function publish(entryBranch: string) {
    await readyForPublication();
    await page.getByRole('button', { name: /^Publier/ }).click();
    await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();
    await waitFor(() => git(['branch', '--list', entryBranch], site).stdout.trim() === '', 30);
  }

  it('goes to review, is ready and is published: merged into the editor’s main, and valid', async () => {
    await publish(branch);
    expect(git(['log', '-1', '--format=%s', 'main'], site).stdout).toContain('2026-12-01-mise-a-jour-kingston');
    expect(fs.existsSync(path.join(site, folder, 'index.fr.md'))).toBe(true);
    expect(checkContent(path.join(site, 'content'))).toEqual([]);
  }, 60_000);

  it('adds a change note to a published memo the same way, leaving its text as it was', async () => {
    const existing = 'content/memos/2022-09-22-catchment-phasing-update';
    const bodies = () => ['fr', 'en'].map((l) => fs.readFileSync(path.join(site, existing, `index.${l}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
    const before = bodies();
    await page.goto(`http://localhost:${port}/admin/#/collections/memos/entries/2022-09-22-catchment-phasing-update/index`);
    // A fresh load: the editor then reads the published entry from its main, as an author opening it would.
    await page.reload();
    await page.getByRole('button', { name: 'Publiée', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ajouter note de modification' }).first().click();
    await type(field('Jour de la modification'), '2026-12-07');
    await type(field('Anglais'), 'Added the transition dates of the new memo.');
    await type(field('Français'), 'Ajout des dates de transition de la nouvelle note.');
    expect(await save(/Entrée enregistrée/)).toContain('Entrée enregistrée');
    await publish('cms/memos/2022-09-22-catchment-phasing-update/index');
    expect(checkContent(path.join(site, 'content'))).toEqual([]);
    // Decap writes the front matter again in its own style; the texts are untouched.
    expect(bodies()).toEqual(before);
  }, 90_000);

  it('adds a change note to a region’s page, keeping every field the form does not show', async () => {
    const file = path.join(site, 'content/regions/kingston-pembroke/region.yaml');
    const before = parse(fs.readFileSync(file, 'utf8')) as { changes: unknown[] };
    await page.goto(`http://localhost:${port}/admin/#/collections/regions/entries/kingston-pembroke/region`);
    await page.reload();
    await page.getByRole('button', { name: 'Publiée', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ajouter note de modification' }).first().click();
    await type(page.getByLabel('Jour de la modification', { exact: true }).last(), '2026-12-07');
    await type(page.getByLabel('Anglais', { exact: true }).last(), 'Added the transition dates of the December 1, 2026 memo.');
    await type(page.getByLabel('Français', { exact: true }).last(), 'Ajout des dates de transition de la note du 1er décembre 2026.');
    expect(await save(/Entrée enregistrée/)).toContain('Entrée enregistrée');
    await publish('cms/regions/kingston-pembroke/region');
    const after = parse(fs.readFileSync(file, 'utf8')) as { changes: unknown[] };
    expect(after).toEqual({ ...before, changes: [...before.changes, { date: '2026-12-07', note: { en: 'Added the transition dates of the December 1, 2026 memo.', fr: 'Ajout des dates de transition de la note du 1er décembre 2026.' } }] });
    expect(checkContent(path.join(site, 'content'))).toEqual([]);
  }, 90_000);

  it('adds another source, its title in both languages, with a statement', async () => {
    const file = 'content/references/ministry-of-labour-ontario.yaml';
    await page.goto(`http://localhost:${port}/admin/#/collections/references/new`);
    await page.getByLabel('En anglais et en français').first().check();
    await type(page.getByLabel('Anglais', { exact: true }).nth(0), 'Employment Ontario: Durham update');
    await type(page.getByLabel('Français', { exact: true }).nth(0), 'Emploi Ontario : mise à jour pour Durham');
    await type(page.getByLabel('Anglais', { exact: true }).nth(1), 'Ministry of Labour (Ontario)');
    await type(page.getByLabel('Français', { exact: true }).nth(1), 'Ministère du Travail (Ontario)');
    await type(field('Adresse'), 'https://www.ontario.ca/page/employment-ontario');
    await type(field('Sa propre date (optionnel)'), '2026-11-30');
    await type(field('Publication sur le site'), '2026-12-07');
    await page.getByRole('button', { name: 'Ajouter énoncé' }).first().click();
    await choose(field('Jalon'), 'Gestionnaire de système de services choisi');
    await choose(field('Régions concernées'), 'Durham');
    await type(field('Date (s’il s’agit d’une seule date) (optionnel)'), '2027-03');
    await choose(field('Statut'), 'Prévu');
    expect(await save(/Entrée enregistrée/)).toContain('Entrée enregistrée');
    expect(dialogs.at(-1)).toMatch(/\nDurham\u00a0: /);
    await publish('cms/references/ministry-of-labour-ontario');
    expect(parse(fs.readFileSync(path.join(site, file), 'utf8'))).toEqual({
      title: { en: 'Employment Ontario: Durham update', fr: 'Emploi Ontario : mise à jour pour Durham' },
      publisher: { en: 'Ministry of Labour (Ontario)', fr: 'Ministère du Travail (Ontario)' },
      url: 'https://www.ontario.ca/page/employment-ontario',
      published: '2026-11-30',
      publishedOnSite: '2026-12-07',
      statements: [{ milestone: 'ssm-selected', regions: ['durham'], date: '2027-03', status: 'planned' }],
    });
    expect(checkContent(path.join(site, 'content'))).toEqual([]);
  }, 90_000);

  it('starts a new memo from its Word file: the draft opens with the form filled', async () => {
    // The 17 March 2022 memo as the ministry's Word file, made here from its published French text.
    const text = fs.readFileSync(path.join(site, 'content/memos/2022-03-17-provincial-rollout-update/index.fr.md'), 'utf8');
    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    const front = parse(yaml!) as { heading: string; headerLabels: Record<string, string>; recipients: string; from: string; printedDate: string; title: string };
    const docx = path.join(project, 'note-fr.docx');
    const header: [string, string][] = [
      [front.headerLabels.to!, front.recipients],
      [front.headerLabels.from!, front.from],
      [front.headerLabels.date!, front.printedDate],
      [front.headerLabels.subject!, front.title],
    ];
    fs.writeFileSync(docx, await memoDocx({ heading: front.heading, headerAs: 'table', header, body: body!.trim() }));
    await page.goto('about:blank');
    await page.goto(`http://localhost:${port}/admin/?lang=fr#/collections/memos`);
    await page.getByText('Nouvelle note à partir de fichiers Word').click();
    await page.getByLabel('La note en français (.docx)').setInputFiles(docx);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('Importée\u00a0: le brouillon s’ouvre.').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /^Statut/ }).waitFor();
    expect(await field('Objet (titre)').inputValue()).toBe(front.title);
    expect(await field('Destinataires (tels qu’imprimés)').inputValue()).toBe(front.recipients);
    expect(await field('Expéditrice ou expéditeur (nom et titre, tels qu’imprimés)').inputValue()).toBe(front.from);
    expect(await field('Date, telle qu’imprimée').inputValue()).toBe(front.printedDate);
    const draft = 'cms/memos/2022-03-17-le-point-sur-le-renouvellement-des-services-d/index';
    expect(git(['config', `branch.${draft}.description`], site).stdout.trim()).toBe('decap-cms/draft');
    expect(git(['show', `${draft}:content/memos/2022-03-17-le-point-sur-le-renouvellement-des-services-d/index.fr.md`], site).stdout).toContain(body!.trim().split('\n\n')[1]!);
    // Not yet complete (no French slug, no summaries): its publication is refused by the check, and main is unchanged.
    const mainBefore = git(['rev-parse', 'main'], site).stdout;
    await readyForPublication();
    await page.getByRole('button', { name: /^Publier/ }).click();
    await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();
    await page.getByText(/Pas publié\u00a0: la vérification du contenu a trouvé \d+\sproblèmes/).first().waitFor({ timeout: 30_000 });
    expect(git(['rev-parse', 'main'], site).stdout).toBe(mainBefore);
    expect(git(['branch', '--list', draft], site).stdout).toContain(draft);
    // A file that is no Word document is refused in words, and nothing is saved.
    const notes = path.join(project, 'notes.docx');
    fs.writeFileSync(notes, 'Madame, Monsieur,\n');
    await page.getByLabel('La note en français (.docx)').setInputFiles(notes);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('Pas importée\u00a0: notes.docx n’est pas un document Word (.docx).').waitFor({ timeout: 30_000 });
    expect(git(['branch', '--list', 'cms/memos/*'], site).stdout.trim().split('\n')).toHaveLength(1);
  }, 90_000);

  it('reaches the project by a pull, and builds into pages, the region page, feeds and calendars', async () => {
    // As a pull from the git host would: the published memo reaches the project's main.
    const pulled = git(['-c', 'user.name=Test', '-c', 'user.email=test@localhost', 'pull', '--quiet', '--ff-only', '.editor/site', 'main'], project);
    expect(pulled.status, pulled.stderr).toBe(0);
    expect(fs.readFileSync(path.join(project, folder, 'index.fr.md'), 'utf8')).toBe(fs.readFileSync(path.join(site, folder, 'index.fr.md'), 'utf8'));
    // Built in a copy that is not a git repository, as the other build tests are (Turbopack takes a repository's root as its own).
    const built = copyProject('web-editor-build');
    fs.rmSync(path.join(built, 'content'), { recursive: true });
    fs.cpSync(path.join(project, 'content'), path.join(built, 'content'), { recursive: true });
    const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: built, env: authorEnv(built, { ROLLOUT_AS_OF: '2026-12-07' }), encoding: 'utf8', timeout: 280_000 });
    expect(build.status, `${build.stdout}${build.stderr}`.slice(-3000)).toBe(0);
    const out = (file: string) => fs.readFileSync(path.join(built, 'out', file), 'utf8');
    expect(out('fr/notes-de-service/mise-a-jour-kingston/index.html')).toContain('la transition se poursuit à Kingston');
    expect(out('en/memos/kingston-update/index.html')).toContain('the transition goes on in Kingston');
    expect(out('en/regions/kingston-pembroke/index.html')).toContain('September 2027');
    expect(out('fr/regions/kingston-pembroke/index.html')).toContain('septembre 2027');
    expect(out('en/feed.xml')).toContain('Kingston update');
    expect(out('en/regions/kingston-pembroke/calendar.ics')).toContain('2027');
    expect(out('en/memos/employment-services-transformation-update-september-2022/index.html')).toContain('Added the transition dates of the new memo.');
    expect(out('fr/notes-de-service/renouvellement-services-emploi-septembre-2022/index.html')).toContain('Ajout des dates de transition de la nouvelle note.');
    expect(out('en/regions/kingston-pembroke/index.html')).toContain('Added the transition dates of the December 1, 2026 memo.');
    expect(out('fr/regions/kingston-pembroke/index.html')).toContain('Ajout des dates de transition de la note du 1er décembre 2026.');
    expect(out('en/regions/durham/index.html')).toContain('Employment Ontario: Durham update');
    expect(out('fr/regions/durham/index.html')).toContain('Emploi Ontario\u00a0: mise à jour pour Durham');
    // The preview draws a memo as the build does: the same article, character for character.
    const sides = Object.fromEntries(
      (['fr', 'en'] as const).map((locale) => {
        const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(fs.readFileSync(path.join(project, folder, `index.${locale}.md`), 'utf8'))!;
        return [locale, { ...(parse(yaml!) as object), body }];
      }),
    );
    const article = (html: string) => /<article[\s\S]*?<\/article>/.exec(html)?.[0];
    for (const [key, file] of [['memo:fr', 'fr/notes-de-service/mise-a-jour-kingston/index.html'], ['memo:en', 'en/memos/kingston-update/index.html']] as const) {
      const request = { collection: 'memos', slug: '2026-12-01-mise-a-jour-kingston/index', ...sides, page: key };
      const answer = (await (await fetch(`http://localhost:${port}/api/preview?lang=fr`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) })).json()) as { html: string; selected: string };
      expect(answer.selected).toBe(key);
      expect(article(answer.html)).toMatch(/^<article>/);
      expect(article(answer.html)).toBe(article(out(file)));
    }
    expect(elsewhere).toEqual([]);
  }, 360_000);

  it('passes axe (WCAG 2.2 AA) on each of its screens, in French and in English', async () => {
    const screens = [
      ['fr', '#/collections/memos'],
      ['fr', '#/workflow'],
      ['fr', '#/collections/memos/entries/2022-09-22-catchment-phasing-update/index'],
      ['fr', '#/collections/references/new'],
      ['en', '#/collections/memos/new'],
    ] as const;
    const found: string[] = [];
    for (const [lang, screen] of screens) {
      await page.goto('about:blank');
      await page.goto(`http://localhost:${port}/admin/?lang=${lang}${screen}`);
      await page.locator('[aria-label$=" field"], [class*="Card"], [class*="Workflow"]').first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1000);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      found.push(...violations.map((v) => `${lang} ${screen}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.html.slice(0, 120)}`));
    }
    expect(found).toEqual([]);
  }, 180_000);
});
