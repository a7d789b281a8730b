/**
 * Waivers: a QA finding a reviewer accepted, with the reason, kept beside the
 * translations in locales/<lng>/_waivers.yml, never inside the translation
 * text. Each records fingerprints of the source and the translation it was
 * granted for; when either changes the waiver no longer applies (it is
 * dropped, and the check says so).
 *
 *   - unit: the-route:p-53d4cd
 *     code: qa-figure
 *     reason: The source rounds; the Japanese edition quotes the exact figure.
 *     source: 3f2a9c0d1e4b       # written by `npm run qa:waive`
 *     translation: 8c1d2e3f4a5b
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { problems } from '../errors.js';
export function waiversPath(locale) {
    return `locales/${locale}/_waivers.yml`;
}
/** Reads a locale's waivers (absent: none). */
export function loadWaivers(root, locale) {
    let text;
    try {
        text = readFileSync(path.join(root, waiversPath(locale)), 'utf8');
    }
    catch {
        return { waivers: [], findings: [] };
    }
    return parseWaivers(text, waiversPath(locale));
}
/** Pure: the waivers of a _waivers.yml text; an entry lacking a field is reported, not guessed. */
export function parseWaivers(text, file) {
    const findings = [];
    let doc;
    try {
        doc = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? [];
    }
    catch (error) {
        return { waivers: [], findings: [problems.qaConfig(file, error.message.split('\n')[0])] };
    }
    if (!Array.isArray(doc))
        return { waivers: [], findings: [problems.qaConfig(file, 'it must be a list of waivers')] };
    const waivers = [];
    doc.forEach((raw, i) => {
        const w = (typeof raw === 'object' && raw !== null ? raw : {});
        const fields = ['unit', 'code', 'reason', 'source', 'translation'];
        const absent = fields.filter((f) => typeof w[f] !== 'string' || w[f].trim() === '');
        if (absent.length)
            findings.push(problems.qaConfig(file, `waiver ${i + 1} lacks ${absent.join(', ')} (a reason is required)`));
        else
            waivers.push({ unit: w.unit, code: w.code, reason: w.reason, source: w.source, translation: w.translation });
    });
    return { waivers, findings };
}
/** Appends one waiver to a _waivers.yml text, keeping what is there. */
export function appendWaiver(text, waiver) {
    const entry = jsYaml.dump([waiver], { lineWidth: -1 });
    return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${entry}`;
}
//# sourceMappingURL=waivers.js.map