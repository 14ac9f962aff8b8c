/**
 * npm run bench:editor-preview — how soon the web editor's preview shows what the author types
 * (issue 37, item 7: "within about a second"). Starts `npm run edit` on a free port, opens a
 * published memo in Chromium with the preview shown, and types a word into its French title ten
 * times; each time it measures from the last keystroke to the preview's page heading showing the
 * word. Prints each figure, the median and the slowest; saves nothing (the form is left unsaved).
 * The figure is for docs/performance.md: these machines are too noisy for a timed test.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { freePort } from '../free-port';

const memo = '2022-09-22-catchment-phasing-update';
const rounds = 10;

async function main() {
  const port = await freePort();
  const edit = spawn(process.execPath, ['--import', 'tsx', 'scripts/edit.ts', '--port', String(port), '--lang', 'fr'], { stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 120; i += 1) {
      if (await fetch(`http://localhost:${port}/admin/`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://localhost:${port}/admin/?lang=fr`);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForTimeout(1500);
    await page.goto(`http://localhost:${port}/admin/?lang=fr#/collections/memos/entries/${memo}/index`);
    await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
    const frame = page.frameLocator('#preview-pane').frameLocator('[data-testid=preview-frame]');
    await frame.locator('h1').first().waitFor({ timeout: 30_000 });
    const title = page.getByLabel('Objet (titre)', { exact: true }).first();
    // The moment each new page has loaded in the preview's frame, taken in the browser (polling from here would round it).
    const pane = (await (await page.locator('#preview-pane').elementHandle())!.contentFrame())!;
    await pane.evaluate(() => {
      const loads: number[] = [];
      (window as unknown as { previewLoads: number[] }).previewLoads = loads;
      document.querySelector('[data-testid=preview-frame]')!.addEventListener('load', () => loads.push(Date.now()));
    });
    await page.evaluate(() => document.addEventListener('keydown', () => ((window as unknown as { lastKey: number }).lastKey = Date.now()), true));
    const figures: number[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const word = ` mot${round}`;
      await title.click();
      await title.press('End');
      await title.pressSequentially(word, { delay: 40 });
      const typed = await page.evaluate(() => (window as unknown as { lastKey: number }).lastKey);
      await frame.locator('h1', { hasText: word.trim() }).waitFor({ timeout: 30_000 });
      const loaded = await pane.evaluate(() => (window as unknown as { previewLoads: number[] }).previewLoads.at(-1)!);
      figures.push(loaded - typed);
      await page.waitForTimeout(500);
    }
    await browser.close();
    const sorted = [...figures].sort((a, b) => a - b);
    process.stdout.write(`preview shown after the last keystroke (ms): ${figures.join(', ')}\nmedian ${sorted[Math.floor(sorted.length / 2)]} ms, slowest ${sorted.at(-1)} ms\n`);
  } finally {
    if (edit.pid) process.kill(-edit.pid, 'SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
