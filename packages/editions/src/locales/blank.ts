/**
 * The one definition of text readers cannot see, asked by the translator
 * (so status, the check and QA count such a string as missing) and by the
 * import (an invisible target is no translation): empty, white space,
 * controls, and every code point Unicode says may be ignored when drawn
 * (Default_Ignorable_Code_Point: zero-width spaces and joiners, soft hyphens,
 * bidi marks, variation selectors, Hangul fillers, tag characters…), format
 * characters (Cf), plus the braille blank, which draws nothing either.
 */
const INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/** `isBlankText("\u200b\u00ad")` → true; `isBlankText("\ufe0f\u{e0100}")` → true; `isBlankText("a\u200b")` → false */
export function isBlankText(text: string): boolean {
  return INVISIBLE.test(text);
}
