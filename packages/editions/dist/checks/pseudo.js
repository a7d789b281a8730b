/**
 * The hard-coded-string check: in a pseudo-localized build every string from
 * the locale files has its Latin letters replaced (ṗṡḛṵḍṓ), so any plain
 * Latin letter left on a page came from somewhere else: a template, the code.
 */
import { languages } from '../languages.js';
import { problems } from '../errors.js';
/** Text that is rightly the same in every build: each language's own name. */
export const untranslatable = languages.map((l) => l.endonym);
/** `findHardCoded("/en/", ["[Ṗαṛţ]", "Share"])` → one finding for "Share". */
export function findHardCoded(page, texts, allowed = untranslatable) {
    const seen = new Set();
    const findings = [];
    for (const raw of texts) {
        const text = raw.replace(/\s+/g, ' ').trim();
        if (!/[A-Za-z]/.test(text) || allowed.includes(text) || seen.has(text))
            continue;
        seen.add(text);
        findings.push(problems.hardCodedText(page, text));
    }
    return findings;
}
//# sourceMappingURL=pseudo.js.map