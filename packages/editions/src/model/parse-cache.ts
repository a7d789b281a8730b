/**
 * Parsed source files remembered between runs: a file whose content (its
 * SHA-256) is unchanged is not parsed again. Keyed by content, not by size
 * and modification time, so a copy with old timestamps or a same-size edit
 * in the same instant never reuses another text's parse.
 *
 * The cache lives in the project's own node_modules/.cache/editions/ (a copy
 * of the project without node_modules, as in tests, is parsed afresh every
 * time), one file per project root. It is dropped whole when any file of
 * Editions' source changes, since the parser may have. Results are stored as
 * parsed, findings included, so a cached file reports what it reported.
 */
import { createHash, hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from '../files/own-files.ts';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** What a file parsed into, keyed by its content's hash: timestamps (a `cp -p`, a checkout) decide nothing. */
interface Entry {
  contentHash: string;
  variant: string;
  result: unknown;
}

export class ParseCache {
  /** The entries this run used: only they are written back, so deleted files drop out. */
  private readonly used = new Map<string, Entry>();
  private changed = false;

  private constructor(
    private readonly file: string | null,
    private readonly version: string,
    private readonly previous: Map<string, Entry>,
  ) {}

  /** The cache of the project at `root`; one that never remembers when `root` has no node_modules. */
  static open(root: string): ParseCache {
    const file = parseCacheFile(root);
    if (!file) return new ParseCache(null, '', new Map());
    const version = codeVersion();
    let previous = new Map<string, Entry>();
    try {
      const stored = deserialize(readFileSync(file)) as { version: string; entries: Map<string, Entry> };
      if (stored.version === version) previous = stored.entries;
    } catch {
      // No cache yet, or an unreadable one: parse everything.
    }
    return new ParseCache(file, version, previous);
  }

  /**
   * `parse(text)` of the file at `rel` (relative to the root), or what it gave
   * last time for the same text and `variant` (anything else the result
   * depends on). The caller reads the text (safely: src/files/safe-files.ts);
   * the cache saves only the parse. The result must be plain data.
   */
  read<T>(rel: string, variant: string, text: string, parse: (text: string) => T): T {
    const contentHash = hash('sha256', text);
    const known = this.previous.get(rel);
    if (known && known.contentHash === contentHash && known.variant === variant) {
      this.used.set(rel, known);
      return known.result as T;
    }
    const result = parse(text);
    this.used.set(rel, { contentHash, variant, result });
    this.changed = true;
    return result;
  }

  /** Writes the cache when this run parsed or dropped anything (call before anyone changes the results). */
  save(): void {
    if (!this.file || (!this.changed && this.used.size === this.previous.size)) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      // Written aside, then renamed: two runs at once never read half a cache.
      const partial = `${this.file}.${process.pid}.partial`;
      writeFileSync(partial, serialize({ version: this.version, entries: this.used }));
      renameSync(partial, this.file);
    } catch {
      // A read-only node_modules: the cache is only a shortcut, so go on without it.
    }
  }
}

/** Where the cache of the project at `root` lives; null when it has no node_modules to keep one in. */
export function parseCacheFile(root: string): string | null {
  const modules = path.join(root, 'node_modules');
  return existsSync(modules) ? path.join(modules, '.cache/editions', `parsed-${hash('sha256', path.resolve(root)).slice(0, 12)}.v8`) : null;
}

/**
 * A fingerprint of everything that makes a parse: Editions' source (every
 * file under src/, found from here whether this module runs as itself or
 * inside a bundle), the installed packages (package-lock.json: markdown-it,
 * js-yaml…) and the V8 version. A parser change must not reuse what the old
 * parser made. Without a project around it, a fingerprint nothing matches.
 */
let version: string | undefined;
function codeVersion(): string {
  if (version) return version;
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const src = path.join(dir, 'src');
  if (!existsSync(src)) return (version = `no source ${process.pid} ${Date.now()}`);
  const sum = createHash('sha256').update(process.versions.v8);
  const lock = path.join(dir, 'package-lock.json');
  if (existsSync(lock)) sum.update(readFileSync(lock));
  for (const name of readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(src, name);
    if (statSync(file).isFile()) sum.update(name).update(readFileSync(file));
  }
  return (version = sum.digest('hex'));
}
