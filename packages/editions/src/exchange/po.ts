/**
 * gettext PO, written and read with gettext-parser: msgctxt = the key, msgid =
 * the source text, msgstr = the translation; context as extracted comments
 * (`#.`); an outdated unit is `fuzzy` with its previous source (`#| msgid`), as
 * `msgmerge --previous` writes it. Plural keys become one msgid_plural entry.
 */
import { po as gettextPo, type GetTextTranslation } from 'gettext-parser';
import { exchangeMessages } from '../errors.ts';
import type { ExchangeUnit } from './context.ts';
import type { ExchangeFile, ImportedFile, ImportedUnit } from './file.ts';
import { ExchangeReadError } from './xliff.ts';
import { isBlankText } from '../locales/blank.ts';

const FP_NOTE = 'source-fingerprint: ';
const NAMESPACE_HEADER = 'X-Editions-Namespace';

/**
 * gettext's Plural-Forms for a language whose CLDR categories are known to
 * map onto it (`["other"]`, `["one", "other"]`); null otherwise, and its
 * plural keys are then written one entry per form.
 */
export function pluralForms(locale: string): { header: string; order: string[] } | null {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  if (categories.length === 1) return { header: 'nplurals=1; plural=0;', order: ['other'] };
  if (categories.length === 2 && categories.includes('one') && categories.includes('other') && new Intl.PluralRules(locale).select(0) === 'other') {
    return { header: 'nplurals=2; plural=(n != 1);', order: ['one', 'other'] };
  }
  return null;
}

export function writePo(file: ExchangeFile): string {
  const forms = pluralForms(file.locale);
  const translations: Record<string, Record<string, GetTextTranslation>> = { '': { '': { msgid: '', msgstr: [''] } } };
  const groups = new Map<string, ExchangeUnit[]>();
  for (const u of file.units) {
    if (u.plural && forms) {
      const group = groups.get(u.plural.base);
      if (group) group.push(u);
      else groups.set(u.plural.base, [u]);
    }
  }
  const done = new Set<string>();
  for (const u of file.units) {
    if (u.plural && forms) {
      if (done.has(u.plural.base)) continue;
      done.add(u.plural.base);
      const entry = pluralEntry(u.plural.base, groups.get(u.plural.base)!, forms.order);
      translations[u.plural.base] = { [entry.msgid]: entry };
    } else {
      translations[u.key] = { [u.source]: singleEntry(u) };
    }
  }
  const headers: Record<string, string> = {
    'Project-Id-Version': `editions ${file.namespace}`,
    'PO-Revision-Date': poDate(new Date()),
    'Last-Translator': '',
    'Language-Team': file.locale,
    Language: file.locale,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'X-Editions-Source-Language': file.sourceLanguage,
    [NAMESPACE_HEADER]: file.namespace,
  };
  if (forms) headers['Plural-Forms'] = forms.header;
  return gettextPo.compile({ charset: 'utf-8', headers, translations }, { foldLength: 0 }).toString('utf8');
}

/** gettext's date form: `poDate(new Date("2026-11-25T21:30Z"))` → "2026-11-25 21:30+0000". */
function poDate(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')}+0000`;
}

function comments(u: ExchangeUnit, extra: string[] = []) {
  const extracted = [...u.notes, ...extra, `${FP_NOTE}${u.sourceFingerprint}`];
  const out: { extracted: string; flag?: string; previous?: string } = { extracted: extracted.join('\n') };
  const flags: string[] = [];
  if (u.state === 'outdated') {
    flags.push('fuzzy');
    out.previous = `msgid ${poString(u.previousSource ?? '')}`;
  }
  if (u.source.includes('{{')) flags.push('i18next-interpolation');
  if (u.maxChars !== undefined) flags.push(`max-length:${u.maxChars}`);
  if (flags.length) out.flag = flags.join(', ');
  return out;
}

function singleEntry(u: ExchangeUnit): GetTextTranslation {
  return { msgctxt: u.key, msgid: u.source, msgstr: [u.target ?? ''], comments: comments(u) };
}

/** The forms of one plural key as one entry: msgid = the source's `one`, msgid_plural its `other`, msgstr[i] per the target's forms. */
function pluralEntry(base: string, units: ExchangeUnit[], order: string[]): GetTextTranslation {
  const first = units[0]!;
  const sourceForms = first.plural!.sourceForms;
  const other = sourceForms.get('other') ?? first.source;
  const byCategory = new Map(units.map((u) => [u.plural!.category, u]));
  const msgstr = order.map((c) => byCategory.get(c)?.target ?? '');
  const worst = units.find((u) => u.state === 'outdated') ?? units.find((u) => u.state === 'missing') ?? first;
  const note = exchangeMessages.pluralNote(units.map((u) => u.key));
  return {
    msgctxt: base,
    msgid: sourceForms.get('one') ?? other,
    msgid_plural: other,
    msgstr,
    comments: comments({ ...worst, notes: first.notes, sourceFingerprint: first.sourceFingerprint }, [note]),
  };
}

/** A string as a PO literal: `poString('a "b"\n')` → `"a \"b\"\n"`. */
function poString(text: string): string {
  return JSON.stringify(text).replace(/\\u([0-9a-f]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function readPo(text: string, file: string, pluralKeys: (base: string) => string[] | undefined): ImportedFile {
  let parsed: ReturnType<typeof gettextPo.parse>;
  try {
    parsed = gettextPo.parse(text.replace(/^\uFEFF/, ''), { validation: true });
  } catch (e) {
    throw new ExchangeReadError(undefined, exchangeMessages.notPo((e as Error).message));
  }
  const headers = parsed.headers;
  const locale = headers.Language ?? '';
  const namespace = headers[NAMESPACE_HEADER] ?? '';
  const lines = text.split(/\r?\n/);
  const lineOf = (ctx: string) => {
    const i = lines.indexOf(`msgctxt ${poString(ctx)}`);
    return i < 0 ? undefined : i + 1;
  };
  const forms = pluralForms(locale);
  const units: ImportedUnit[] = [];
  for (const [ctx, entries] of Object.entries(parsed.translations)) {
    for (const entry of Object.values(entries)) {
      if (ctx === '' && entry.msgid === '') continue; // the header
      const fuzzy = (entry.comments?.flag ?? '')
        .split(',')
        .map((f) => f.trim())
        .includes('fuzzy');
      const fp = (entry.comments?.extracted ?? '')
        .split('\n')
        .find((l) => l.startsWith(FP_NOTE))
        ?.slice(FP_NOTE.length);
      const base: Omit<ImportedUnit, 'key'> = { line: lineOf(ctx), seenSource: entry.msgid, reviewed: false };
      if (fp) base.seenFingerprint = fp;
      if (fuzzy) base.fuzzy = true;
      if (entry.msgid_plural !== undefined && forms) {
        const keys = pluralKeys(ctx) ?? [];
        forms.order.forEach((category, i) => {
          const key = keys.find((k) => k.endsWith(`_${category}`)) ?? `${ctx}_${category}`;
          const unit: ImportedUnit = { key, ...base };
          const value = entry.msgstr[i] ?? '';
          if (!isBlankText(value)) unit.target = [{ kind: 'text', text: value }];
          units.push(unit);
        });
        continue;
      }
      const unit: ImportedUnit = { key: ctx, ...base };
      const value = entry.msgstr[0] ?? '';
      if (!isBlankText(value)) unit.target = [{ kind: 'text', text: value }];
      units.push(unit);
    }
  }
  return { file, format: 'po', locale, namespace, units };
}
