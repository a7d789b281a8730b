/** Test helpers for the books and cards: EPUBCheck (Debian's, an oracle Editions did not write), a book's files, a PNG's size. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** Debian's epubcheck package installs the jar here (scripts/provision.sh installs it); EPUBCHECK_JAR overrides. */
export const epubcheckJar = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';

/**
 * EPUBCheck's verdict on each book: its exit status and its report, as `epubcheck <file>` gives them.
 * One JVM checks them in turn with EPUBCheck's own command (EpubChecker.run, EpubCheckEach.java
 * beside this file): Java starts once, not once a book; each report and status is the command's.
 */
export function epubcheck(files: string[]): { status: number | null; report: string }[] {
  // A short run: the client compiler and the serial collector start Java cheaply; the checks and the report are the same.
  const run = spawnSync('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-cp', epubcheckJar, path.join(import.meta.dirname, 'EpubCheckEach.java'), ...files], {
    encoding: 'utf8',
  });
  // Each book's report follows a line "\0<status>\0<file>"; a book without one gets what Java printed, and a failing status.
  const reports = new Map(
    run.stdout
      .split(/^\0/m)
      .slice(1)
      .map((part) => {
        const [head, ...report] = part.split('\n');
        const [status, file] = head!.split('\0') as [string, string];
        return [file, { status: Number(status), report: report.join('\n') }] as const;
      }),
  );
  return files.map((file) => reports.get(file) ?? { status: run.status || 1, report: `no report for ${file}:\n${run.stdout}${run.stderr}` });
}

/** The entries of a .epub, in zip order, as text: `bookEntries(file)[0]` → ["mimetype", "application/epub+zip"] */
export function bookEntries(file: string): [string, string][] {
  return Object.entries(unzipSync(readFileSync(file))).map(([name, data]) => [name, strFromU8(data)]);
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
