/**
 * The namespaces a locale translates, in the order translators meet them:
 * the pages in reading order, then quotes, corrections, the glossary, figures and the page
 * chrome. The status report, the status page and the CAT exchange all list
 * files in this order.
 */
import { fixedNamespaces } from '../config.ts';
import { allPages } from '../model/load.ts';
import type { Model } from '../model/types.ts';

export function namespaceOrder(model: Model): string[] {
  // The pages first, in reading order; `story` is the home page's own namespace, so it comes with them.
  const fixed = Object.values(fixedNamespaces).filter((ns) => ns !== fixedNamespaces.story);
  return [...allPages(model.story).map((c) => c.slug), ...fixed];
}
