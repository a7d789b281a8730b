/** The status report: per locale, per namespace tallies and the to-do list. */
import type { Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { namespaceOrder } from './namespaces.ts';
import { wordDiff, type DiffPart } from './diff.ts';
import { localeFile } from '../locales/files.ts';
import { statusItems, tally, type StatusItem, type StatusOf, type Tally } from './units.ts';

export interface TodoItem extends StatusItem {
  file: string;
  /** For outdated items: what changed in the source, word by word. */
  diff?: DiffPart[];
}

export interface LocaleReport {
  locale: string;
  mode: Edition['mode'];
  rows: { namespace: string; tally: Tally }[];
  total: Tally;
  todo: TodoItem[];
}

export function buildReport(model: Model, tr: Translator, locales: readonly Edition[], status: StatusOf = (l) => statusItems(model, tr, l)): LocaleReport[] {
  const order = namespaceOrder(model);
  return locales
    .filter((l) => l.code !== model.story.sourceLanguage)
    .map((l) => {
      const items = status(l.code);
      // Grouped once: filtering the whole list per namespace is quadratic in chapters.
      const byNamespace = new Map<string, StatusItem[]>();
      for (const i of items) {
        const list = byNamespace.get(i.namespace);
        if (list) list.push(i);
        else byNamespace.set(i.namespace, [i]);
      }
      const rows = order.map((namespace) => ({ namespace, tally: tally(byNamespace.get(namespace) ?? []) })).filter((r) => r.tally.total > 0);
      const todo = items
        .filter((i) => i.state === 'missing' || i.state === 'outdated')
        .map((i) => ({ ...i, file: localeFile(l.code, i.namespace), ...(i.previousSource !== undefined ? { diff: wordDiff(i.previousSource, i.sourceText) } : {}) }));
      return { locale: l.code, mode: l.mode, rows, total: tally(items), todo };
    });
}

/** Whole percent, rounded down so 99.6% never shows as 100%: `percent(199, 200)` → 99 */
export function percent(part: number, total: number): number {
  return total === 0 ? 100 : Math.floor((part / total) * 100);
}
