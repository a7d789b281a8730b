/**
 * Serves a built site on loopback, as a reader's browser would see it from a
 * static host: the `_headers` file's headers on every response, and an
 * unknown address answered with its edition's 404 page (status 404).
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { localeOfUrl } from '../../src/render/urls.ts';

export interface Served { origin: string; close(): Promise<void> }

/** The headers `_headers` gives every path (`/*`); the only rule Editions writes. */
export function headersForAll(dir: string): [string, string][] {
  const file = path.join(dir, '_headers');
  if (!existsSync(file)) return [];
  const out: [string, string][] = [];
  let all = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) all = line.trim() === '/*';
    else if (all && line.includes(':')) {
      const at = line.indexOf(':');
      out.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return out;
}

export async function serveSite(dir: string, port = 0): Promise<Served> {
  const handler = sirv(dir, { dev: true, etag: false });
  const headers = headersForAll(dir);
  const server = http.createServer((req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    handler(req, res, () => {
      const locale = localeOfUrl(req.url ?? '/');
      const page = [locale ? `${locale}/404.html` : null, '404.html'].find((p) => p && existsSync(path.join(dir, p)));
      res.statusCode = 404;
      if (!page) {
        res.end('Not found');
        return;
      }
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(readFileSync(path.join(dir, page)));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// `tsx tests/e2e/serve.ts <dir> <port>`: the Playwright web server.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = '_site', port = '4173'] = process.argv.slice(2);
  const served = await serveSite(dir, Number(port));
  console.log(`Serving ${dir} at ${served.origin}`);
}
