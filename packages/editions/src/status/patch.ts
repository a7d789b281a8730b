/**
 * The translation status after an author's edit of some chapters, worked out
 * from the status before it: only the edited chapters' units, and the quotes
 * whose use changed, are looked at again; everything else keeps its item.
 * The result is what statusItems gives for the edited model, item for item
 * and in the same order (watch mode's tests compare the pages and status
 * pages with a full build's).
 */
import type { Translator } from '../translator/i18n.ts';
import { allPages } from '../model/load.ts';
import type { Model } from '../model/types.ts';
import { statusItems, type StatusItem, type StatusOf } from './units.ts';

export function patchedStatus(model: Model, tr: Translator, before: StatusOf, slugs: ReadonlySet<string>): StatusOf {
  const edited = model.story.chapters.filter((c) => slugs.has(c.slug));
  // The edited chapters alone, as a story: statusItems then covers their units and the quotes they use.
  const part: Model = { ...model, story: { ...model.story, home: edited[0]!, chapters: edited.slice(1) } };
  const used = new Set(allPages(model.story).flatMap((c) => c.units.filter((u) => u.kind === 'quote').map((u) => u.id)));
  const memo = new Map<string, StatusItem[]>();
  return (locale) => {
    const known = memo.get(locale);
    if (known) return known;
    const fresh = statusItems(part, tr, locale);
    const freshUnits = new Map<string, StatusItem[]>();
    const freshQuotes = new Map<string, StatusItem>();
    for (const item of fresh) {
      if (item.kind === 'unit' && slugs.has(item.namespace)) freshUnits.set(item.namespace, [...(freshUnits.get(item.namespace) ?? []), item]);
      else if (item.kind === 'quote') freshQuotes.set(item.key, item);
    }
    // statusItems lists every unit, then the quotes, then people, sources, figures and ui strings.
    const previous = before(locale);
    const out: StatusItem[] = [];
    let quotesDone = false;
    const quotes = () => {
      if (!quotesDone) out.push(...quoteItems(model, previous, freshQuotes, used));
      quotesDone = true;
    };
    for (const item of previous) {
      if (item.kind === 'unit') {
        if (!slugs.has(item.namespace)) out.push(item);
        else {
          // The chapter's units, where they were: its new ones in its own order.
          out.push(...(freshUnits.get(item.namespace) ?? []));
          freshUnits.delete(item.namespace);
        }
        continue;
      }
      quotes();
      if (item.kind !== 'quote') out.push(item);
    }
    quotes();
    memo.set(locale, out);
    return out;
  };
}

/** The quote items in the catalogue's order: a quote's own item when it was used before, a fresh one when newly used. */
function quoteItems(model: Model, previous: StatusItem[], fresh: Map<string, StatusItem>, used: Set<string>): StatusItem[] {
  const before = new Map(previous.filter((i) => i.kind === 'quote').map((i) => [i.key, i]));
  const out: StatusItem[] = [];
  for (const quote of model.quotes.values()) {
    if (!used.has(quote.id)) continue;
    const key = `quote.${quote.id}`;
    const item = before.get(key) ?? fresh.get(key);
    if (item) out.push(item);
  }
  return out;
}
