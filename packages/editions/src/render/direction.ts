import { language } from '../languages.ts';
import type { Model } from '../model/types.ts';

const mixed = new WeakMap<Model, boolean>();

/** Does any text of the publication run right to left (an edition, or a quote's language)? */
function hasRightToLeft(model: Model): boolean {
  let found = mixed.get(model);
  if (found === undefined) {
    const codes = [...model.story.editions.map((e) => e.code), ...[...model.quotes.values()].flatMap((q) => [q.language, q.published])];
    found = codes.some((code) => language(code)?.dir === 'rtl');
    mixed.set(model, found);
  }
  return found;
}

/**
 * The `dir` attribute for an element in `code`: ` dir="rtl"` for right-to-left
 * text; ` dir="ltr"` for other text only where the publication mixes
 * directions (so it never inherits the wrong one); nothing otherwise.
 */
export function directionAttribute(code: string, model: Model): string {
  const dir = language(code)?.dir ?? 'ltr';
  if (dir === 'rtl') return ' dir="rtl"';
  return hasRightToLeft(model) ? ' dir="ltr"' : '';
}
