// @ts-check
/**
 * `node src/cli/bundled.mjs src/cli/check.ts [args]`: runs a command-line
 * entry from one esbuild bundle instead of through tsx, the way Vite loads
 * its config. Loading thirty TypeScript modules through tsx's hooks costs
 * as much as `npm run check` spends on checking a long story (README,
 * Performance), so the command people run most starts from one plain file.
 *
 * The bundle lives in node_modules/.cache/editions/, named by a hash of the
 * CONTENT of every file under src/ and of the lockfile: any change of the
 * source, or another tree sharing node_modules, gets its own bundle, and
 * timestamps (a `cp -p`, `tar`, `rsync -a` copy) decide nothing. Packages
 * stay external, so they load as usual.
 * Plain JavaScript on purpose: it must start without tsx.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

const projectDir = path.resolve(import.meta.dirname, '../..');
// Inside the project's node_modules, so the bundle's imports of packages resolve as the source's do
// (an EDITIONS_CACHE_DIR must be inside the project too).
const cacheDir = process.env.EDITIONS_CACHE_DIR ?? path.join(projectDir, 'node_modules/.cache/editions');

/** A hash of what a bundle is made from: every file under src/ (name and bytes) and the lockfile. */
function sourceHash() {
  const sum = createHash('sha256');
  const lock = path.join(projectDir, 'package-lock.json');
  if (existsSync(lock)) sum.update(readFileSync(lock));
  const src = path.join(projectDir, 'src');
  for (const name of readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(src, name);
    if (statSync(file).isFile()) sum.update(`\0${name}\0`).update(readFileSync(file));
  }
  return sum.digest('hex').slice(0, 16);
}

/** The bundle of `entry` (a path under src/) for the source as it is now, built first when there is none. */
function bundleOf(entry) {
  const name = path.relative(projectDir, entry).replace(/[\\/]/g, '__').replace(/\.ts$/, '');
  const out = path.join(cacheDir, `${name}-${sourceHash()}.mjs`);
  if (!existsSync(out)) {
    mkdirSync(cacheDir, { recursive: true });
    // Written aside, then renamed: two commands starting at once never read half a bundle.
    const partial = `${out}.${process.pid}.partial`;
    buildSync({
      entryPoints: [entry], outfile: partial, bundle: true, platform: 'node', format: 'esm', target: 'node20',
      packages: 'external', sourcemap: 'inline', logLevel: 'error',
      // Relative imports of packages resolve from the project, as they would unbundled.
      absWorkingDir: projectDir,
    });
    renameSync(partial, out);
    // Bundles of older sources, unused for a day, are dropped (another checkout may still use a recent one).
    for (const old of readdirSync(cacheDir)) {
      const file = path.join(cacheDir, old);
      if (old.startsWith(`${name}-`) && file !== out && Date.now() - statSync(file).atimeMs > 86_400_000) rmSync(file, { force: true });
    }
  }
  return out;
}

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('Usage: node src/cli/bundled.mjs <src/cli/entry.ts> [args]');
  process.exit(2);
}
// The entry reads its arguments from process.argv, as if run directly.
process.argv = [process.argv[0] ?? 'node', path.resolve(entry), ...args];
await import(pathToFileURL(bundleOf(path.resolve(entry))).href);
