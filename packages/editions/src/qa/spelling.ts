/**
 * One name, two spellings: a katakana word one letter away from a glossary
 * rendering (ゼレンスキイ for ゼレンスキー, サムソン for サムスン) is the name
 * misspelled, whatever its source says — even in a unit whose source calls
 * him "the president". Katakana only: Korean words one letter apart are too
 * often different words (러시아, 아시아), and kanji variants are not typos.
 */

/** The katakana parts of accepted renderings: `nameParts(["ウォロディミル・ゼレンスキー"])` → ["ウォロディミル", "ゼレンスキー"]. */
export function nameParts(renderings: readonly string[]): string[] {
  const parts = renderings.flatMap((r) => r.normalize('NFKC').split(/[\s・·=]+/));
  return [...new Set(parts.filter((p) => KATAKANA_WORD.test(p) && p.length >= 4))];
}

/**
 * The first katakana word of `text` one letter away from one of `parts`:
 * `misspelledName("ゼレンスキイ大統領", ["ゼレンスキー"])` → { found: "ゼレンスキイ", name: "ゼレンスキー" }.
 */
export function misspelledName(text: string, parts: readonly string[]): { found: string; name: string } | null {
  if (parts.length === 0) return null;
  for (const m of text.normalize('NFKC').matchAll(/[\p{Script=Katakana}ー]{3,}/gu)) {
    const word = m[0];
    if (parts.includes(word)) continue;
    const name = parts.find((p) => oneEditApart(word, p));
    if (name) return { found: word, name };
  }
  return null;
}

const KATAKANA_WORD = /^[\p{Script=Katakana}ー]+$/u;

/** One substitution, insertion or deletion apart: `oneEditApart("ゼレンスキイ", "ゼレンスキー")` → true. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
