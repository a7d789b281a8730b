/** The first code point XML forbids in `text`, or null: `forbiddenXmlChar("a\u0001")` → 1 */
export declare function forbiddenXmlChar(text: string): number | null;
