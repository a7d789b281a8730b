/** The namespaces a locale translates, in the order translators meet them: the pages, then quotes, figures, ui. */
import { fixedNamespaces } from '../config.ts';
import { allPages } from '../model/load.ts';
import type { Model } from '../model/types.ts';

export function namespaceOrder(model: Model): string[] {
  return [...allPages(model.story).map((c) => c.slug), fixedNamespaces.quotes, fixedNamespaces.figures, fixedNamespaces.ui];
}
