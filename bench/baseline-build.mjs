// @ts-check
/**
 * `node bench/baseline-build.mjs <baseline dir>`: the baseline's build, as
 * bare as a site built with Eleventy and Pagefind is: plain JavaScript (no
 * TypeScript loader), Eleventy over the Markdown pages (baseline.ts writes
 * them), then Pagefind with the same calls as Editions' index.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import * as pagefind from 'pagefind';

const dir = path.resolve(process.argv[2] ?? '.');
const out = path.join(dir, '_site');
await rm(out, { recursive: true, force: true });
process.chdir(dir);
const eleventy = new Eleventy(path.join(dir, 'input'), out, { configPath: path.join(dir, 'eleventy.config.js'), quietMode: true });
await eleventy.write();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
try {
  const added = await index.addDirectory({ path: out });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('; '));
} finally {
  await pagefind.close();
}

// Wait until Pagefind's process has exited and been reaped, so that its CPU time counts for this
// build (Linux; elsewhere a no-op), as it does for `npm run build`, which has work left after it.
const children = `/proc/${process.pid}/task/${process.pid}/children`;
for (let i = 0; i < 100 && (await readFile(children, 'utf8').catch(() => '')).trim() !== ''; i++) {
  await new Promise((r) => setTimeout(r, 50));
}
