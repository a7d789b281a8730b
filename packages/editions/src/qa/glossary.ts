/**
 * The publication's glossary: every name and term with its rendering per
 * locale. People come from content/quotes.yml (rendered in quotes.json as
 * `person.<id>.name`); places, organisations and terms from
 * content/glossary.yml, rendered in locales/<lng>/glossary.json, a namespace
 * translated and status-tracked like any other. glossary.yml may add, per
 * entry, more source forms to recognise ("Zelenskyy" for "Volodymyr
 * Zelenskyy") and accepted variants per locale (ゼレンスキー).
 */
import { readProjectText } from '../files/safe-files.ts';
import jsYaml from 'js-yaml';
import { fixedNamespaces } from '../config.ts';
import { problems, type Finding } from '../errors.ts';
import type { Model } from '../model/types.ts';

export const GLOSSARY_FILE = 'content/glossary.yml';
export const GLOSSARY_NAMESPACE = fixedNamespaces.glossary;

export interface GlossaryEntry {
  id: string;
  /** The source-language name as the translation unit shows it. */
  source: string;
  /** Every source form that names the entry in a unit: `source` first. */
  forms: string[];
  /** Where each locale's rendering lives. */
  namespace: string;
  key: string;
  /** Accepted renderings besides the translated one, per locale. */
  variants: Record<string, string[]>;
}

export interface Glossary {
  entries: GlossaryEntry[];
  /** Problems with glossary.yml itself. */
  findings: Finding[];
}

interface RawEntry {
  source?: unknown;
  forms?: unknown;
  variants?: unknown;
}

const cache = new Map<string, { model: Model; glossary: Glossary }>();

/** The model's glossary: quotes.yml people plus content/glossary.yml (read once per model). */
export function glossaryOf(model: Model): Glossary {
  const hit = cache.get(model.root);
  if (hit?.model === model) return hit.glossary;
  const read: Finding[] = [];
  // A publication without a glossary file still has its people.
  const glossary = buildGlossary(model, readProjectText(model.root, GLOSSARY_FILE, read));
  glossary.findings.unshift(...read);
  cache.set(model.root, { model, glossary });
  return glossary;
}

/** Pure: the glossary of a model given the text of glossary.yml. */
export function buildGlossary(model: Model, text: string | null): Glossary {
  const findings: Finding[] = [];
  let doc: { terms?: Record<string, RawEntry>; people?: Record<string, RawEntry> } = {};
  if (text !== null) {
    try {
      doc = (jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? {}) as typeof doc;
    } catch (error) {
      findings.push(problems.qaConfig(GLOSSARY_FILE, (error as Error).message.split('\n')[0]!));
    }
  }
  // A term written at the top level (without "terms:") would be ignored without a word.
  for (const key of Object.keys(isRecord(doc) ? doc : {})) {
    if (key !== 'terms' && key !== 'people')
      findings.push(
        problems.qaConfig(GLOSSARY_FILE, `"${key}" is not a section of the glossary: write each term under "terms:" (and extra forms of a person's name under "people:")`),
      );
  }
  const entries: GlossaryEntry[] = [];
  const people = isRecord(doc.people) ? doc.people : {};
  for (const person of model.people.values()) {
    const extra = isRecord(people[person.id]) ? people[person.id]! : {};
    // A name is matched in the text; a description of a group ("North Korean soldiers") is not a name.
    const isName = isProperName(person.name);
    entries.push({
      id: person.id,
      source: person.name,
      forms: [...(isName ? [person.name] : []), ...strings(extra.forms)],
      namespace: fixedNamespaces.quotes,
      key: `person.${person.id}.name`,
      variants: variantsOf(extra.variants),
    });
  }
  for (const id of Object.keys(people)) {
    if (!model.people.has(id)) findings.push(problems.qaConfig(GLOSSARY_FILE, `"people.${id}" is not a person of content/quotes.yml`));
  }
  for (const [id, value] of Object.entries(isRecord(doc.terms) ? doc.terms : {})) {
    const raw: RawEntry = isRecord(value) ? value : {};
    if (typeof raw.source !== 'string' || raw.source.trim() === '') {
      findings.push(problems.qaConfig(GLOSSARY_FILE, `"terms.${id}" needs a "source:" (the term as the source text writes it)`));
      continue;
    }
    entries.push({ id, source: raw.source, forms: [raw.source, ...strings(raw.forms)], namespace: GLOSSARY_NAMESPACE, key: id, variants: variantsOf(raw.variants) });
  }
  return { entries, findings };
}

/**
 * A person's name is a name whatever its script: `isProperName("佐藤浩")`, `isProperName("정경홍")`,
 * `isProperName("Jong Gyong Hong")` → true. Only where letters have case does a lower-case word say it
 * is a description ("North Korean soldiers", `Signed "Kim Jong Un"`).
 */
export function isProperName(name: string): boolean {
  return (
    name.trim() !== '' &&
    name
      .trim()
      .split(/\s+/)
      .every((word) => /^\p{Lu}/u.test(word) || !/[\p{Lu}\p{Ll}"'“”]/u.test(word))
  );
}

/** The glossary's source strings, as i18next resources of the source language: `{ kursk: "Kursk" }`. */
export function glossarySource(model: Model): Record<string, string> {
  return Object.fromEntries(
    glossaryOf(model)
      .entries.filter((e) => e.namespace === GLOSSARY_NAMESPACE)
      .map((e) => [e.key, e.source]),
  );
}

/** Every accepted rendering of an entry in a locale: the translation (when there is one) and the variants. */
export function acceptedRenderings(model: Model, entry: GlossaryEntry, locale: string): string[] {
  const own = model.locales.get(locale)?.files.get(entry.namespace)?.strings.get(entry.key);
  return [...new Set([...(own ? [own] : []), ...(entry.variants[locale] ?? [])])].filter((r) => r.trim() !== '');
}

const SPACED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u;

/** `names("President Volodymyr Zelenskyy said", "Volodymyr Zelenskyy")` → true; whole words only, so "Jong" is not in "Jongno". */
export function names(text: string, form: string): boolean {
  let at = text.indexOf(form);
  while (at !== -1) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + form.length] ?? ' ';
    // Word edges matter where words are spaced (Latin, Cyrillic): Japanese has no spaces, Korean attaches particles.
    const edge = (inner: string, outer: string) => !SPACED.test(inner) || !/[\p{L}\p{N}]/u.test(outer);
    if (edge(form[0]!, before) && edge(form.at(-1)!, after)) return true;
    at = text.indexOf(form, at + 1);
  }
  return false;
}

/** Names compare without spaces and middle dots: "ウォロディミル・ゼレンスキー" is found in "ウォロディミル・ゼレンスキー大統領", "젤렌스키" in "젤렌스키 대통령". */
export function foldName(text: string): string {
  return text.normalize('NFKC').replace(/[\s・·=‧]/g, '');
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

function variantsOf(value: unknown): Record<string, string[]> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([locale, list]) => [locale, typeof list === 'string' ? [list] : strings(list)]));
}

function isRecord(value: unknown): value is Record<string, RawEntry & Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
