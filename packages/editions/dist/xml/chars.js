/**
 * What XML 1.0 allows in a document (its `Char` production): tab, line feed,
 * carriage return, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes. Any
 * other character (U+0001, U+FFFE, a lone surrogate) makes the feed, the
 * sitemap or a figure malformed, so text holding one is refused where it is read.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** The first code point XML forbids in `text`, or null: `forbiddenXmlChar("a\u0001")` → 1 */
export function forbiddenXmlChar(text) {
    const m = FORBIDDEN.exec(text);
    return m ? m[0].charCodeAt(0) : null;
}
//# sourceMappingURL=chars.js.map