/**
 * Punctuation and typography of a translation, per locale: each check returns
 * what it saw, worded by src/errors.ts. Pure functions of the texts.
 */
import type { LanguageFacts } from '../languages.ts';

export type TypographyCode = 'qa-unbalanced' | 'qa-latin-punctuation' | 'qa-straight-quote' | 'qa-double-space' | 'qa-source-leftover' | 'qa-identical' | 'qa-doubled-word';

export interface TypographyIssue {
  code: TypographyCode;
  found: string;
}

const PAIRS: [string, string][] = [
  ['「', '」'],
  ['『', '』'],
  ['“', '”'],
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['《', '》'],
  ['〈', '〉'],
  ['[', ']'],
];

/** The first bracket or quotation mark pair left open or closed twice: `unbalanced("「兵士」」")` → "」". */
export function unbalanced(text: string): string | null {
  if (!BRACKET.test(text)) return null; // most strings have none: one scan instead of one per pair
  const depth = PAIRS.map(() => 0);
  for (const ch of text) {
    const open = OPENS.indexOf(ch);
    if (open !== -1) depth[open]!++;
    const close = CLOSES.indexOf(ch);
    if (close !== -1 && --depth[close]! < 0) return ch;
  }
  const left = depth.findIndex((d) => d > 0);
  return left === -1 ? null : OPENS[left]!;
}

const OPENS = PAIRS.map(([open]) => open);
const CLOSES = PAIRS.map(([, close]) => close);
const BRACKET = new RegExp(
  `[${PAIRS.flat()
    .map((c) => (/[()[\]]/.test(c) ? `\\${c}` : c))
    .join('')}]`,
  'u',
);

const JAPANESE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー';
// A Latin full stop or comma touching Japanese text ("した." "兵士,"); decimals (1.28) and abbreviations between Latin letters stay.
const LATIN_PUNCT_IN_JA = new RegExp(`[${JAPANESE}][.,]|[.,](?=[${JAPANESE}])`, 'u');

/**
 * Typography findings of `translation` in `locale`. `names` are renderings
 * that may stay in Latin letters (glossary terms, titles).
 */
export function typography(source: string, translation: string, locale: LanguageFacts, sourceLocale: string, names: readonly string[]): TypographyIssue[] {
  const out: TypographyIssue[] = [];
  const open = unbalanced(translation);
  if (open && !unbalanced(source)) out.push({ code: 'qa-unbalanced', found: open });
  if (locale.code === 'ja' && (translation.includes('.') || translation.includes(','))) {
    const m = LATIN_PUNCT_IN_JA.exec(translation);
    if (m) out.push({ code: 'qa-latin-punctuation', found: m[0] });
  }
  const straight = straightQuote(translation, locale);
  if (straight) out.push({ code: 'qa-straight-quote', found: straight });
  const doubled = translation.includes('  ') || translation.includes('\u3000\u3000') ? / {2,}|\u3000{2,}/.exec(translation.trim()) : null;
  if (doubled && !source.includes('  ')) out.push({ code: 'qa-double-space', found: excerptAround(translation, doubled.index) });
  // A name or an acronym ("IISS", "Nikkei Asia") may stay as it is, and so may a string that is all placeholders ("{{date, datetime(…)}}"); a sentence may not.
  const words = source.replace(/\{\{[^}]*\}\}/g, '');
  const identical = locale.code !== sourceLocale && translation.trim() === source.trim() && (/(^|\s)[a-z]{2,}\b/.test(words) || PROSE_CJK.test(words));
  if (identical) out.push({ code: 'qa-identical', found: translation.trim() });
  // A pasted source is one finding, not also a leftover.
  if (!identical && locale.code !== sourceLocale && !sourceScript(sourceLocale).test(sample(locale))) {
    const leftover = sourceLeftover(translation, names, sourceLocale);
    if (leftover) out.push({ code: 'qa-source-leftover', found: leftover });
  }
  const twice = doubledWord(translation);
  if (twice) out.push({ code: 'qa-doubled-word', found: twice });
  return out;
}

/** A straight quotation mark where the locale has its own ("…" in 한국어 → “…”); an apostrophe between Latin letters is not one. */
function straightQuote(text: string, locale: LanguageFacts): string | null {
  if (!locale.quotes.includes('"') && text.includes('"')) return '"';
  if (!locale.quotes.includes("'") && /(?<![A-Za-z])'|'(?![A-Za-z])/.test(text)) return "'";
  return null;
}

// Kana or Hangul: a Japanese or Korean sentence, not a name in kanji alone.
const PROSE_CJK = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,}/u;

/** Runs of a source language's words that should not survive into a translation in another script. */
const LEFTOVER: Record<string, RegExp> = {
  en: /[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){2,}/g,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]*\p{Script=Hiragana}[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]*/gu,
  ko: /\p{Script=Hangul}+(?:\s+\p{Script=Hangul}+){1,}/gu,
};

function sourceScript(language: string): RegExp {
  return language === 'ja' ? /[\p{Script=Hiragana}\p{Script=Katakana}]/u : language === 'ko' ? /\p{Script=Hangul}/u : /[A-Za-z]/;
}

/** A letter of the locale's own script, to ask whether it is the source's script too. */
function sample(locale: LanguageFacts): string {
  return locale.code === 'ja' ? 'あ' : locale.code === 'ko' ? '가' : 'x';
}

/**
 * Three or more Latin words in a row that are not an accepted name, title or
 * acronym: `sourceLeftover("兵士は the drone was spotted と", [])` → "the drone was spotted".
 */
export function sourceLeftover(text: string, names: readonly string[], sourceLanguage = 'en'): string | null {
  const pattern = LEFTOVER[sourceLanguage];
  if (!pattern) return null;
  for (const m of text.normalize('NFKC').matchAll(pattern)) {
    const run = m[0].replace(/[ ,]+$/, '');
    const words = run.split(/[ ,]+/);
    // Acronyms and names (every word capitalised) are kept in Latin letters on purpose.
    if (sourceLanguage === 'en' && words.every((w) => /^[A-Z0-9]/.test(w))) continue;
    if (sourceLanguage === 'ja' && [...run].length < 3) continue;
    if (names.some((n) => n.includes(run))) continue;
    return run;
  }
  return null;
}

/** A word written twice in a row ("병사 병사", "the the"); Japanese has no spaces to tell words apart. */
export function doubledWord(text: string): string | null {
  const words = text.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    if (words[i] === words[i - 1] && WORD.test(words[i]!)) return `${words[i]} ${words[i]}`;
  }
  return null;
}

const WORD = /^[\p{L}\p{N}]{2,}$/u;

function excerptAround(text: string, at: number): string {
  return text.slice(Math.max(0, at - 8), at + 10);
}
