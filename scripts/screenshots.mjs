// Screenshots of pages for a human look: `node scripts/screenshots.mjs [baseUrl] [outDir] [path …]`.
// Desktop (1280 px) and phone (390 px, JavaScript off) for each path; defaults to one page of
// each type in both languages. Serve out/ first (npm run serve).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const [baseUrl = 'http://localhost:3000', outDir = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['/', '/en/', '/fr/', '/en/memos/', '/fr/notes-de-service/', '/en/about/', '/fr/a-propos/', '/en/missing/'];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const [device, viewport, javaScriptEnabled] of [['desktop', { width: 1280, height: 1000 }, true], ['phone', { width: 390, height: 844 }, false]]) {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  for (const url of pages) {
    await page.goto(new URL(url, baseUrl).href);
    const name = url.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root';
    const file = path.join(outDir, `${name}.${device}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await context.close();
}
await browser.close();
