/**
 * npm run load — a short, bounded load run against `npm start`'s server on loopback:
 * 20 000 requests over 20 connections, cycling through one page of each type. Prints requests
 * per second, latency and errors. Build first (npm run build).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

const port = 3600;
const origin = `http://localhost:${port}`;
const paths = ['/en/', '/fr/notes-de-service/', '/en/regions/kingston-pembroke/', '/fr/deploiement/', '/en/feed.xml', '/fr/regions/york/calendar.ics'];

async function main() {
  if (!fs.existsSync(path.resolve('out/en/index.html'))) throw new Error('No out/: run npm run build first.');
  const server = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/serve.ts', 'out', '--listen', String(port)], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 100 && !(await fetch(`${origin}/en/`).then((r) => r.ok).catch(() => false)); i++) await new Promise((r) => setTimeout(r, 200));
    const result = await autocannon({
      url: origin,
      connections: 20,
      amount: 20_000,
      requests: paths.map((p) => ({ method: 'GET', path: p, headers: { 'accept-encoding': 'gzip' } })),
    });
    const line = `| ${new Date().toISOString().slice(0, 10)} | ${result.requests.total} | ${result.connections} | ${Math.round(result.requests.average)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.errors} | ${result.non2xx} |`;
    console.log('| date | requests | connections | requests/s (mean) | latency p50 | latency p99 | errors | non-2xx |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    console.log(line);
    if (result.errors > 0 || result.non2xx > 0) process.exitCode = 1;
  } finally {
    server.kill();
  }
}

void main();
