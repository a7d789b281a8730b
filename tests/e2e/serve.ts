/** Serves a built site on loopback, as a reader's browser would see it. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served { origin: string; close(): Promise<void> }

export async function serveSite(dir: string, port = 0): Promise<Served> {
  const handler = sirv(dir, { dev: true, etag: false });
  const server = http.createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  }));
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
