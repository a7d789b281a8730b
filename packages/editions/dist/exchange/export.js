import { statusItems } from '../status/units.js';
import { exchangeUnits } from './context.js';
import { namespaceOrder } from '../status/namespaces.js';
import { extensions } from './file.js';
import { writePo } from './po.js';
import { writeXliff } from './xliff.js';
export function exchangeFiles(model, tr, locale, todo) {
    const units = exchangeUnits(model, statusItems(model, tr, locale)).filter((u) => !todo || u.state === 'missing' || u.state === 'outdated');
    const byNamespace = new Map();
    for (const u of units)
        byNamespace.set(u.namespace, [...(byNamespace.get(u.namespace) ?? []), u]);
    return namespaceOrder(model)
        .filter((ns) => byNamespace.has(ns))
        .map((namespace) => ({ sourceLanguage: model.story.sourceLanguage, locale, namespace, units: byNamespace.get(namespace) }));
}
/** `the-notes.ja.xlf`, `the-notes.ja.xliff`, `the-notes.ja.po`. */
export function exportName(namespace, locale, format) {
    return `${namespace}.${locale}.${extensions[format]}`;
}
export async function exportLocale(model, tr, locale, format, todo) {
    const out = [];
    for (const file of exchangeFiles(model, tr, locale, todo)) {
        const text = format === 'po' ? writePo(file) : await writeXliff(file, format === 'xliff' ? '1.2' : '2.0');
        out.push({ name: exportName(file.namespace, locale, format), namespace: file.namespace, units: file.units.length, text });
    }
    return out;
}
//# sourceMappingURL=export.js.map