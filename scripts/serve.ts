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

/** A request's address as one short, printable log field (a hostile URL could hold anything). */
const logged = (url: string | undefined) => JSON.stringify((url ?? '').slice(0, 200));

/** Whether the path can name a file at all: it decodes, and holds no null byte. */
function readablePath(url: string | undefined): boolean {
  try {
    return !decodeURIComponent((url ?? '/').split('?')[0]!).includes('\0');
  } catch {
    return false;
  }
}

/**
 * serve-handler answers a range it cannot satisfy with 416 and then streams the whole file:
 * the 416 goes out with an empty body, as a host sends it.
 */
function emptyBodyFor416(response: http.ServerResponse) {
  const writeHead = response.writeHead.bind(response) as (status: number, headers?: http.OutgoingHttpHeaders) => http.ServerResponse;
  response.writeHead = ((status: number, headers?: http.OutgoingHttpHeaders) => {
    if (status !== 416) return writeHead(status, headers);
    const end = response.end.bind(response) as () => http.ServerResponse;
    response.write = (() => true) as typeof response.write;
    response.end = (() => end()) as typeof response.end;
    return writeHead(status, { ...headers, 'Content-Length': '0' });
  }) as typeof response.writeHead;
}

export function createStaticServer(directory: string, configFile = path.resolve('scripts/deploy/serve.json')): http.Server {
  const config = { ...JSON.parse(fs.readFileSync(configFile, 'utf8')), public: path.resolve(directory) };
  const compress = compression() as unknown as Middleware;
  return http.createServer((request, response) => {
    // Set before anything is written, so every response carries them: refusals, redirects and a
    // folder without index (which serve-handler writes on its own), and the 404 page.
    for (const [key, value] of Object.entries(securityHeaders)) response.setHeader(key, value);
    const method = request.method ?? 'GET';
    // What a static host refuses: one line in the log per refused request, never a stack trace.
    const refuse = (status: 400 | 405, text: string, headers: Record<string, string> = {}) => {
      console.warn(`${status} ${method} ${logged(request.url)}`);
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      response.end(method === 'HEAD' ? undefined : `${text}\n`);
    };
    if (method !== 'GET' && method !== 'HEAD') return refuse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    if (!readablePath(request.url)) return refuse(400, 'Bad request');
    emptyBodyFor416(response);
    compress(request, response, () => {
      handler(request, response, config).catch((error: unknown) => {
        console.error(`500 ${method} ${logged(request.url)}: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
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
