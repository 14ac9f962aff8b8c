import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, pageContentSecurityPolicy, securityHeaders, withContentSecurityPolicy } from '@/lib/security';
import { headersFile, nginxConfig, serveConfig } from '@/scripts/headers';

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
