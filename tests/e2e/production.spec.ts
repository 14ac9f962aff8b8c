import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pageTypeUrls } from './site';

// The browser tests are served by `serve` with scripts/deploy/serve.json, as `npm start` serves.

for (const { type, url } of pageTypeUrls) {
  test(`the ${type} page ${url} logs no console error and no Content-Security-Policy violation`, async ({ page }) => {
    const problems: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    if (type === 'search') {
      // Exercise the search, which loads Pagefind's script and WebAssembly under the policy.
      await page.getByRole('searchbox').fill('Toronto');
      await expect(page.getByTestId('search-results').getByRole('link').first()).toBeVisible();
    }
    // The 404 page's own request is the one expected error.
    const unexpected = problems.filter((p) => !(type === '404' && /404 \(Not Found\)/.test(p)));
    expect(unexpected).toEqual([]);
  });
}

for (const url of ['/en/regions/york/', '/fr/recherche/', '/']) {
  test(`${url} carries a Content-Security-Policy that allows scripts only from the site and by hash`, async ({ page }) => {
    await page.goto(url);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    const inlineScripts = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
    expect(scriptSrc.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? []).toHaveLength(inlineScripts);
  });
}

test('npm start sends the security headers on pages', async ({ request }) => {
  const response = await request.get('/fr/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cache-control']).toBe('public, max-age=0, must-revalidate');
});

test('npm start compresses HTML and caches hashed assets for a year', async ({ request }) => {
  const html = await request.get('/en/memos/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(html.headers()['content-encoding']).toBe('gzip');
  const chunks = fs.readdirSync(path.join(__dirname, '../../out/_next/static/chunks')).filter((f) => f.endsWith('.js'));
  const asset = await request.get(`/_next/static/chunks/${chunks[0]}`);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('npm start answers an unknown address with the bilingual 404 page and status 404', async ({ request }) => {
  const response = await request.get('/fr/nulle-part/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Nous ne trouvons pas cette page');
});

test('feeds and calendars are served with their own content types', async ({ request }) => {
  expect((await request.get('/en/feed.xml')).headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect((await request.get('/fr/deploiement/calendar.ics')).headers()['content-type']).toBe('text/calendar; charset=utf-8');
});

test('pages ship no JavaScript but the search page’s own small script', async ({ page }) => {
  for (const url of ['/en/', '/fr/regions/kingston-pembroke/', '/en/memos/', '/fr/deploiement/']) {
    await page.goto(url);
    await expect(page.locator('script:not([type="application/ld+json"])'), url).toHaveCount(0);
  }
  await page.goto('/fr/recherche/');
  const scripts = await page.locator('script[src]').evaluateAll((list) => list.map((s) => s.getAttribute('src')));
  expect(scripts).toEqual(['/search.js']);
});

/** The headers every response of `npm start` carries, whatever it is. */
function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(headers['strict-transport-security'], what).toMatch(/max-age=\d{7,}/);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['x-frame-options'], what).toBe('DENY');
}

test('npm start lists no directory: /_next/static/ and /pagefind/ answer 404, with the security headers', async ({ request }) => {
  for (const url of ['/_next/static/', '/_next/static/chunks/', '/pagefind/', '/pagefind/fragment/']) {
    const response = await request.get(url, { maxRedirects: 0 });
    const body = await response.text();
    expect(response.status(), url).toBe(404);
    expect(body, url).not.toMatch(/Index of|\.js<\/a>|pagefind-entry\.json/);
    expectSecurityHeaders(response.headers(), url);
  }
});

test('npm start sends the security headers with its redirects too', async ({ request }) => {
  for (const [url, location] of [
    ['/en', '/en/'],
    ['/fr/regions/nord-est', '/fr/regions/nord-est/'],
    ['/_next/static', '/_next/static/'],
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect([301, 302, 307, 308], url).toContain(response.status());
    expect(response.headers().location, url).toBe(location);
    expectSecurityHeaders(response.headers(), url);
  }
});

test('npm start sends the security headers with every kind of response', async ({ request }) => {
  const chunks = fs.readdirSync(path.join(__dirname, '../../out/_next/static/chunks')).filter((f) => f.endsWith('.js'));
  for (const url of ['/', '/en/', '/fr/regions/nord-est/', '/en/feed.xml', '/en/rollout/calendar.ics', '/sitemap.xml', '/search.js', `/_next/static/chunks/${chunks[0]}`, '/pagefind/pagefind-entry.json', '/fr/nulle-part/']) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBeLessThan(url === '/fr/nulle-part/' ? 500 : 300);
    expectSecurityHeaders(response.headers(), url);
  }
});
