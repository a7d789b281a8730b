/**
 * `i18n:export`: one file per namespace of a locale (every chapter, story,
 * quotes, figures, ui) in XLIFF 1.2, XLIFF 2.0 or PO, each unit with its
 * context, state and source fingerprint. `todo` keeps only missing and
 * outdated units.
 */
import type { Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { statusItems } from '../status/units.ts';
import { exchangeUnits, type ExchangeUnit } from './context.ts';
import { namespaceOrder } from '../status/namespaces.ts';
import { extensions, type ExchangeFile, type ExchangeFormat } from './file.ts';
import { writePo } from './po.ts';
import { writeXliff } from './xliff.ts';

export interface ExportedFile {
  name: string;
  namespace: string;
  units: number;
  text: string;
}

export function exchangeFiles(model: Model, tr: Translator, locale: string, todo: boolean): ExchangeFile[] {
  const units = exchangeUnits(model, statusItems(model, tr, locale)).filter((u) => !todo || u.state === 'missing' || u.state === 'outdated');
  const byNamespace = new Map<string, ExchangeUnit[]>();
  for (const u of units) byNamespace.set(u.namespace, [...(byNamespace.get(u.namespace) ?? []), u]);
  return namespaceOrder(model)
    .filter((ns) => byNamespace.has(ns))
    .map((namespace) => ({ sourceLanguage: model.story.sourceLanguage, locale, namespace, units: byNamespace.get(namespace)! }));
}

/** `the-notes.ja.xlf`, `the-notes.ja.xliff`, `the-notes.ja.po`. */
export function exportName(namespace: string, locale: string, format: ExchangeFormat): string {
  return `${namespace}.${locale}.${extensions[format]}`;
}

export async function exportLocale(model: Model, tr: Translator, locale: string, format: ExchangeFormat, todo: boolean): Promise<ExportedFile[]> {
  const out: ExportedFile[] = [];
  for (const file of exchangeFiles(model, tr, locale, todo)) {
    const text = format === 'po' ? writePo(file) : await writeXliff(file, format === 'xliff' ? '1.2' : '2.0');
    out.push({ name: exportName(file.namespace, locale, format), namespace: file.namespace, units: file.units.length, text });
  }
  return out;
}
