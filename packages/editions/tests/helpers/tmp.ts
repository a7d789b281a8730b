/**
 * Temp folders for tests and scripts, removed when the process exits: a test
 * run makes hundreds of copies of the publication, and nothing else would
 * ever delete them. `tempDir("editions-x-")` → "/tmp/editions-x-Ab12Cd".
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

process.once('exit', () => {
  // Synchronous: an 'exit' handler cannot wait. The `-outside` sibling is where fixtures' symbolic links point (project.ts).
  for (const dir of made) {
    for (const gone of [dir, `${dir}-outside`]) {
      try {
        rmSync(gone, { recursive: true, force: true, maxRetries: 3 });
      } catch {
        // A folder still busy stays behind; the exit goes on with the test's own status.
      }
    }
  }
});

/** A new empty folder under `parent` (the system's temp folder), removed with its `<dir>-outside` sibling when the process exits. */
export async function tempDir(prefix: string, parent = tmpdir()): Promise<string> {
  const dir = await mkdtemp(path.join(parent, prefix));
  made.push(dir);
  return dir;
}
