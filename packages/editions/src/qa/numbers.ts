/**
 * Figures in running text, read as quantities so they compare across scripts:
 * "about 1,500" = 約1500 = １５００; "1.28 million" = 128万 = 128만; "18 October" = 10月18日 =
 * 10월 18일; "two months" = 2カ月 = 두 달, never 2週間; "30%" = 3割 = 30퍼센트.
 * One reader per language (numbers/en.ts, ja.ts, ko.ts) turns what it writes into
 * { value, kind, unit }; numbers/compare.ts compares them. A language without a reader is not compared.
 */
import { englishFigures } from './numbers/en.ts';
import { japaneseFigures } from './numbers/ja.ts';
import { koreanFigures } from './numbers/ko.ts';
import type { Figure } from './numbers/types.ts';

export { compareFigures, describe, missingFigures, type FigureComparison } from './numbers/compare.ts';
export type { Figure, Kind, Unit } from './numbers/types.ts';
export { englishFigures, japaneseFigures, koreanFigures };

const READERS: Record<string, (text: string) => Figure[]> = { en: englishFigures, ja: japaneseFigures, ko: koreanFigures };

/** The languages whose figures QA reads. */
export const FIGURE_LANGUAGES = Object.keys(READERS);

/** The figures of a text in its language (`en`, `en-GB`); null for a language Editions cannot read figures in. */
export function figuresOf(text: string, language: string): Figure[] | null {
  const reader = READERS[language] ?? READERS[language.split('-')[0]!];
  return reader ? reader(text) : null;
}
