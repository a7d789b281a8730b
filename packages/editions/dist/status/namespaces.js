/**
 * The namespaces a locale translates, in the order translators meet them:
 * the pages in reading order, then quotes, corrections, the glossary, figures and the page
 * chrome. The status report, the status page and the CAT exchange all list
 * files in this order.
 */
import { fixedNamespaces } from '../config.js';
import { CORRECTIONS_NAMESPACE } from '../model/corrections.js';
import { allPages } from '../model/load.js';
import { GLOSSARY_NAMESPACE } from '../qa/glossary.js';
export function namespaceOrder(model) {
    return [...allPages(model.story).map((c) => c.slug), fixedNamespaces.quotes, CORRECTIONS_NAMESPACE, GLOSSARY_NAMESPACE, fixedNamespaces.figures, fixedNamespaces.ui];
}
//# sourceMappingURL=namespaces.js.map