/**
 * Translation status of every unit and quote, per locale: the pure core that
 * the checks, the status command, the pages and the tests all present.
 */
import { fixedNamespaces } from '../config.ts';
import type { Translator } from '../locales/i18n.ts';
import { isReference } from '../markdown/units.ts';
import { allPages } from '../model/load.ts';
import { presentQuote } from '../model/quotes.ts';
import type { Model } from '../model/types.ts';

export type UnitState = 'source' | 'translated' | 'missing';

export interface StatusItem {
  locale: string;
  /** i18next namespace = the file under locales/<lng>/ to edit. */
  namespace: string;
  key: string;
  kind: 'unit' | 'quote' | 'person' | 'source' | 'figure' | 'ui';
  state: UnitState;
  /** The source text beside it, for translators. */
  sourceText: string;
}

export function localeFile(locale: string, namespace: string): string {
  return `locales/${locale}/${namespace}.json`;
}

/** Every translatable string of the model in `locale`, with its state. */
export function statusItems(model: Model, tr: Translator, locale: string): StatusItem[] {
  const source = model.story.sourceLanguage;
  const state = (ns: string, key: string): UnitState =>
    locale === source ? 'source' : tr.has(locale, ns, key) ? 'translated' : 'missing';
  const items: StatusItem[] = [];
  for (const page of allPages(model.story)) {
    for (const unit of page.units) {
      if (isReference(unit.kind)) continue;
      items.push({ locale, namespace: page.slug, key: unit.id, kind: 'unit', state: state(page.slug, unit.id), sourceText: unit.source });
    }
  }
  const q = fixedNamespaces.quotes;
  for (const quote of model.quotes.values()) {
    if (presentQuote(quote, locale).from === 'content') continue;
    const key = `quote.${quote.id}`;
    items.push({ locale, namespace: q, key, kind: 'quote', state: tr.has(locale, q, key) ? 'translated' : 'missing', sourceText: quote.text });
  }
  for (const person of model.people.values()) {
    for (const field of ['name', 'role'] as const) {
      const key = `person.${person.id}.${field}`;
      items.push({ locale, namespace: q, key, kind: 'person', state: state(q, key), sourceText: person[field] });
    }
  }
  for (const src of model.sources.values()) {
    const key = `source.${src.id}`;
    items.push({ locale, namespace: q, key, kind: 'source', state: state(q, key), sourceText: src.text });
  }
  const fig = fixedNamespaces.figures;
  for (const figure of model.figures.values()) {
    for (const label of figure.labels.values()) {
      const key = `${figure.id}.${label.key}`;
      items.push({ locale, namespace: fig, key, kind: 'figure', state: state(fig, key), sourceText: label.text });
    }
  }
  const ui = model.locales.get(source)?.files.get(fixedNamespaces.ui);
  for (const [key, text] of ui?.strings ?? []) {
    items.push({ locale, namespace: fixedNamespaces.ui, key, kind: 'ui', state: state(fixedNamespaces.ui, key), sourceText: text });
  }
  return items;
}
