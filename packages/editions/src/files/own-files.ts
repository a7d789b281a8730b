/**
 * The engine's own files: the build's output (_site/, shards, the search
 * index), the parse cache in node_modules, the engine's package, the folder
 * `editions init` starts, and the files a command is told to write (export).
 * None of them comes from a contributor, so they need no guard; what does
 * (content/, locales/, an imported file) is read and written only through
 * ./safe-files.ts. Together the two are the only modules that touch the disk
 * (tests/unit/security/disk-access.test.ts fails otherwise): a new reader of
 * contributed files has to choose, here, which kind it is.
 */
import { copyFileSync, linkSync } from 'node:fs';

export { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
export { copyFile, link, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';

/** Hard-links `source` as `target`, or copies it where a link cannot be made (another disk). */
export function linkOrCopySync(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}
