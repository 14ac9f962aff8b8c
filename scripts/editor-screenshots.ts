/**
 * npm run screenshots:editor — the pictures of the publishing guides' "web editor" section
 * (docs/images/editor/<lang>-<step>.png), taken from the real editor: starts `npm run edit` on a
 * free port, opens Chromium, and shows each step in French and English without saving anything.
 * Run it again when the editor's forms change.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { freePort } from './free-port';

const out = path.resolve('docs/images/editor');

async function waitForEditor(port: number) {
  for (let i = 0; i < 120; i += 1) {
    const ok = await fetch(`http://localhost:${port}/admin/`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('npm run edit did not start');
}

const words = {
  fr: { login: 'Se connecter', title: 'Objet (titre)', add: 'Ajouter énoncé', milestone: 'Jalon', period: 'Période de transition', start: 'Début (s’il s’agit d’une période) (optionnel)', end: 'Fin (s’il s’agit d’une période) (optionnel)', save: 'Enregistrer', preview: 'Aperçu', published: 'Publiée' },
  en: { login: 'Login', title: 'Subject (title)', add: 'Add statement', milestone: 'Milestone', period: 'Transition period', start: 'Start (if a period) (optional)', end: 'End (if a period) (optional)', save: 'Save', preview: 'Toggle preview', published: 'Published' },
} as const;

async function steps(page: Page, port: number, lang: 'fr' | 'en') {
  const w = words[lang];
  const shot = (step: string) => page.screenshot({ path: path.join(out, `${lang}-${step}.png`) });
  await page.goto(`http://localhost:${port}/admin/?lang=${lang}`);
  await page.getByRole('button', { name: w.login }).waitFor();
  await shot('1-login');
  await page.getByRole('button', { name: w.login }).click();
  await page.waitForTimeout(1500);
  await shot('2-collections');
  await page.goto(`http://localhost:${port}/admin/?lang=${lang}#/collections/memos/new`);
  await page.getByLabel(w.title, { exact: true }).first().waitFor();
  await page.getByLabel(w.title, { exact: true }).nth(0).pressSequentially(lang === 'fr' ? 'Mise à jour sur la phase 3' : 'Mise à jour sur la phase 3');
  await page.getByLabel(w.title, { exact: true }).nth(1).pressSequentially('Phase 3 update');
  await shot('3-both-languages');
  await page.getByRole('button', { name: w.add }).first().click();
  const milestone = page.getByLabel(w.milestone, { exact: true }).first();
  await milestone.click();
  await milestone.pressSequentially(w.period);
  await page.keyboard.press('Enter');
  await page.getByLabel(w.start, { exact: true }).first().pressSequentially('2027-05');
  await page.getByLabel(w.end, { exact: true }).first().pressSequentially('2027-01');
  await page.getByLabel(w.milestone, { exact: true }).first().scrollIntoViewIfNeeded();
  await shot('4-statement');
  // A save the check refuses: the message names the fields, and nothing typed is lost.
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await page.waitForTimeout(2500);
  await shot('5-refused');
  // The preview of a published memo, as the site will show it (leaving the unsaved memo: Decap asks first).
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('about:blank');
  await page.goto(`http://localhost:${port}/admin/?lang=${lang}#/collections/memos/entries/2022-09-22-catchment-phasing-update/index`);
  await page.getByRole('button', { name: w.published, exact: true }).waitFor();
  await page.getByRole('button', { name: w.preview, exact: true }).click();
  await page.frameLocator('#preview-pane').frameLocator('[data-testid=preview-frame]').locator('h1').waitFor();
  await page.waitForTimeout(1000);
  await shot('6-preview');
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const port = await freePort();
  const edit = spawn(process.execPath, ['--import', 'tsx', 'scripts/edit.ts', '--port', String(port)], { stdio: 'ignore', detached: true });
  try {
    await waitForEditor(port);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    for (const lang of ['fr', 'en'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await steps(page, port, lang);
      await page.close();
    }
    await browser.close();
    process.stdout.write(`screenshots in ${path.relative(process.cwd(), out)}/\n`);
  } finally {
    if (edit.pid) process.kill(-edit.pid, 'SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
