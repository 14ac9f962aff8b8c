/**
 * npm start's static server: serves out/ as a host would, with the headers of lib/web/security.ts
 * on every response — pages, files, the 404 page, and the redirects (/en → /en/) that the
 * `serve` package sends without any header of its own. Files, redirects, 404s and caching are
 * serve-handler's (the engine of `serve`), configured by the generated scripts/deploy/serve.json
 * (no directory listings); compression is the `compression` middleware, as `serve` uses.
 *
 *   tsx scripts/serve.ts [directory=out] [--listen port=3000]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';
import { securityHeaders } from '../lib/web/security';

type Middleware = (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void;

export function createStaticServer(directory: string, configFile = path.resolve('scripts/deploy/serve.json')): http.Server {
  const config = { ...JSON.parse(fs.readFileSync(configFile, 'utf8')), public: path.resolve(directory) };
  const compress = compression() as unknown as Middleware;
  return http.createServer((request, response) => {
    // Set before serve-handler writes anything, so even the responses it writes on its own
    // (redirects, a directory without index) carry them; its per-path headers add to these.
    for (const [key, value] of Object.entries(securityHeaders)) response.setHeader(key, value);
    compress(request, response, () => {
      handler(request, response, config).catch((error: unknown) => {
        console.error(error);
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      });
    });
  });
}

if (process.argv[1]?.endsWith('serve.ts')) {
  const args = process.argv.slice(2);
  const listenAt = args.indexOf('--listen');
  const port = listenAt === -1 ? 3000 : Number(args[listenAt + 1]);
  const directory = args.find((arg, index) => !arg.startsWith('--') && (listenAt === -1 || index !== listenAt + 1)) ?? 'out';
  if (!fs.existsSync(path.join(directory, 'index.html'))) {
    console.error(`${directory}/ holds no built site: run npm run build first.`);
    process.exit(1);
  }
  createStaticServer(directory).listen(port, () => console.log(`Serving ${directory}/ at http://localhost:${port}/`));
}
