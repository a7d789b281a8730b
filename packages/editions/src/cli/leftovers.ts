/**
 * A build killed half-way leaves `_site.staging-<pid>` (what it was writing)
 * or `_site.previous-<pid>` (the site it was swapping out) beside the output.
 * The next build removes those of builds that are no longer running; a
 * build running at the same time keeps its own.
 */
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
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:staging|previous)-(\\d+)$`);
  const removed: string[] = [];
  for (const name of await readdir(path.dirname(target)).catch(() => [] as string[])) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || (pid !== process.pid && running(pid))) continue;
    await rm(path.join(path.dirname(target), name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
