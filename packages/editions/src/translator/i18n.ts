/**
 * The translation system: one i18next instance per model. The source
 * language's chapter and quote strings come from content/ (the source of
 * truth); every other string comes from locales/. Every lookup goes through
 * i18next, and there is no silent fallback: a missing key is detected with
 * `has()` and handled by the caller (fallback notice, or an error).
 */
import { siteSetting } from '../model/publication.ts';
import i18next, { type i18n } from 'i18next';
import Pseudo from 'i18next-pseudo';
import { fixedNamespaces } from '../config.ts';
import { isReference } from '../markdown/units.ts';
import { allPages } from '../model/load.ts';
import { CORRECTIONS_NAMESPACE } from '../model/corrections.ts';
import { isBlankText } from '../locales/blank.ts';
import { plainInline } from '../markdown/inline.ts';
import type { Chapter, Model } from '../model/types.ts';
import { GLOSSARY_NAMESPACE, glossarySource } from '../qa/glossary.ts';

export interface Translator {
  /** Looks `ns:key` up in `lng`, interpolating (escaped) values. */
  t(lng: string, ns: string, key: string, values?: Record<string, string | number>): string;
  /** True when `lng` has a string for `ns:key` that readers can see (an empty or invisible one counts as missing). */
  has(lng: string, ns: string, key: string): boolean;
  readonly i18n: i18n;
}

/** The source language's resources, built from content/ so they are never copied by hand. */
export function sourceResources(model: Model): Record<string, Record<string, unknown>> {
  const res: Record<string, Record<string, unknown>> = {};
  for (const chapter of allPages(model.story)) res[chapter.slug] = unitStrings(chapter);
  const source = model.story.sourceLanguage;
  res[fixedNamespaces.quotes] = {
    // `text` is written in the source language whatever language the quote was published in (src/model/quotes.ts).
    quote: Object.fromEntries([...model.quotes.values()].map((q) => [q.id, q.text])),
    person: Object.fromEntries([...model.people.values()].map((p) => [p.id, { name: p.name, role: p.role }])),
    source: Object.fromEntries([...model.sources.values()].map((s) => [s.id, s.text])),
  };
  // Correction notes are written in content/corrections.yml (issue #16).
  res[CORRECTIONS_NAMESPACE] = Object.fromEntries(model.corrections.map((c) => [c.id, c.note]));
  // A figure's labels are written in its SVG file: `figures:route-map.vladivostok`.
  res[fixedNamespaces.figures] = Object.fromEntries([...model.figures.values()].map((f) => [f.id, Object.fromEntries([...f.labels.values()].map((l) => [l.key, l.text]))]));
  // Translation QA (#14): the glossary's terms, `glossary:kursk`, translated in locales/<lng>/glossary.json.
  res[GLOSSARY_NAMESPACE] = glossarySource(model);
  return res;
}

/** The namespaces of sourceResources, without building them (the check asks after every save under `npm start`). */
export function sourceNamespaces(model: Model): string[] {
  return [...allPages(model.story).map((c) => c.slug), fixedNamespaces.quotes, CORRECTIONS_NAMESPACE, fixedNamespaces.figures, GLOSSARY_NAMESPACE];
}

/** `site.name` and `site.credit` for edition `lng`, from content/story.md. */
function siteStrings(model: Model, lng: string): Record<string, string> {
  const { site, sourceLanguage } = model.story;
  const name = siteSetting(site.name, lng, sourceLanguage, true);
  const credit = siteSetting(site.credit, lng, sourceLanguage, false);
  return { ...(name !== undefined ? { name } : {}), ...(credit !== undefined ? { credit } : {}) };
}

/** A chapter's source strings, keyed by unit id (also used by watch mode after a chapter edit). */
export function unitStrings(chapter: Chapter): Record<string, string> {
  return Object.fromEntries(chapter.units.filter((u) => !isReference(u.kind)).map((u) => [u.id, u.source]));
}

export interface TranslatorOptions {
  /**
   * Pseudo-localize every string i18next returns (ḭḭṇ ţḥḭḭṡ ẁααẏ), so a page
   * built with it shows at a glance any text that bypassed the locale files.
   */
  pseudo?: boolean;
}

export function createTranslator(model: Model, options: TranslatorOptions = {}): Translator {
  const source = model.story.sourceLanguage;
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [code, locale] of model.locales) {
    resources[code] = {};
    for (const [ns, file] of locale.files) resources[code][ns] = file.data;
  }
  // Content wins over any locales/<source>/ copy of chapter or quote strings.
  const fromContent = sourceResources(model);
  const own = resources[source] ?? {};
  resources[source] = { ...own, ...fromContent, quotes: mergeSections(own.quotes, fromContent.quotes!) };
  // The publication's name and credit line are its settings (content/story.md); a locale's ui.json may still say them.
  for (const { code } of model.story.editions) {
    const ui = (resources[code] ??= {})[fixedNamespaces.ui] ?? {};
    const site = { ...siteStrings(model, code), ...((ui.site as Record<string, unknown> | undefined) ?? {}) };
    resources[code][fixedNamespaces.ui] = { ...ui, site };
  }

  const instance = i18next.createInstance();
  if (options.pseudo) instance.use(new Pseudo({ enabled: true, wrapped: true, letterMultiplier: 1 }));
  void instance.init({
    ...(options.pseudo ? { postProcess: ['pseudo'] } : {}),
    initAsync: false,
    resources,
    fallbackLng: false,
    returnNull: false,
    returnEmptyString: false,
    // Translations are text (issue #12): no unescaped interpolation ("{{- x}}" stays literal; the check refuses it).
    interpolation: { escapeValue: true, unescapePrefix: '\u0000no-unescape' },
  });
  // A plain string (nothing to interpolate or nest, no post-processor) is
  // what t() would return anyway: read it straight from i18next's store, which
  // is much cheaper, which matters at tens of thousands of lookups per build.
  const direct = !options.pseudo;
  // Answers repeat (the same chrome on every page, the same note under
  // thousands of quotes): they are remembered until a resource bundle
  // changes (watch mode).
  const answers = new Map<string, string>();
  instance.store.on('added', () => answers.clear());
  instance.store.on('removed', () => answers.clear());
  return {
    i18n: instance,
    t: (lng, ns, key, values) => {
      const id = `${lng}\u0000${ns}\u0000${key}\u0000${values === undefined ? '' : JSON.stringify(values)}`;
      let answer = answers.get(id);
      if (answer !== undefined) return answer;
      if (answers.size >= 10_000) answers.clear();
      if (direct && values === undefined && !key.includes(':')) {
        const value: unknown = instance.getResource(lng, ns, key);
        if (typeof value === 'string' && value !== '' && !value.includes('{{') && !value.includes('$t(')) answer = value;
      }
      // No $t(…) nesting: a translation must not pull in another string or locale (the check refuses it too).
      answer ??= instance.t(key, { lng, ns, ...values, nest: false });
      answers.set(id, answer);
      return answer;
    },
    has: (lng, ns, key) => {
      const value: unknown = instance.getResource(lng, ns, key);
      // Blank as written, or as readers see it (`&#8203;`, `*\u200b*` render as nothing).
      return typeof value === 'string' && !isBlankText(value) && (visibleAsWritten(value) || !isBlankText(plainInline(value, lng)));
    },
  };
}

/** A letter or digit that draws something (a Hangul filler is a letter and draws nothing). */
const DRAWN = /(?!\p{Default_Ignorable_Code_Point})[\p{L}\p{N}]/u;

/**
 * True when the inline Markdown a page renders cannot make `text` blank: it
 * keeps every letter and digit but those of a link's address (`[](…)`) and
 * of an entity (`&#8203;`), so text holding neither `](` nor `&`, and a drawn
 * letter or digit, is visible as rendered, with no parse. Most strings are.
 */
function visibleAsWritten(text: string): boolean {
  return !text.includes('](') && !text.includes('&') && DRAWN.test(text);
}

function mergeSections(a: unknown, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(a as Record<string, unknown> | undefined) };
  for (const [k, v] of Object.entries(b)) out[k] = { ...(out[k] as object | undefined), ...(v as object) };
  return out;
}
