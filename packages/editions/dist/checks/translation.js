/**
 * The checks of one translated string against its source: the one function
 * `npm run check`, the build and `npm run i18n:import` all ask, so a string
 * passes or fails the same way wherever it comes from. (Translation QA plugs
 * in here.)
 */
import MarkdownIt from 'markdown-it';
import { problems } from '../errors.js';
/** `placeholders("Chapter {{number}} of {{ total }}")` → ["number", "total"] */
export function placeholders(text) {
    return [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
}
// The inline rules the pages render with (src/markdown/inline.ts): what a reader would get as a link.
const md = new MarkdownIt('zero', { html: false }).enable(['emphasis', 'backticks', 'escape', 'entity', 'link', 'newline']);
/** The link targets a reader would get: `links("see [this](https://x.org)")` → ["https://x.org"] */
export function links(text) {
    return (md.parseInline(text, {})[0]?.children ?? []).filter((t) => t.type === 'link_open').map((t) => String(t.attrGet('href') ?? ''));
}
export function validateTranslation(s) {
    const findings = [];
    const at = s.line === undefined ? {} : { line: s.line };
    // Most strings hold neither a placeholder nor a link: skip the parsers for them.
    if (s.source.includes('{{') || s.translation.includes('{{')) {
        const want = placeholders(s.source);
        const got = placeholders(s.translation);
        if (want.join() !== got.join())
            findings.push({ ...problems.placeholderMismatch(s.file, s.locale, s.key, want, got), ...at });
    }
    if (s.translation.includes('](')) {
        const allowed = new Set(links(s.source));
        for (const href of links(s.translation)) {
            if (!allowed.has(href))
                findings.push({ ...problems.linkNotInSource(s.file, s.locale, s.key, href), ...at });
        }
    }
    return findings;
}
//# sourceMappingURL=translation.js.map