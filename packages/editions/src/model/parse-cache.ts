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
    // No cache yet, or an unreadable one: parse everything.
    const stored = loadCache(file) as { version?: string; entries?: Map<string, Entry> } | undefined;
    const previous = stored?.version === version && stored.entries instanceof Map ? stored.entries : new Map<string, Entry>();
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
    storeCache(this.file, { version: this.version, entries: this.used });
  }
}

/** Where the cache of the project at `root` lives; null when it has no node_modules to keep one in. */
export function parseCacheFile(root: string): string | null {
  return cacheFile(root, 'parsed');
}

/** `node_modules/.cache/editions/<kind>-<root's hash>.v8` of the project at `root`; null without node_modules. */
export function cacheFile(root: string, kind: string): string | null {
  const modules = path.join(root, 'node_modules');
  return existsSync(modules) ? path.join(modules, '.cache/editions', `${kind}-${hash('sha256', path.resolve(root)).slice(0, 12)}.v8`) : null;
}

/** Stores `value` at `file`, written aside then renamed (two runs at once never read half of it); a read-only folder is no error. */
export function storeCache(file: string, value: unknown): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, serialize(value));
    renameSync(partial, file);
  } catch {
    // A read-only node_modules: the cache is only a shortcut, so go on without it.
  }
}

/** What `storeCache` stored at `file`, or undefined. */
export function loadCache(file: string): unknown {
  try {
    return deserialize(readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * A fingerprint of everything that makes a parse: the code that runs (every
 * file of the folder this module is in, src/ through tsx or dist/ compiled,
 * in this repository or installed), the engine's package.json, the
 * package-lock.json beside it if any (markdown-it, js-yaml…) and the V8
 * version. A parser change must not reuse what the old parser made.
 */
let version: string | undefined;
export function codeVersion(): string {
  if (version) return version;
  const code = path.dirname(import.meta.dirname);
  const engine = path.dirname(code);
  const sum = createHash('sha256').update(process.versions.v8);
  for (const file of [path.join(engine, 'package.json'), path.join(engine, 'package-lock.json')]) if (existsSync(file)) sum.update(readFileSync(file));
  for (const name of readdirSync(code, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(code, name);
    if (statSync(file).isFile()) sum.update(name).update(readFileSync(file));
  }
  return (version = sum.digest('hex'));
}
