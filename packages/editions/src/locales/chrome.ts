/**
 * The chrome Editions ships: the interface strings of every page (masthead,
 * switcher, notices, status and search pages, provenance notes) in every
 * language it knows, as Starlight does. A publication's locales/<lng>/ui.json
 * is optional and overrides keys; an edition in a language Editions has no
 * chrome for translates it there in full.
 */
import { listEngineFolder, readEngineText } from '../files/safe-files.ts';
import { parseLocaleFile } from './load.ts';
import type { LocaleFile } from './types.ts';
import type { Model } from '../model/types.ts';
import { PLURAL_SUFFIX, type StatusItem } from '../status/units.ts';
import { engineDir, fixedNamespaces } from '../config.ts';

const cache = new Map<string, LocaleFile | null>();

/** The languages Editions ships chrome for: ["de", "en", …]. */
export function chromeLanguages(): string[] {
  return listEngineFolder(engineDir, 'chrome')
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** `builtInChrome("fr-CA")` → Editions' French chrome; null when it has none for the language. */
export function builtInChrome(code: string): LocaleFile | null {
  const exact = chromeFile(code);
  if (exact) return exact;
  const language = code.split('-')[0]!;
  return language !== code ? chromeFile(language) : null;
}

function chromeFile(code: string): LocaleFile | null {
  let file = cache.get(code);
  if (file === undefined) {
    const text = /^[A-Za-z0-9-]+$/.test(code) ? readEngineText(engineDir, `chrome/${code}.json`) : null;
    file = text === null ? null : parseLocaleFile(text, `(Editions' chrome) chrome/${code}.json`, 'ui', []);
    cache.set(code, file);
  }
  return file;
}

/** Chrome keys that resolve without a translation: a language's name comes from Intl when no chrome names it. */
export function chromeKeyOptional(key: string): boolean {
  return key.startsWith('language.') && key !== 'language.und';
}

/**
 * An edition's chrome: Editions' own for its language, with the publication's
 * locales/<lng>/ui.json laid over it key by key. The file keeps the
 * publication's path, so findings point where an override goes.
 */
export function withBuiltInChrome(code: string, own: LocaleFile | undefined, folder: string): LocaleFile | undefined {
  const builtIn = builtInChrome(code);
  if (!builtIn) return own;
  if (!own) return { ...builtIn, file: `${folder}/ui.json`, lines: new Map(), fromEditions: new Set(builtIn.strings.keys()) };
  // The publication's keys first, in its order (platform templates are written from it), then what it leaves to Editions.
  const supplied = [...builtIn.strings].filter(([key]) => !own.strings.has(key));
  const strings = new Map([...own.strings, ...supplied]);
  return {
    file: own.file,
    namespace: own.namespace,
    data: fill(own.data, builtIn.data),
    strings,
    fromEditions: new Set(supplied.map(([key]) => key)),
    get lines() {
      return own.lines;
    },
  };
}

/** True when `key` of an edition's chrome is Editions' own to give: its chrome has it, and the publication's ui.json does not override it. */
export function chromeKeyBuiltIn(model: Model, code: string, key: string): boolean {
  if (!builtInChrome(code)?.strings.has(key)) return false;
  const file = model.locales.get(code)?.files.get(fixedNamespaces.ui);
  return !file || !!file.fromEditions?.has(key) || !file.strings.has(key);
}

/** `over` with what it lacks taken from `base`, at every depth. */
function fill(over: Record<string, unknown>, base: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...over };
  for (const [k, v] of Object.entries(base)) {
    const o = out[k];
    if (o === undefined) out[k] = v;
    else if (isObject(o) && isObject(v)) out[k] = fill(o, v);
  }
  return out;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A key of the page chrome in `code`: one Editions ships, or one the source edition's ui.json defines, in a plural form the language has. */
export function isChromeKey(model: Model, code: string, key: string): boolean {
  const plural = PLURAL_SUFFIX.exec(key);
  if (plural && !new Intl.PluralRules(code).resolvedOptions().pluralCategories.includes(plural[1] as Intl.LDMLPluralRule)) return false;
  return key.startsWith('language.') || !!builtInChrome('en')?.strings.has(key) || chromeSourceText(model, key) !== undefined;
}

/** What a chrome key says in the source edition (a plural form the source lacks: its `_other`). */
export function chromeSourceText(model: Model, key: string): string | undefined {
  const sourceUi = model.locales.get(model.story.sourceLanguage)?.files.get(fixedNamespaces.ui)?.strings;
  return sourceUi?.get(key) ?? sourceUi?.get(key.replace(PLURAL_SUFFIX, '_other'));
}

/**
 * A chrome key Editions translates itself, as a status item: a ui.json (or an
 * imported file) may still override it, held to its source like any translation.
 */
export function chromeOverride(model: Model, code: string, key: string): StatusItem | undefined {
  if (code === model.story.sourceLanguage || !isChromeKey(model, code, key)) return undefined;
  const sourceText = chromeSourceText(model, key);
  if (sourceText === undefined) return undefined;
  const translation = model.locales.get(code)?.files.get(fixedNamespaces.ui)?.strings.get(key);
  return {
    locale: code,
    namespace: fixedNamespaces.ui,
    key,
    kind: 'ui',
    sourceText,
    ...(translation !== undefined ? { translation, state: 'translated' as const } : { state: 'missing' as const }),
  };
}
