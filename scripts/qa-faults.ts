/**
 * The corpora of translation QA, each one string of a locale file overridden on a copy of a publication:
 * - planted faults, tests/fixtures/qa/<fault>/fault.json: the fault, its kind, the finding it must cause
 *   (code, locale, unit), the publication (default: the first one) and the strings it overrides
 *   ("locales/ja/the-route.json": { "p-7a3b6e": "…" });
 * - legitimate rewrites, tests/fixtures/qa-rewrites/<publication>.json: the meaning kept, the figure or
 *   name written another way; each must cause no finding on its unit.
 * `withOverride` applies one on a copy of the loaded model, in memory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LocaleData, LocaleFile, Model } from '../packages/editions/src/model/types.ts';

export interface Fault {
  name: string;
  fault: string;
  /** What it plants: a kind of figure (count, myriad, kanji, native, proportion, ordinal, rate, …), names or typography. */
  kind: string;
  /** The publication it is planted in, a folder of tests/publications/ (default: the first publication). */
  publication?: string;
  expect: { code: string; locale: string; unit: string };
  /** A fault Editions is known to miss, and why: counted as missed, and pinned by a test until it is caught. */
  limit?: string;
  override: Record<string, Record<string, string>>;
}

export const FAULTS_DIR = path.resolve(import.meta.dirname, '../packages/editions/tests/fixtures/qa');
export const REWRITES_DIR = path.resolve(import.meta.dirname, '../packages/editions/tests/fixtures/qa-rewrites');
/** The publications the corpora are planted in besides the first one (written in other source languages). */
export const PUBLICATIONS_DIR = path.resolve(import.meta.dirname, '../packages/editions/tests/publications');
export const FIRST_PUBLICATION = 'investigation';

export interface Rewrite {
  publication: string;
  kind: string;
  locale: string;
  /** namespace:key, as findings name it. */
  unit: string;
  text: string;
  note: string;
}

/** Every legitimate rewrite, as one fault-like override each. */
export function loadRewrites(): (Rewrite & { name: string; override: Fault['override'] })[] {
  return readdirSync(REWRITES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const { publication, rewrites } = JSON.parse(readFileSync(path.join(REWRITES_DIR, file), 'utf8')) as { publication: string; rewrites: Omit<Rewrite, 'publication'>[] };
      return rewrites.map((r, i) => {
        const [namespace, key] = [r.unit.slice(0, r.unit.indexOf(':')), r.unit.slice(r.unit.indexOf(':') + 1)];
        return { ...r, publication, name: `${publication}#${i + 1}`, override: { [`locales/${r.locale}/${namespace}.json`]: { [key]: r.text } } };
      });
    });
}

export function loadFaults(root: string): Fault[] {
  const dir = FAULTS_DIR;
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, ...(JSON.parse(readFileSync(path.join(dir, d.name, 'fault.json'), 'utf8')) as Omit<Fault, 'name'>) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** A copy of `model` whose locale files carry the overridden strings (dotted keys); the clean model is untouched. */
export function withOverride(model: Model, override: Fault['override']): Model {
  const locales = new Map(model.locales);
  for (const [file, strings] of Object.entries(override)) {
    const [, code, name] = /^locales\/([^/]+)\/(.+)\.json$/.exec(file) ?? [];
    const data = code ? locales.get(code) : undefined;
    const original = data?.files.get(name!);
    if (!data || !original) throw new Error(`${file}: no such locale file to override.`);
    const copy: LocaleFile = {
      file: original.file,
      namespace: original.namespace,
      data: structuredClone(original.data),
      strings: new Map(original.strings),
      lines: original.lines,
    };
    for (const [key, text] of Object.entries(strings)) {
      copy.strings.set(key, text);
      setDotted(copy.data, key, text);
    }
    const files = new Map(data.files).set(name!, copy);
    locales.set(code!, { ...data, files } satisfies LocaleData);
  }
  return { ...model, locales };
}

function setDotted(obj: Record<string, unknown>, key: string, value: string): void {
  const parts = key.split('.');
  let at = obj;
  for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
  at[parts.at(-1)!] = value;
}
