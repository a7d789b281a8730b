/**
 * Severity of each QA check: figures and names are errors, typography is
 * warnings, unless content/qa.yml says otherwise for the publication or one
 * locale. `off` silences a check.
 *
 *   severity:            # the publication
 *     qa-doubled-word: error
 *   locales:
 *     ko:
 *       qa-straight-quote: off
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { problems } from '../errors.js';
export const QA_CONFIG_FILE = 'content/qa.yml';
const LEVELS = ['error', 'warning', 'off'];
/** Reads content/qa.yml (absent: no overrides). */
export function loadSeverityRules(root) {
    let text;
    try {
        text = readFileSync(path.join(root, QA_CONFIG_FILE), 'utf8');
    }
    catch {
        return { publication: {}, locales: {}, findings: [] };
    }
    return parseSeverityRules(text);
}
/** Pure: `parseSeverityRules("severity:\n  qa-double-space: error")` → publication { qa-double-space: error }. */
export function parseSeverityRules(text) {
    const rules = { publication: {}, locales: {}, findings: [] };
    let doc;
    try {
        doc = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? {};
    }
    catch (error) {
        rules.findings.push(problems.qaConfig(QA_CONFIG_FILE, error.message.split('\n')[0]));
        return rules;
    }
    const root = asRecord(doc);
    rules.publication = levels(root.severity, 'severity', rules.findings);
    for (const [code, map] of Object.entries(asRecord(root.locales)))
        rules.locales[code] = levels(map, `locales.${code}`, rules.findings);
    return rules;
}
/** The severity of a finding `code` in `locale`: the locale's rule, else the publication's, else the default. */
export function severityOf(rules, code, locale, fallback) {
    return rules.locales[locale]?.[code] ?? rules.publication[code] ?? fallback;
}
function levels(value, where, findings) {
    const out = {};
    for (const [code, level] of Object.entries(asRecord(value))) {
        if (typeof level === 'string' && LEVELS.includes(level))
            out[code] = level;
        else
            findings.push(problems.qaConfig(QA_CONFIG_FILE, `"${where}.${code}" must be error, warning or off`));
    }
    return out;
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
//# sourceMappingURL=severity.js.map