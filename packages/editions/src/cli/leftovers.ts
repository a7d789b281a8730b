/**
 * A build killed half-way leaves `_site.staging-<pid>` (what it was writing,
 * or `….removing` if it was killed while removing it) or
 * `_site.previous-<pid>.<time>` (the site it swapped out, deleted in the
 * background) beside the output.
 * The next build removes those of builds that are no longer running; a
 * build running at the same time keeps its own.
 */
import { spawn } from 'node:child_process';
import { readdir, rm } from '../files/own-files.ts';
import path from 'node:path';

/** True when a process with this id exists (signal 0 only asks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the leftovers of dead builds of `target`; returns the names removed: ["_site.staging-4242"]. */
export async function removeLeftovers(target: string): Promise<string[]> {
  const base = path.basename(target);
  // `.removing`: a staging folder an interrupted build had moved aside to remove (render/scratch.ts).
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:staging|previous)-(\\d+)(?:\\.\\d+)?(?:\\.removing)?$`);
  const removed: string[] = [];
  for (const name of await readdir(path.dirname(target)).catch(() => [] as string[])) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || (pid !== process.pid && running(pid))) continue;
    await rm(path.join(path.dirname(target), name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Deletes `dir` in a detached process, so the command that swapped it out can
 * finish at once. If that process is stopped half-way, what it left is a dead
 * build's leftover, which the next build removes.
 */
export function removeInBackground(dir: string): void {
  const remover = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], { detached: true, stdio: 'ignore' });
  remover.on('error', () => {}); // the next build's sweep removes it then
  remover.unref();
}
