/**
 * A translation readers cannot see counts as missing: empty, spaces, or only
 * invisible characters (zero-width spaces and joiners, soft hyphens, word
 * joiners, bidi marks, the byte-order mark: Unicode's format characters, Cf)
 * and the few letters that draw nothing (Hangul fillers, braille blank).
 */
const BLANK = /^[\s\p{Cf}\p{Cc}\u034f\u115f\u1160\u17b4\u17b5\u180e\u2800\u3164\uffa0]*$/u;
/** `isBlankText("\u200b\u00ad")` → true; `isBlankText("a\u200b")` → false */
export function isBlankText(text) {
    return BLANK.test(text);
}
//# sourceMappingURL=blank.js.map