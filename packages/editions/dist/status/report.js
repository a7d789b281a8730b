import { namespaceOrder } from './namespaces.js';
import { wordDiff } from './diff.js';
import { localeFile } from '../locales/files.js';
import { statusItems, tally } from './units.js';
export function buildReport(model, tr, locales, status = (l) => statusItems(model, tr, l)) {
    const order = namespaceOrder(model);
    return locales
        .filter((l) => l.code !== model.story.sourceLanguage)
        .map((l) => {
        const items = status(l.code);
        // Grouped once: filtering the whole list per namespace is quadratic in chapters.
        const byNamespace = new Map();
        for (const i of items) {
            const list = byNamespace.get(i.namespace);
            if (list)
                list.push(i);
            else
                byNamespace.set(i.namespace, [i]);
        }
        const rows = order.map((namespace) => ({ namespace, tally: tally(byNamespace.get(namespace) ?? []) })).filter((r) => r.tally.total > 0);
        const todo = items
            .filter((i) => i.state === 'missing' || i.state === 'outdated')
            .map((i) => ({ ...i, file: localeFile(l.code, i.namespace), ...(i.previousSource !== undefined ? { diff: wordDiff(i.previousSource, i.sourceText) } : {}) }));
        return { locale: l.code, mode: l.mode, rows, total: tally(items), todo };
    });
}
/** Whole percent, rounded down so 99.6% never shows as 100%: `percent(199, 200)` → 99 */
export function percent(part, total) {
    return total === 0 ? 100 : Math.floor((part / total) * 100);
}
//# sourceMappingURL=report.js.map