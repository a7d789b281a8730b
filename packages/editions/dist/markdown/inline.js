/**
 * Renders a unit's inline Markdown to HTML for one locale. Raw HTML is off,
 * so markup typed into a translation is shown as text, never run; the
 * typographer sets the locale's quotation marks ("…" → 「…」 in Japanese).
 */
import MarkdownIt from 'markdown-it';
import { languageFacts } from '../languages.js';
const renderers = new Map();
/** The inline Markdown a unit may use: emphasis, code, escapes, entities, the typographer, links, line breaks. */
const RULES = ['emphasis', 'backticks', 'escape', 'entity', 'replacements', 'smartquotes', 'link', 'newline'];
function rendererFor(locale) {
    let md = renderers.get(locale);
    if (!md) {
        const quotes = languageFacts(locale).quotes;
        md = new MarkdownIt('zero', { html: false, typographer: true, quotes })
            .enable(RULES);
        renderers.set(locale, md);
    }
    return md;
}
/**
 * Text holding none of the characters the enabled rules act on (emphasis,
 * code, escapes, entities, links, line breaks, the typographer's quotes and
 * replacements) or that HTML escapes renders as itself: most Japanese and
 * Korean prose, whose punctuation is full-width.
 */
const PLAIN = /^[^*_`\\&<>"'[\]\n\r\0(+.?!,-]*$/;
/**
 * Rendered text repeats (one speaker under many quotes, a chapter title in
 * every neighbour's contents list): answers are remembered, up to a bound.
 */
function remembered(memo, text, locale, render) {
    const key = `${locale}\u0000${text}`;
    let out = memo.get(key);
    if (out === undefined) {
        if (memo.size >= 20_000)
            memo.clear();
        out = render();
        memo.set(key, out);
    }
    return out;
}
const rendered = new Map();
const plain = new Map();
/** `renderInline("Say *hi* <b>", "en")` → "Say <em>hi</em> &lt;b&gt;" */
export function renderInline(text, locale) {
    if (PLAIN.test(text))
        return text;
    return remembered(rendered, text, locale, () => rendererFor(locale).renderInline(text));
}
/**
 * The same text as plain text, for places that hold no markup (<title>, meta
 * tags, feeds): `plainInline('A "note" *here*', "ja")` → "A 「note」 here".
 */
export function plainInline(text, locale) {
    if (PLAIN.test(text))
        return text;
    return remembered(plain, text, locale, () => {
        const tokens = rendererFor(locale).parseInline(text, {})[0]?.children ?? [];
        return tokens.map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : '')).join('');
    });
}
/**
 * The inline token tree of a text as the renderer sees it, plus images (which
 * the renderer does not enable: `![a](u)` would become "!" and a link), so a
 * check can name an image as one. For the checks of src/checks/translation-text.ts.
 */
export function inlineTokens(text, locale) {
    let md = checkers.get(locale);
    if (!md) {
        md = new MarkdownIt('zero', { html: false, typographer: true, quotes: languageFacts(locale).quotes })
            .enable([...RULES, 'image']);
        checkers.set(locale, md);
    }
    return md.parseInline(text, {})[0]?.children ?? [];
}
const checkers = new Map();
/** Lines of a multi-line quote, each rendered: `"a\nb"` → ["a", "b"]. */
export function renderLines(text, locale) {
    return text.split('\n').map((line) => renderInline(line, locale));
}
//# sourceMappingURL=inline.js.map