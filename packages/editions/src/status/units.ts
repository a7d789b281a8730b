/**
 * Translation status of every unit and quote, per locale: the pure core that
 * the checks, the status command, the status page and the pages all present.
 *   translated: a translation exists and was made from the current source
 *   missing:    no (or an empty) translation
 *   outdated:   the source changed after the translation was made, and the
 *               translation was not touched since (see lock.ts)
 */
import { fixedNamespaces } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import { isReference } from '../markdown/units.ts';
import { allPages } from '../model/load.ts';
import { chromeKeyBuiltIn, chromeKeyOptional } from '../locales/chrome.ts';
import { presentQuote } from '../model/quotes.ts';
import { CORRECTIONS_NAMESPACE, shownIn } from '../model/corrections.ts';
import type { LockEntry, Model } from '../model/types.ts';
import { fingerprint, lockKey } from '../locales/lock.ts';
import { isReviewed } from '../locales/review.ts';
import { GLOSSARY_NAMESPACE, glossarySource } from '../qa/glossary.ts';

export type UnitState = 'source' | 'translated' | 'missing' | 'outdated';

export interface StatusItem {
  locale: string;
  /** i18next namespace = the file under locales/<lng>/ to edit. */
  namespace: string;
  key: string;
  kind: 'unit' | 'quote' | 'person' | 'source' | 'figure' | 'ui' | 'correction' | 'term';
  state: UnitState;
  /** The source text beside it, for translators. */
  sourceText: string;
  /** The current translation, when there is one. */
  translation?: string;
  /** For outdated items: the source text the translation was made from. */
  previousSource?: string;
  /** True when the translation changed since the lock recorded it (run i18n:sync). */
  unsynced?: boolean;
  /** True when a reviewer marked this very translation of this very source reviewed. */
  reviewed?: boolean;
}

/**
 * The state of one string, given its translation (if any) and its lock entry.
 * `stateOf("New", "Neu", {source: "Old", translation: fp("Neu")})` → outdated
 */
export function stateOf(sourceText: string, translation: string | undefined, entry: LockEntry | undefined): { state: UnitState; unsynced: boolean } {
  if (translation === undefined) return { state: 'missing', unsynced: false };
  if (!entry) return { state: 'translated', unsynced: true };
  const edited = entry.translation !== fingerprint(translation);
  if (entry.source !== sourceText && !edited) return { state: 'outdated', unsynced: false };
  return { state: 'translated', unsynced: edited || entry.source !== sourceText };
}

interface Translatable {
  namespace: string;
  key: string;
  kind: StatusItem['kind'];
  sourceText: string;
}

/** Every string a locale must translate, with its source text. */
export function translatables(model: Model, locale: string): Translatable[] {
  const out: Translatable[] = [];
  for (const page of allPages(model.story)) {
    for (const unit of page.units) {
      if (!isReference(unit.kind)) out.push({ namespace: page.slug, key: unit.id, kind: 'unit', sourceText: unit.source });
    }
  }
  const q = fixedNamespaces.quotes;
  const used = new Set(allPages(model.story).flatMap((c) => c.units.filter((u) => u.kind === 'quote').map((u) => u.id)));
  for (const quote of model.quotes.values()) {
    // An unused quote (a warning already) and the edition that shows the published wording itself need no translation.
    if (!used.has(quote.id) || presentQuote(quote, locale, model.story.sourceLanguage).from === 'content') continue;
    out.push({ namespace: q, key: `quote.${quote.id}`, kind: 'quote', sourceText: quote.text });
  }
  for (const person of model.people.values()) {
    out.push({ namespace: q, key: `person.${person.id}.name`, kind: 'person', sourceText: person.name });
    out.push({ namespace: q, key: `person.${person.id}.role`, kind: 'person', sourceText: person.role });
  }
  for (const src of model.sources.values()) out.push({ namespace: q, key: `source.${src.id}`, kind: 'source', sourceText: src.text });
  const fig = fixedNamespaces.figures;
  for (const figure of model.figures.values()) {
    for (const label of figure.labels.values()) out.push({ namespace: fig, key: `${figure.id}.${label.key}`, kind: 'figure', sourceText: label.text });
  }
  // Correction notes: translated and tracked like any unit, by the editions that show them.
  for (const c of model.corrections) if (shownIn(c, locale)) out.push({ namespace: CORRECTIONS_NAMESPACE, key: c.id, kind: 'correction', sourceText: c.note });
  // The glossary is translated and tracked like any unit.
  for (const [key, sourceText] of Object.entries(glossarySource(model))) out.push({ namespace: GLOSSARY_NAMESPACE, key, kind: 'term', sourceText });
  const ui = model.locales.get(model.story.sourceLanguage)?.files.get(fixedNamespaces.ui);
  for (const [key, sourceText] of expandPlurals(ui?.strings ?? new Map(), locale)) {
    // What Editions' own chrome gives the locale, and a language's name (Intl knows it), need no translator.
    if (chromeKeyOptional(key) || chromeKeyBuiltIn(model, locale, key)) continue;
    out.push({ namespace: fixedNamespaces.ui, key, kind: 'ui', sourceText });
  }
  return out;
}

/** i18next's plural suffix of a key: `status.pageFallbacks_one` → "one". */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * i18next plural keys follow each language's plural rules: English has
 * `x_one` and `x_other`, Japanese and Korean only `x_other`.
 * `expandPlurals({"n_one": "1 item", "n_other": "{{count}} items"}, "ja")` → {"n_other": "{{count}} items"}
 */
export function expandPlurals(source: Map<string, string>, locale: string): Map<string, string> {
  const out = new Map<string, string>();
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const [key, text] of source) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) {
      out.set(key, text);
      continue;
    }
    const base = key.slice(0, match.index);
    for (const category of categories) {
      const own = source.get(`${base}_${category}`) ?? source.get(`${base}_other`) ?? text;
      out.set(`${base}_${category}`, own);
    }
  }
  return out;
}

/** Every translatable string of the model in `locale`, with its state. */
export function statusItems(model: Model, tr: Translator, locale: string): StatusItem[] {
  const isSource = locale === model.story.sourceLanguage;
  const lock = model.locales.get(locale)?.lock ?? new Map<string, LockEntry>();
  return translatables(model, locale).map((t) => itemOf(model, tr, locale, lock, isSource, t));
}

/** One string's item. Objects built field by field, not spread: this runs for every string of every locale. */
function itemOf(model: Model, tr: Translator, locale: string, lock: Map<string, LockEntry>, isSource: boolean, { namespace, key, kind, sourceText }: Translatable): StatusItem {
  if (isSource) return { locale, namespace, key, kind, state: 'source', sourceText };
  // i18next decides whether it is translated; the lock compares the text as written.
  const raw = tr.has(locale, namespace, key) ? rawString(model, locale, namespace, key) : undefined;
  const entry = lock.get(lockKey(namespace, key));
  const { state, unsynced } = stateOf(sourceText, raw, entry);
  const item: StatusItem = { locale, namespace, key, kind, state, sourceText };
  if (raw !== undefined) item.translation = raw;
  if (state === 'outdated') item.previousSource = entry!.source;
  if (unsynced) item.unsynced = unsynced;
  if (state === 'translated' && isReviewed(entry, sourceText, raw)) item.reviewed = true;
  return item;
}

/**
 * The status after an edit of some of `locale`'s files (`namespaces`), from
 * the status before it: the same strings to translate (the source did not
 * change), only those of the edited files looked at again. An edit of the
 * chrome (ui) may change what needs translating: that locale is worked out
 * afresh. Item for item what statusItems gives.
 */
export function patchedLocaleStatus(model: Model, tr: Translator, before: StatusOf, locale: string, namespaces: ReadonlySet<string>): StatusOf {
  // Taken out of `before` now, so that a long session's edits do not chain one status onto the last.
  const memo = new Map(model.story.editions.map((e) => [e.code, before(e.code)]));
  const lock = model.locales.get(locale)?.lock ?? new Map<string, LockEntry>();
  const isSource = locale === model.story.sourceLanguage;
  memo.set(
    locale,
    namespaces.has(fixedNamespaces.ui)
      ? statusItems(model, tr, locale)
      : before(locale).map((i) => (namespaces.has(i.namespace) ? itemOf(model, tr, locale, lock, isSource, i) : i)),
  );
  return (code) => {
    let items = memo.get(code);
    if (!items) memo.set(code, (items = statusItems(model, tr, code)));
    return items;
  };
}

/** A locale's status items, each worked out once per build and shared by the build gate, the pages and the report. */
export type StatusOf = (locale: string) => StatusItem[];

export function statusOnce(model: Model, tr: Translator): StatusOf {
  const memo = new Map<string, StatusItem[]>();
  return (locale) => {
    let items = memo.get(locale);
    if (!items) memo.set(locale, (items = statusItems(model, tr, locale)));
    return items;
  };
}

/** The string as the translator wrote it (no interpolation). */
function rawString(model: Model, locale: string, namespace: string, key: string): string | undefined {
  return model.locales.get(locale)?.files.get(namespace)?.strings.get(key);
}

/** `reviewed` counts the translated ones a reviewer signed off (a subset of `translated`). */
export interface Tally {
  translated: number;
  reviewed: number;
  missing: number;
  outdated: number;
  total: number;
}

/** Counts by state: `tally(items)` → { translated: 40, reviewed: 12, missing: 2, outdated: 1, total: 43 } */
export function tally(items: StatusItem[]): Tally {
  const t: Tally = { translated: 0, reviewed: 0, missing: 0, outdated: 0, total: items.length };
  for (const i of items) {
    if (i.state === 'source' || i.state === 'translated') t.translated++;
    else t[i.state]++;
    if (i.reviewed) t.reviewed++;
  }
  return t;
}
