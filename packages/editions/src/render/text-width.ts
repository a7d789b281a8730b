/**
 * How wide text sets, in the terms a layout without a browser can use: CJK
 * and full-width characters take a full em, about two columns of Latin text.
 */
export const WIDE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Text columns, a wide character counting two: `columns("이 판에서 검색")` → 13; `columns("Search")` → 6. */
export function columns(text: string): number {
  return [...text].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);
}
