// @ts-check
/**
 * `node src/cli/bundled.mjs src/cli/check.ts [args]`: runs a command-line
 * entry from one esbuild bundle instead of through tsx, the way Vite loads
 * its config. Loading thirty TypeScript modules through tsx's hooks costs
 * as much as `npm run check` spends on checking a long story (README,
 * Performance), so the command people run most starts from one plain file.
 *
 * The bundle lives in node_modules/.cache/editions/ and is rebuilt whenever
 * a file under src/ (or the lockfile) is newer than it: editing the source
 * never runs stale code. Packages stay external, so they load as usual.
 * Plain JavaScript on purpose: it must start without tsx.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

const projectDir = path.resolve(import.meta.dirname, '../..');
// Inside the project's node_modules, so the bundle's imports of packages resolve as the source's do
// (an EDITIONS_CACHE_DIR must be inside the project too).
const cacheDir = process.env.EDITIONS_CACHE_DIR ?? path.join(projectDir, 'node_modules/.cache/editions');

/** The newest modification time among the files a bundle is made from. */
function newestSource() {
  let newest = existsSync(path.join(projectDir, 'package-lock.json')) ? statSync(path.join(projectDir, 'package-lock.json')).mtimeMs : 0;
  for (const entry of readdirSync(path.join(projectDir, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The bundle of `entry` (a path under src/), rebuilt first when stale. */
function bundleOf(entry) {
  const out = path.join(cacheDir, `${path.relative(projectDir, entry).replace(/[\\/]/g, '__').replace(/\.ts$/, '')}.mjs`);
  let built = 0;
  try {
    built = statSync(out).mtimeMs;
  } catch {
    // Not built yet.
  }
  if (built <= newestSource()) {
    mkdirSync(cacheDir, { recursive: true });
    // Written aside, then renamed: two commands starting at once never read half a bundle.
    const partial = `${out}.${process.pid}.partial`;
    const started = new Date();
    buildSync({
      entryPoints: [entry], outfile: partial, bundle: true, platform: 'node', format: 'esm', target: 'node20',
      packages: 'external', sourcemap: 'inline', logLevel: 'error',
      // Relative imports of packages resolve from the project, as they would unbundled.
      absWorkingDir: projectDir,
    });
    // Dated from before the build: a file saved while esbuild ran is newer, so the next run builds again.
    utimesSync(partial, started, started);
    renameSync(partial, out);
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
