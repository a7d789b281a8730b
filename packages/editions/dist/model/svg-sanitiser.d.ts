/**
 * A figure's SVG, rebuilt from its parsed tree through an allow-list: only
 * the SVG elements and attributes below (case-sensitive, in the SVG
 * namespace) are copied into a fresh document, which is what pages carry.
 * The input text itself never reaches a page. Whatever is left out (an
 * element, an attribute, a DOCTYPE, a processing instruction, text outside
 * a label) is reported with its line, so the author knows the drawing was
 * not published as drawn.
 *
 * Why these rules: a page embeds the SVG inline, where the HTML parser reads
 * it. An element HTML does not know as SVG (`<img>`, `<p>`, `<SCRIPT>`)
 * would leave the drawing and act on the page; `foreignObject`, `<a>`,
 * event handlers, `style`, and external `href`s or `url(…)`s would run
 * script, load from another origin or navigate readers away.
 */
import { type Document, type Element } from '@xmldom/xmldom';
export declare const SVG_NS = "http://www.w3.org/2000/svg";
export interface Removed {
    detail: string;
    line?: number;
}
export interface Sanitised {
    /** The figure's root in a fresh document holding only what the allow-list keeps. */
    root: Element;
    removed: Removed[];
}
/**
 * `doc` (parsed with xmldom) → a clean copy of its `<svg>` and every part left
 * out. `isLabel(el)` tells which elements hold translatable text (text inside
 * them is kept; elsewhere only digits and punctuation, such as step numbers).
 */
export declare function sanitiseSvg(doc: Document, isLabel: (el: Element) => boolean): Sanitised;
