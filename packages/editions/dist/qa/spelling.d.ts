/**
 * One name, two spellings: a katakana word one letter away from a glossary
 * rendering (ゼレンスキイ for ゼレンスキー, サムソン for サムスン) is the name
 * misspelled, whatever its source says — even in a unit whose source calls
 * him "the president". Katakana only: Korean words one letter apart are too
 * often different words (러시아, 아시아), and kanji variants are not typos.
 */
/** The katakana parts of accepted renderings: `nameParts(["ウォロディミル・ゼレンスキー"])` → ["ウォロディミル", "ゼレンスキー"]. */
export declare function nameParts(renderings: readonly string[]): string[];
/**
 * The first katakana word of `text` one letter away from one of `parts`:
 * `misspelledName("ゼレンスキイ大統領", ["ゼレンスキー"])` → { found: "ゼレンスキイ", name: "ゼレンスキー" }.
 */
export declare function misspelledName(text: string, parts: readonly string[]): {
    found: string;
    name: string;
} | null;
/** One substitution, insertion or deletion apart: `oneEditApart("ゼレンスキイ", "ゼレンスキー")` → true. */
export declare function oneEditApart(a: string, b: string): boolean;
