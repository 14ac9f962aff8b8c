import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, pageContentSecurityPolicy, securityHeaders, withContentSecurityPolicy } from '@/lib/web/security';
import { headersFile, nginxConfig, serveConfig } from '@/scripts/headers';
import { createStaticServer } from '@/scripts/serve';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('Content-Security-Policy of a page', () => {
  const html = '<html><head><script src="/_next/a.js"></script></head><body><script>self.a=1</script><script type="application/ld+json">{"x":1}</script><script>self.b=2</script></body></html>';

  it('hashes the inline scripts that run, not external files or JSON-LD data', () => {
    expect(inlineScriptHashes(html)).toEqual([sha('self.a=1'), sha('self.b=2')]);
  });

  it('allows those scripts by hash and never with unsafe-inline', () => {
    const policy = pageContentSecurityPolicy(inlineScriptHashes(html));
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' '${sha('self.a=1')}' '${sha('self.b=2')}'`);
    expect(policy).toContain("object-src 'none'");
  });

  it('puts the policy first in <head>, and replaces it when run again', () => {
    const once = withContentSecurityPolicy(html);
    expect(once.startsWith('<html><head><meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(withContentSecurityPolicy(once)).toBe(once);
  });
});

describe('headers for every host', () => {
  it('are the same security headers in serve.json, nginx.conf and _headers', () => {
    const serveHeaders = serveConfig().headers[0].headers;
    for (const [key, value] of Object.entries(securityHeaders)) {
      expect(serveHeaders).toContainEqual({ key, value });
      expect(nginxConfig()).toContain(`add_header ${key} "${value}" always;`);
      expect(headersFile()).toContain(`  ${key}: ${value}`);
    }
    expect(securityHeaders['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('are committed up to date in scripts/deploy/ (npm run headers regenerates them)', () => {
    const deploy = path.join(__dirname, '../../scripts/deploy');
    expect(JSON.parse(fs.readFileSync(path.join(deploy, 'serve.json'), 'utf8'))).toEqual(serveConfig());
    expect(fs.readFileSync(path.join(deploy, 'nginx.conf'), 'utf8')).toBe(nginxConfig());
  });
});

describe("npm start's server (scripts/serve.ts)", () => {
  it('sends the security headers with files, redirects and 404s, and lists no directory', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
    for (const [file, text] of Object.entries({ 'en/index.html': 'en', '404.html': 'not found', '_next/static/chunks/a.js': 'a', 'pagefind/pagefind-entry.json': '{}' })) {
      fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      fs.writeFileSync(path.join(site, file), text);
    }
    const server = createStaticServer(site);
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const expected = { '/en/': [200, 'en'], '/en': [301, ''], '/_next/static/': [404, 'not found'], '/pagefind/': [404, 'not found'], '/_next/static/chunks/a.js': [200, 'a'] };
      for (const [url, [status, body]] of Object.entries(expected)) {
        const response = await fetch(`http://localhost:${port}${url}`, { redirect: 'manual' });
        expect(response.status, url).toBe(status);
        expect(await response.text(), url).toBe(body);
        for (const [key, value] of Object.entries(securityHeaders)) expect(response.headers.get(key), `${url} ${key}`).toBe(value);
      }
    } finally {
      server.close();
      fs.rmSync(site, { recursive: true });
    }
  });

  it('refuses what a static host refuses, in one line of log each and never a stack trace, with the headers on every response', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
    fs.mkdirSync(path.join(site, 'en'), { recursive: true });
    fs.writeFileSync(path.join(site, 'en/index.html'), 'a page of the site');
    fs.writeFileSync(path.join(site, '404.html'), 'not found');
    fs.mkdirSync(path.join(site, 'data'));
    fs.writeFileSync(path.join(site, 'data/regions.csv'), 'a file of the site');
    const server = createStaticServer(site);
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const { port } = server.address() as AddressInfo;
    const log: string[] = [];
    const [warn, error] = [console.warn, console.error];
    console.warn = (...args: unknown[]) => log.push(args.join(' '));
    console.error = (...args: unknown[]) => log.push(args.join(' '));
    try {
      const at = (url: string, init?: RequestInit) => fetch(`http://localhost:${port}${url}`, { redirect: 'manual', ...init });
      const cases: [string, RequestInit | undefined, number][] = [
        ['/en/index.html%00.txt', undefined, 400],
        ['/en/%E0%A4%A', undefined, 400],
        ['/en/', { method: 'POST', body: 'x' }, 405],
        ['/en/', { method: 'DELETE' }, 405],
        ['/en/', { method: 'PATCH' }, 405],
      ];
      for (const [url, init, status] of cases) {
        const response = await at(url, init);
        expect(response.status, `${init?.method ?? 'GET'} ${url}`).toBe(status);
        if (status === 405) expect(response.headers.get('allow')).toBe('GET, HEAD');
        expect(await response.text()).not.toContain('a page of the site');
        for (const [key, value] of Object.entries(securityHeaders)) expect(response.headers.get(key), `${url} ${key}`).toBe(value);
      }
      const outOfRange = await at('/data/regions.csv', { headers: { Range: 'bytes=5000-6000' } });
      expect(outOfRange.status).toBe(416);
      expect(outOfRange.headers.get('content-range')).toBe('bytes */18');
      expect(await outOfRange.text()).toBe('');
      const inRange = await at('/data/regions.csv', { headers: { Range: 'bytes=0-5' } });
      expect([inRange.status, await inRange.text()]).toEqual([206, 'a file']);
      expect((await at('/en/', { method: 'HEAD' })).status).toBe(200);
      expect(log).toHaveLength(cases.length);
      for (const line of log) expect(line).toMatch(/^(400|405) (GET|POST|DELETE|PATCH) "[^\n]*"$/);
    } finally {
      console.warn = warn;
      console.error = error;
      server.close();
      fs.rmSync(site, { recursive: true });
    }
  });
});
