/**
 * The one way Editions reads content/ and locales/ and writes into them.
 * Those folders come from outside the newsroom, so a name there may be a
 * symbolic link out of the project, a folder, a FIFO (reading it would wait
 * forever) or text in another encoding. Each is a finding naming the file,
 * never a stack trace, a hang, or a read or write somewhere else.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { hash } from 'node:crypto';
import path from 'node:path';
import { EditionsError, problems, type Finding } from '../errors.ts';
import { LIMITS } from './limits.ts';

/** True when `target` is `root` or inside it (both real paths). */
function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

const realRoots = new Map<string, string>();
/** The project root's real path (remembered: every read asks). */
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) realRoots.set(root, (real = realpathSync.native(path.resolve(root))));
  return real;
}

/** What a non-regular file is, in words: "a folder", "a FIFO (named pipe)"… */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

type Resolved = { ok: true; real: string; stat: Stats } | { ok: false; finding: Finding | null };

/**
 * Where `rel` really is, if it stays inside the project: every symbolic link
 * on the way is followed and the end must be inside the root. `finding: null`
 * when nothing is there.
 */
function resolveInside(root: string, rel: string): Resolved {
  const full = path.join(root, rel);
  let real: string;
  try {
    real = realpathSync.native(full);
  } catch {
    // A dangling link exists as a link but leads nowhere inside.
    try {
      lstatSync(full);
      return { ok: false, finding: problems.outsideProject(rel) };
    } catch {
      return { ok: false, finding: null };
    }
  }
  if (!inside(realRoot(root), real)) return { ok: false, finding: problems.outsideProject(rel) };
  return { ok: true, real, stat: statSync(real) };
}

function listFolderNow(root: string, rel: string, findings: Finding[]): string[] {
  const where = resolveInside(root, rel);
  if (!where.ok) {
    if (where.finding) findings.push({ ...where.finding, file: `${rel}/` });
    return [];
  }
  if (!where.stat.isDirectory()) {
    findings.push(problems.notAFile(`${rel}/`, 'a file where a folder was expected'));
    return [];
  }
  const names = readdirSync(where.real);
  if (names.length > LIMITS.folderEntries) {
    findings.push(
      problems.overLimit(
        { file: `${rel}/` },
        `This folder holds ${names.length.toLocaleString('en')} names`,
        `${LIMITS.folderEntries.toLocaleString('en')} names per folder`,
        'Remove what the publication does not use (or split the work into several publications).',
      ),
    );
    return [];
  }
  return names;
}

function isProjectFolderNow(root: string, rel: string): boolean {
  const where = resolveInside(root, rel);
  return where.ok && where.stat.isDirectory();
}

function readProjectBytes(root: string, rel: string, findings: Finding[], limit: number): Uint8Array | null {
  const where = resolveInside(root, rel);
  if (!where.ok) {
    if (where.finding) findings.push(where.finding);
    return null;
  }
  if (!where.stat.isFile()) {
    findings.push(problems.notAFile(rel, kindOf(where.stat)));
    return null;
  }
  return readRegular(where.real, rel, limit, findings);
}

/** The names in a project folder (`[]` when it is absent); a folder linked from outside the project is a finding. */
export function listFolder(root: string, rel: string, findings: Finding[]): string[] {
  return recorded({ op: 'list', root, rel }, findings, () => listFolderNow(root, rel, findings));
}

/** True when the project has a folder at `rel` (links followed only inside the project). */
export function isProjectFolder(root: string, rel: string): boolean {
  return recorded({ op: 'folder', root, rel }, [], () => isProjectFolderNow(root, rel));
}

/**
 * The text of a project file, decoded as strict UTF-8; `null` with a finding
 * when it is a link out of the project, not a regular file, or not UTF-8.
 * `null` without a finding when there is no such file.
 */
export function readProjectText(root: string, rel: string, findings: Finding[], limit: number = LIMITS.fileBytes): string | null {
  const ahead = takeReadAhead(root, rel, limit);
  // Recorded by its bytes: the text and its findings follow from them.
  const bytes = ahead
    ? recorded(
        { op: 'text', root, rel, limit },
        findings,
        () => {
          findings.push(...ahead.findings);
          return ahead.value;
        },
        ahead.digest,
      )
    : recorded({ op: 'text', root, rel, limit }, findings, () => readProjectBytes(root, rel, findings, limit));
  return bytes && decodeUtf8(bytes, rel, findings);
}

/** One read of the project as a run saw it: what was asked, and a digest of the answer (its value and its findings). */
export interface ProjectRead {
  op: 'list' | 'folder' | 'text';
  root: string;
  rel: string;
  limit?: number;
  digest: string;
}

/** The runs recording their reads now (one, but tests may run checks side by side: each then records all). */
const recorders = new Set<ProjectRead[]>();

/** `known`: the digest of what `run` gives, when it was worked out already (a read ahead). */
function recorded<T>(read: Omit<ProjectRead, 'digest'>, findings: Finding[], run: () => T, known?: string): T {
  if (recorders.size === 0) return run();
  const before = findings.length;
  const keep = (digest: string) => {
    for (const reads of recorders) reads.push({ ...read, digest });
  };
  try {
    const value = run();
    keep(known ?? digest(value, findings.slice(before)));
    return value;
  } catch (error) {
    // A read that stops the run (a file over its limit) is an answer too: the same file must stop it again.
    keep(digest({ threw: String(error) }, findings.slice(before)));
    throw error;
  }
}

function digest(value: unknown, findings: Finding[]): string {
  return hash('sha256', JSON.stringify([value instanceof Uint8Array ? hash('sha256', value) : value, findings]));
}

/**
 * `run`, and every read of the project it made (through this module, the
 * only way Editions reads a project): what a result computed from the
 * project depends on, for `readsUnchanged` to tell whether it still holds.
 */
export async function recordReads<T>(run: () => Promise<T>): Promise<{ value: T; reads: ProjectRead[] }> {
  const reads: ProjectRead[] = [];
  recorders.add(reads);
  try {
    return { value: await run(), reads };
  } finally {
    recorders.delete(reads);
  }
}

/**
 * Whether every read answers now what it answered then: the same names, texts (by content, never by timestamp) and findings.
 * `readAhead`: every file is read even after one differs, and kept with its digest for the run that follows, which
 * then reads each file once (readProjectText takes it; `forgetReadAhead` drops what it did not).
 */
export function readsUnchanged(reads: readonly ProjectRead[], { readAhead = false } = {}): boolean {
  let same = true;
  for (const r of reads) {
    if (!same && (!readAhead || r.op !== 'text')) continue;
    const findings: Finding[] = [];
    let value: unknown;
    let threw = false;
    try {
      value =
        r.op === 'list' ? listFolderNow(r.root, r.rel, findings) : r.op === 'folder' ? isProjectFolderNow(r.root, r.rel) : readProjectBytes(r.root, r.rel, findings, r.limit!);
    } catch (error) {
      value = { threw: String(error) };
      threw = true;
    }
    const now = digest(value, findings);
    if (readAhead && r.op === 'text' && !threw) ahead.set(aheadKey(r.root, r.rel, r.limit!), { value: value as Uint8Array | null, findings, digest: now });
    if (now !== r.digest) {
      same = false;
      if (!readAhead) return false;
    }
  }
  if (same) forgetReadAhead();
  return same;
}

/** Files read by `readsUnchanged`, by root, path and limit: their bytes (or null), findings and digest. */
const ahead = new Map<string, { value: Uint8Array | null; findings: Finding[]; digest: string }>();
const aheadKey = (root: string, rel: string, limit: number) => `${root}\u0000${rel}\u0000${limit}`;

function takeReadAhead(root: string, rel: string, limit: number) {
  if (ahead.size === 0) return undefined;
  const key = aheadKey(root, rel, limit);
  const found = ahead.get(key);
  ahead.delete(key);
  return found;
}

export function forgetReadAhead(): void {
  ahead.clear();
}

/**
 * A file named on the command line (`i18n:import <file>`), wherever it is: a
 * regular file only, within the import size limit, strict UTF-8. `shown` is
 * the name findings give. `null` with a finding otherwise (a missing file too).
 */
export function readInputText(file: string, shown: string, findings: Finding[]): string | null {
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch {
    findings.push(problems.missingFile(shown));
    return null;
  }
  if (!stat.isFile()) {
    findings.push(problems.notAFile(shown, kindOf(stat)));
    return null;
  }
  const bytes = readRegular(file, shown, LIMITS.importBytes, findings);
  return bytes && decodeUtf8(bytes, shown, findings);
}

const KB = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;

/**
 * The bytes of a regular file, at most `limit` of them. Opened without
 * blocking and checked on the open descriptor, so a name swapped for a FIFO
 * after it was looked at is refused too, never waited on.
 */
function readRegular(full: string, shown: string, limit: number, findings: Finding[]): Uint8Array | null {
  const fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      findings.push(problems.notAFile(shown, kindOf(stat)));
      return null;
    }
    if (stat.size > limit) {
      findings.push(
        problems.overLimit({ file: shown }, `This file is ${KB(stat.size)}`, `${KB(limit)} per file`, 'Split it into smaller files, or check that it is the file you meant.'),
      );
      return null;
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Strict UTF-8: a UTF-16 file (by its byte-order mark, or NUL bytes between
 * ASCII letters) and invalid byte sequences are findings, never U+FFFD.
 * `decodeUtf8(Buffer.from([0xff, 0xfe, 0x7b, 0x00]), "x.json", f)` → null, "it is UTF-16"
 */
export function decodeUtf8(bytes: Uint8Array, file: string, findings: Finding[]): string | null {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.length >= 4 && ((bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0)));
  if (utf16) {
    findings.push(problems.notUtf8({ file, line: 1 }, 'it is UTF-16'));
    return null;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = 1 + bytes.subarray(0, at).filter((b) => b === 0x0a).length;
    findings.push(
      problems.notUtf8(
        { file, line },
        `the byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at line ${line} is not valid UTF-8 (another encoding, such as Latin-1 or Shift JIS?)`,
      ),
    );
    return null;
  }
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence (overlong forms and surrogates included). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const [len, min, max] =
      b < 0x80
        ? [1, 0, 0]
        : b >= 0xc2 && b <= 0xdf
          ? [2, 0x80, 0xbf]
          : b === 0xe0
            ? [3, 0xa0, 0xbf]
            : b === 0xed
              ? [3, 0x80, 0x9f]
              : b >= 0xe1 && b <= 0xef
                ? [3, 0x80, 0xbf]
                : b === 0xf0
                  ? [4, 0x90, 0xbf]
                  : b >= 0xf1 && b <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : b === 0xf4
                      ? [4, 0x80, 0x8f]
                      : [0, 0, 0];
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
    }
    i += len;
  }
  return Math.max(0, bytes.length - 1);
}

/**
 * Writes a project file, never through a symbolic link: the text goes to a
 * new file beside it and is renamed over the name, which replaces a link
 * rather than following it. A name that is a link out of the project, or a
 * folder on the way that leads outside, is refused with an EditionsError.
 */
export function writeProjectText(root: string, rel: string, text: string): void {
  const full = path.join(root, rel);
  const parent = resolveInside(root, path.dirname(rel));
  if (!parent.ok) throw new EditionsError([problems.outsideProject(path.dirname(rel) + '/')]);
  let link = false;
  try {
    link = lstatSync(full).isSymbolicLink();
  } catch {
    // Not there yet.
  }
  if (link && !resolveInside(root, rel).ok) throw new EditionsError([problems.outsideProject(rel)]);
  const partial = path.join(parent.real, `.${path.basename(rel)}.${process.pid}.partial`);
  writeFileSync(partial, text, { flag: 'wx' });
  renameSync(partial, path.join(parent.real, path.basename(rel)));
}

/**
 * Makes the project folder `rel` and any missing folder on the way (as
 * `mkdir -p`), never through a link out of the project: each existing step
 * must be a folder inside it. Throws an EditionsError otherwise.
 */
export function makeProjectFolder(root: string, rel: string): void {
  let at = '';
  for (const part of rel.split('/').filter(Boolean)) {
    at = at ? `${at}/${part}` : part;
    const where = resolveInside(root, at);
    if (where.ok && where.stat.isDirectory()) continue;
    if (where.ok) throw new EditionsError([problems.notAFile(`${at}/`, 'a file where a folder was expected')]);
    if (where.finding) throw new EditionsError([{ ...where.finding, file: `${at}/` }]);
    mkdirSync(path.join(realRoot(root), at));
  }
}

/**
 * How deep a JSON text nests, counted without parsing (strings skipped), so a
 * file nested thousands deep is refused before any recursive parser sees it.
 * `jsonDepth('{"a": {"b": "{"}}')` → 2
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** Nesting deeper than this is refused: translation files group keys a few levels at most. */
export const MAX_JSON_DEPTH = LIMITS.treeDepth;

/** A file shipped with Editions itself (its chrome, starter, templates), read by path relative to the package. */
export function readEngineText(engineDir: string, rel: string): string | null {
  try {
    return readFileSync(path.join(engineDir, rel), 'utf8');
  } catch {
    return null;
  }
}

/** The names in a folder shipped with Editions itself. */
export function listEngineFolder(engineDir: string, rel: string): string[] {
  try {
    return readdirSync(path.join(engineDir, rel));
  } catch {
    return [];
  }
}
