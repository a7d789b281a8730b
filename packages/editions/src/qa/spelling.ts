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

/**
 * Every mention of a name the source names, in any script: `misspelledMention("정경홍은 … 정경혼의", ["정경홍"], known)`
 * → { found: "정경혼", name: "정경홍" }, though one mention is right. A word one letter from a name part:
 * Hangul at the start of a word (particles follow), Han anywhere in a run (Japanese has no spaces),
 * Latin and katakana as whole words. Parts of other known names (`known`: 김정일 beside 김정은) are not misspellings.
 */
export function misspelledMention(text: string, renderings: readonly string[], known: ReadonlySet<string>): { found: string; name: string } | null {
  const t = text.normalize('NFKC');
  for (const part of new Set(renderings.flatMap((r) => r.normalize('NFKC').split(/[\s・·=‧]+/)))) {
    const script = scriptOf(part);
    if (!script || [...part].length < (script === 'Latin' || script === 'Katakana' ? 4 : 3)) continue;
    for (const word of wordsOf(t, script)) {
      const candidates = script === 'Hangul' ? [word.slice(0, part.length)] : script === 'Han' ? windows(word, part.length) : [word];
      for (const w of candidates) {
        if (w === part || known.has(w)) continue;
        if (script === 'Hangul' ? oneJamoApart(w, part) : script === 'Han' ? oneSubstitution(w, part) : oneEditApart(w, part)) return { found: w, name: part };
      }
    }
  }
  return null;
}

type Script = 'Hangul' | 'Han' | 'Katakana' | 'Latin';
const SCRIPTS: [Script, RegExp, RegExp][] = [
  ['Hangul', /^\p{Script=Hangul}+$/u, /\p{Script=Hangul}+/gu],
  ['Han', /^\p{Script=Han}+$/u, /\p{Script=Han}+/gu],
  ['Katakana', KATAKANA_WORD, /[\p{Script=Katakana}ー]+/gu],
  ['Latin', /^\p{Script=Latin}+$/u, /\p{Script=Latin}+/gu],
];
const scriptOf = (part: string): Script | undefined => SCRIPTS.find(([, whole]) => whole.test(part))?.[0];
const wordsOf = (text: string, script: Script): string[] => [...text.matchAll(SCRIPTS.find(([s]) => s === script)![2])].map((m) => m[0]);
const windows = (run: string, n: number): string[] => Array.from({ length: Math.max(0, run.length - n + 1) }, (_, i) => run.slice(i, i + n));

/**
 * One Hangul letter (jamo) apart, in one syllable: `oneJamoApart("정경혼", "정경홍")` → true (ㅇ → ㄴ);
 * `oneJamoApart("정정은", "김정은")` → false (a whole syllable: another word, not a typo).
 */
function oneJamoApart(a: string, b: string): boolean {
  if (!oneSubstitution(a, b)) return false;
  const i = [...a].findIndex((c, k) => c !== b[k]);
  const [x, y] = [jamo(a[i]!), jamo(b[i]!)];
  return x !== null && y !== null && x.filter((j, k) => j !== y[k]).length === 1;
}

/** 홍 → [ㅎ, ㅗ, ㅇ] as indexes (initial, vowel, final); null for a character that is not a syllable. */
function jamo(c: string): [number, number, number] | null {
  const code = c.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return null;
  return [Math.floor(code / 588), Math.floor((code % 588) / 28), code % 28];
}

/** Same length, one letter different: `oneSubstitution("佐藤浩", "佐藤治")` → true. */
function oneSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}
