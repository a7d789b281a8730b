/**
 * Serves a built site on loopback, as a reader's browser would see it from a
 * static host: the headers its `_headers` file gives each path, and an
 * unknown address answered with its edition's 404 page (status 404).
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { localeOfUrl } from '../../packages/editions/src/urls.ts';

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** One `_headers` rule: a path (a trailing `*` matches any rest) and the headers it adds. */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** The rules of the site's `_headers` file, in order (Netlify's and Cloudflare Pages' format). */
export function headerRules(dir: string): HeaderRule[] {
  const file = path.join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else if (rules.length && line.includes(':')) {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a rule's path matches a URL path: `/assets/*` matches `/assets/site.css`. */
export function ruleMatches(rule: string, pathname: string): boolean {
  return rule.endsWith('*') ? pathname.startsWith(rule.slice(0, -1)) : pathname === rule;
}

export async function serveSite(dir: string, port = 0): Promise<Served> {
  // Validators on (a host answers "not modified"); caching is whatever `_headers` says, as on the host.
  const handler = sirv(dir, { dev: true, etag: true });
  const rules = headerRules(dir);
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://host').pathname;
    for (const rule of rules) {
      if (ruleMatches(rule.path, pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
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
