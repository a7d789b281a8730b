/**
 * Renders a unit's inline Markdown to HTML for one locale. Raw HTML is off,
 * so markup typed into a translation is shown as text, never run; the
 * typographer sets the locale's quotation marks ("…" → 「…」 in Japanese).
 */
import MarkdownIt from 'markdown-it';
type Md = InstanceType<typeof MarkdownIt>;
/** `renderInline("Say *hi* <b>", "en")` → "Say <em>hi</em> &lt;b&gt;" */
export declare function renderInline(text: string, locale: string): string;
/**
 * The same text as plain text, for places that hold no markup (<title>, meta
 * tags, feeds): `plainInline('A "note" *here*', "ja")` → "A 「note」 here".
 */
export declare function plainInline(text: string, locale: string): string;
/**
 * The inline token tree of a text as the renderer sees it, plus images (which
 * the renderer does not enable: `![a](u)` would become "!" and a link), so a
 * check can name an image as one. For the checks of src/checks/translation-text.ts.
 */
export declare function inlineTokens(text: string, locale: string): InlineToken[];
export type InlineToken = ReturnType<Md['parseInline']>[number];
/** Lines of a multi-line quote, each rendered: `"a\nb"` → ["a", "b"]. */
export declare function renderLines(text: string, locale: string): string[];
export {};
