/**
 * What XML 1.0 allows in a document (its `Char` production): tab, line feed,
 * carriage return, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes. Any
 * other character (U+0001, U+FFFE, a lone surrogate) makes the feed, the
 * sitemap or a figure malformed, so text holding one is refused where it is read.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first code point XML forbids in `text`, or null: `forbiddenXmlChar("a\u0001")` → 1 */
export function forbiddenXmlChar(text: string): number | null {
  const m = FORBIDDEN.exec(text);
  return m ? m[0].charCodeAt(0) : null;
}

/**
 * One-line names (a translator's credit, a speaker) are shown in bylines,
 * structured data and feeds: any control (C0, DEL, C1, line breaks, tabs) or
 * bidi embedding, override or isolate in one would reorder or break what
 * readers and machines see. The marks LRM, RLM and ALM stay: names in
 * right-to-left scripts need them.
 * `nameControlChar("Kim\u202e")` → 0x202e; `nameControlChar("Kim")` → null
 */
const NAME_CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
export function nameControlChar(text: string): number | null {
  const m = NAME_CONTROL.exec(text);
  return m ? m[0].codePointAt(0)! : null;
}
