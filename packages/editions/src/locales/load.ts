/**
 * Loads locales/<lng>/<namespace>.json. A broken file is reported at its line
 * and column (momoa gives positions), and every string is normalized to NFC so
 * search and comparison work.
 */
import { parse, type AnyNode } from '@humanwhocodes/momoa';
import { fixedNamespaces, paths } from '../config.ts';
import { withBuiltInChrome } from './chrome.ts';
import { problems, type Finding } from '../errors.ts';
import { LOCK_FILE, localeFolder } from './files.ts';
import { parseLock } from './lock.ts';
import type { LocaleData, LocaleFile } from './types.ts';
import { isProjectFolder, jsonDepth, listFolder, MAX_JSON_DEPTH, readProjectText } from '../files/safe-files.ts';
import { LIMITS } from '../files/limits.ts';

/**
 * Parses one locale file's text; `null` (with a finding) when it is not usable
 * JSON. A well-formed file of NFC strings, nearly every file, takes the native
 * JSON.parse (much faster) and finds its keys' lines only when a
 * finding asks for one; anything to report is walked with positions.
 */
export function parseLocaleFile(text: string, file: string, namespace: string, findings: Finding[]): LocaleFile | null {
  // A byte-order mark and CRLF line endings are harmless: accept them silently.
  const clean = text.replace(/^\uFEFF/, '');
  // Refused before any parser recurses into it (a bare RangeError otherwise).
  if (jsonDepth(clean) > MAX_JSON_DEPTH) {
    findings.push(problems.jsonTooDeep({ file, line: 1 }, MAX_JSON_DEPTH));
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch {
    return parseWithPositions(clean, file, namespace, findings);
  }
  const strings = new Map<string, string>();
  const keys = { count: 0 };
  // JSON.parse keeps the last of two equal keys silently: a file that says more keys than it parsed into has one twice.
  if (!isObject(data) || !collectStrings(data, '', strings, keys) || keys.count !== keysWritten(clean)) {
    return parseWithPositions(clean, file, namespace, findings);
  }
  let lines: Map<string, number> | undefined;
  return {
    file,
    namespace,
    data,
    strings,
    get lines() {
      return (lines ??= parseWithPositions(clean, file, namespace, [])!.lines);
    },
  };
}

/** Locale files already reported over the text limit (walk). */
const overFull = new WeakSet<LocaleFile>();

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects `dotted.key → string` and counts keys; false when a value is not a string or not NFC (the positioned walk reports it). */
function collectStrings(obj: Record<string, unknown>, prefix: string, out: Map<string, string>, keys: { count: number }): boolean {
  for (const name of Object.keys(obj)) {
    keys.count++;
    const value = obj[name];
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') {
      // Not NFC, a key written both flat and nested, or over a limit: the positioned walk reports it.
      if (value.normalize('NFC') !== value || out.has(key) || value.length > LIMITS.stringChars || out.size >= LIMITS.unitsPerFile) return false;
      out.set(key, value);
    } else if (!isObject(value) || !collectStrings(value, key, out, keys)) return false;
  }
  return true;
}

/** Every string token followed by a colon is a key, in valid JSON. */
const KEY_TOKEN = /"(?:[^"\\]|\\.)*"\s*:/g;

/** How many keys a JSON text writes, duplicates included: `{"a": {"b": "c"}, "a": "d"}` → 3. */
function keysWritten(text: string): number {
  let count = 0;
  KEY_TOKEN.lastIndex = 0;
  while (KEY_TOKEN.exec(text)) count++;
  return count;
}

function parseWithPositions(clean: string, file: string, namespace: string, findings: Finding[]): LocaleFile | null {
  let ast: ReturnType<typeof parse>;
  try {
    ast = parse(clean, { mode: 'json' });
  } catch (e) {
    const err = e as Error & { line?: number; column?: number };
    const detail = err.message.replace(/\s*\(\d+:\d+\)\s*$/, '').replace(/\.$/, '');
    findings.push(problems.jsonSyntax({ file, line: err.line, column: err.column }, detail));
    return null;
  }
  if (ast.body.type !== 'Object') {
    findings.push(problems.jsonSyntax({ file, line: 1, column: 1 }, 'the file must hold one object: { "key": "text", … }'));
    return null;
  }
  const out: LocaleFile = { file, namespace, data: {}, strings: new Map(), lines: new Map() };
  out.data = walk(ast.body, '', out, findings) as Record<string, unknown>;
  return out;
}

function walk(node: AnyNode, key: string, out: LocaleFile, findings: Finding[]): unknown {
  const at = { file: out.file, line: node.loc.start.line, column: node.loc.start.column };
  switch (node.type) {
    case 'Object': {
      const obj: Record<string, unknown> = {};
      for (const m of node.members) {
        const name = m.name.type === 'String' ? m.name.value : String(m.name.name);
        const dotted = key ? `${key}.${name}` : name;
        if (Object.hasOwn(obj, name)) {
          findings.push(problems.duplicateKey({ file: out.file, line: m.loc.start.line, column: m.loc.start.column }, dotted));
          // The last one counts, as in JSON.parse; only a flat key meeting a nested one is shadowing.
          for (const k of out.strings.keys()) if (k === dotted || k.startsWith(`${dotted}.`)) out.strings.delete(k);
        }
        obj[name] = walk(m.value, dotted, out, findings);
      }
      return obj;
    }
    case 'String': {
      // "quote.x": "…" beside "quote": {"x": "…"}: one key to i18next, two texts; which one a page shows is not the check's to guess.
      if (out.strings.has(key)) {
        findings.push(problems.shadowedKey(at, key));
        return null;
      }
      if (node.value.length > LIMITS.stringChars) {
        findings.push(
          problems.overLimit(
            { ...at, key },
            `This text is ${node.value.length.toLocaleString('en')} characters long`,
            `${LIMITS.stringChars.toLocaleString('en')} characters per text`,
            'Split it: a unit is one paragraph, heading or item.',
          ),
        );
        return null;
      }
      if (out.strings.size >= LIMITS.unitsPerFile) {
        // Said once, at the first text over the limit; the rest are not read.
        if (!overFull.has(out)) {
          overFull.add(out);
          findings.push(
            problems.overLimit(
              at,
              `This file holds more than ${LIMITS.unitsPerFile.toLocaleString('en')} texts`,
              `${LIMITS.unitsPerFile.toLocaleString('en')} texts per file`,
              (Object.values(fixedNamespaces) as string[]).includes(out.namespace)
                ? 'Check that it is the file you meant: the limit is per file, and one publication cannot give this file more texts.'
                : 'Split the chapter it translates into several chapters.',
            ),
          );
        }
        return null;
      }
      const nfc = node.value.normalize('NFC');
      if (nfc !== node.value) findings.push(problems.decomposedUnicode(at, key));
      out.strings.set(key, nfc);
      out.lines.set(key, at.line);
      return nfc;
    }
    case 'Null':
      findings.push(problems.notAString(at, key, 'null'));
      return null;
    case 'Number':
      findings.push(problems.notAString(at, key, `the number ${node.value}`));
      return null;
    case 'Boolean':
      findings.push(problems.notAString(at, key, `${node.value}`));
      return null;
    case 'Array':
      findings.push(problems.notAString(at, key, 'a list [ … ]'));
      return null;
    default:
      return null;
  }
}

/** Loads every configured locale's folder; reports missing folders and unknown ones. */
export async function loadLocales(root: string, codes: readonly string[], findings: Finding[]): Promise<Map<string, LocaleData>> {
  const out = new Map<string, LocaleData>();
  for (const folder of listFolder(root, paths.locales, findings)) {
    if (!codes.includes(folder) && isProjectFolder(root, `${paths.locales}/${folder}`)) findings.push(problems.unknownLocaleFolder(folder));
  }
  for (const code of codes) {
    const folder = localeFolder(code);
    const data: LocaleData = { code, folder, files: new Map(), lock: new Map() };
    // No folder is an edition with nothing translated yet (its findings say what is missing, file by file);
    // a link out of the project or a file in its place is a finding of its own.
    const names = isProjectFolder(root, folder) ? listFolder(root, folder, findings) : (listFolder(root, folder, findings), []);
    if (names.includes(LOCK_FILE)) {
      const lock = readProjectText(root, `${folder}/${LOCK_FILE}`, findings, LIMITS.lockBytes);
      if (lock !== null) data.lock = parseLock(lock, `${folder}/${LOCK_FILE}`, findings);
    }
    // Read synchronously: for thousands of small files that is faster than fs/promises (README, Performance).
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      const file = `${folder}/${name}`;
      const text = readProjectText(root, file, findings);
      const parsed = text === null ? null : parseLocaleFile(text, file, name.slice(0, -5), findings);
      if (parsed) data.files.set(parsed.namespace, parsed);
    }
    const chrome = withBuiltInChrome(code, data.files.get(fixedNamespaces.ui), folder);
    if (chrome) data.files.set(fixedNamespaces.ui, chrome);
    out.set(code, data);
  }
  return out;
}
