/**
 * Credits: who wrote the story and who translated each edition
 * (content/credits.yml). Names are published as text, links only when they
 * are http(s) URLs.
 *
 *   byline:
 *     - name: International Desk      # or one name per edition:
 *       type: organization             #   name: { en: International Desk, ja: 国際報道部 }
 *   translators:
 *     ja:
 *       - name: A. Translator
 *         url: https://example.org/a-translator
 */
import { nameControlChar } from '../xml/chars.ts';
import { readProjectText } from '../files/safe-files.ts';
import { problems, type Finding } from '../errors.ts';
import { parseYaml } from './yaml.ts';

export const CREDITS_FILE = 'content/credits.yml';

export interface Credit {
  /** The name as the source edition writes it. */
  name: string;
  /** The name as another edition writes it, where it differs: edition code → name. */
  names?: Record<string, string>;
  /** An absolute http(s) URL, normalized. */
  url?: string;
  type: 'person' | 'organization';
}

export interface Credits {
  byline: Credit[];
  /** Edition code → its translators. */
  translators: Map<string, Credit[]>;
}

/** `safeUrl("https://example.org/x")` → "https://example.org/x"; `safeUrl("javascript:alert(1)")` → null */
export function safeUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Reads and validates content/credits.yml; no file means no credits. */
export function loadCredits(root: string, editions: readonly string[], sourceLanguage: string, findings: Finding[]): Credits {
  const text = readProjectText(root, CREDITS_FILE, findings);
  return text === null ? { byline: [], translators: new Map() } : parseCredits(text, editions, sourceLanguage, findings);
}

export function parseCredits(text: string, editions: readonly string[], sourceLanguage: string, findings: Finding[]): Credits {
  const file = CREDITS_FILE;
  const out: Credits = { byline: [], translators: new Map() };
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''), file, 0, findings);
  if (!parsed || parsed.value === null) return out;
  const bad = (key: string, detail: string) => findings.push(problems.badCredit({ file, line: parsed.lineOf(key) ?? 1 }, key, detail));
  if (!isRecord(parsed.value)) {
    bad('(file)', 'the file must have "byline:" and "translators:"');
    return out;
  }
  for (const key of Object.keys(parsed.value)) if (key !== 'byline' && key !== 'translators') bad(key, `unknown field "${key}" (allowed: byline, translators)`);
  out.byline = creditList(parsed.value.byline, 'byline', sourceLanguage, bad);
  const translators = parsed.value.translators ?? {};
  if (!isRecord(translators)) bad('translators', '"translators" must map each edition code to a list of names');
  else {
    for (const [code, list] of Object.entries(translators)) {
      if (!editions.includes(code) || code === sourceLanguage) {
        bad(`translators.${code}`, `"${code}" is not a translated edition (${editions.filter((e) => e !== sourceLanguage).join(', ')})`);
        continue;
      }
      out.translators.set(code, creditList(list, `translators.${code}`, code, bad));
    }
  }
  return out;
}

function creditList(value: unknown, key: string, sourceLanguage: string, bad: (key: string, detail: string) => void): Credit[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    bad(key, `"${key}" must be a list of entries with "name:" (and optionally "url:" and "type:")`);
    return [];
  }
  const out: Credit[] = [];
  value.forEach((entry, i) => {
    const at = `${key}[${i + 1}]`;
    if (!isRecord(entry)) return bad(key, `${at} must have "name:"`);
    for (const field of Object.keys(entry)) if (!['name', 'url', 'type'].includes(field)) bad(key, `${at} has an unknown field "${field}" (allowed: name, url, type)`);
    const names = creditNames(entry.name);
    if (names === 'bad') return bad(key, `${at} "name" must be a name, or one name per edition (name: { en: …, ja: … })`);
    const name = typeof names === 'string' ? names : (names[sourceLanguage] ?? Object.values(names)[0] ?? '');
    if (!name) return bad(key, `${at} has no "name"`);
    const control = nameControlChar(name);
    if (control !== null) return bad(key, `${at} "name" holds the control character U+${control.toString(16).toUpperCase().padStart(4, '0')}: a name is one line of visible text`);
    const type = entry.type ?? 'person';
    if (type !== 'person' && type !== 'organization') return bad(key, `${at} "type" must be person or organization`);
    const credit: Credit = { name, type, ...(typeof names === 'string' ? {} : { names }) };
    if (entry.url !== undefined) {
      const url = typeof entry.url === 'string' ? safeUrl(entry.url.trim()) : null;
      if (!url) return bad(key, `${at} "url" must be an http:// or https:// address`);
      credit.url = url;
    }
    out.push(credit);
  });
  return out;
}

/** `name: X` or `name: { en: X, ja: Y }` → the trimmed NFC name(s); 'bad' for anything else. */
function creditNames(value: unknown): string | Record<string, string> | 'bad' {
  const clean = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC').trim() : null);
  if (typeof value === 'string' || value === undefined) return clean(value) ?? '';
  if (!isRecord(value)) return 'bad';
  const out: Record<string, string> = {};
  for (const [code, v] of Object.entries(value)) {
    const name = clean(v);
    if (!name) return 'bad';
    out[code] = name;
  }
  return Object.keys(out).length ? out : 'bad';
}

/** A credit's name as edition `lng` writes it. */
export function creditName(credit: Credit, lng: string): string {
  return credit.names?.[lng] ?? credit.name;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
