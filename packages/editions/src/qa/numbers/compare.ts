/**
 * Source figures against a translation's, by value, kind and unit, counted as a multiset:
 * `compareFigures(en("two months later"), ja("2週間後"))` → missing ["two months"].
 * A translation may add figures (一人 for "a soldier"); it may not lose or change one.
 * What QA cannot read in the translation (数千人, several) makes a missing figure doubtful, not wrong.
 */
import type { Figure } from './types.ts';

export interface FigureComparison {
  /** Source figures read, and not found in a translation that QA read in full: errors. */
  missing: Figure[];
  /** Source figures not found where the translation has quantities QA cannot read: warnings. */
  doubtful: Figure[];
  /** Those unread quantities of the translation (数千人, 수십 명, several). */
  unread: Figure[];
}

export function compareFigures(source: readonly Figure[], translation: readonly Figure[]): FigureComparison {
  const left = translation.filter((f) => f.kind !== 'vague');
  // "several notebooks" = 여러 권: a vague quantity of the source accounts for one of the translation.
  const unread = translation.filter((f) => f.kind === 'vague').slice(source.filter((f) => f.kind === 'vague').length);
  const unmatched: Figure[] = [];
  // The most specific first, so "October 18" takes the translation's 10月 and 18日, not any 10 or 18;
  // soft figures last, so "one" never takes a figure that a required one needs.
  const order = (f: Figure) => (optional(f) ? 4 : 0) + (f.kind === 'number' ? 2 : 0) + (f.unit ? 0 : 1);
  for (const f of [...source].filter((s) => s.kind !== 'vague').sort((a, b) => order(a) - order(b))) {
    let at = left.findIndex((g) => same(f, g));
    if (at === -1) at = left.findIndex((g) => compatible(f, g));
    if (at !== -1) left.splice(at, 1);
    // An optional figure is wrong only when the translation counts the same thing otherwise (1人 → 2人).
    else if (!optional(f) || left.some((g) => g.unit !== undefined && g.unit === f.unit && g.kind === f.kind)) unmatched.push(f);
  }
  const inOrder = (figures: Figure[]) => figures.sort((a, b) => a.index - b.index);
  if (unread.length) return { missing: [], doubtful: inOrder(unmatched), unread };
  return { missing: inOrder(unmatched), doubtful: [], unread };
}

/** `missingFigures(en("1,500 and three"), ja("1500"))` → ["three"]: the figures lost or changed. */
export function missingFigures(source: readonly Figure[], translation: readonly Figure[]): Figure[] {
  const { missing, doubtful } = compareFigures(source, translation);
  return [...missing, ...doubtful].sort((a, b) => a.index - b.index);
}

/** "one", and a 1 a translation says in words ("a day", "a soldier", "per metre"): found or not, never required. */
function optional(f: Figure): boolean {
  return Boolean(f.soft) || (f.value === 1 && (f.kind === 'number' || f.kind === 'duration' || f.kind === 'rate' || f.kind === 'ordinal'));
}

function same(a: Figure, b: Figure): boolean {
  return a.value === b.value && a.kind === b.kind && a.unit === b.unit;
}

/** Equal values whose kinds and units do not contradict: a plain 2 is any 2; 2 months are not 2 weeks. */
function compatible(a: Figure, b: Figure): boolean {
  if (a.value !== b.value) return false;
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  return a.kind === b.kind || a.kind === 'number' || b.kind === 'number' || (isDay(a) && isDay(b)) || (isSpan(a) && isSpan(b));
}

// 12年目 is "the twelfth year" or "for 12 years", as translators write it; 2週目 = 2주 차 = "week two".
const isSpan = (f: Figure) => f.kind === 'ordinal' || f.kind === 'duration';

// "October 18th" is a date and an ordinal at once.
const isDay = (f: Figure) => (f.kind === 'date' || f.kind === 'ordinal') && (f.unit === 'day' || f.unit === undefined);

/** How a figure reads in a message: `"2カ月" (a duration in months)`. */
export function describe(f: Figure): string {
  if (f.kind === 'number' || f.kind === 'vague') return f.text;
  const unit = f.unit ? ` in ${UNIT_WORD[f.unit] ?? `${f.unit}s`}` : '';
  return `${f.text} (${KIND_WORD[f.kind]}${unit})`;
}

const KIND_WORD: Record<string, string> = {
  ordinal: 'an ordinal',
  proportion: 'a proportion',
  rate: 'a rate',
  decade: 'a decade',
  age: 'an age',
  duration: 'a duration',
  date: 'a date',
  measure: 'a measure',
};
const UNIT_WORD: Record<string, string> = { m: 'metres', km: 'km', cm: 'cm', kg: 'kg', person: 'people', won: 'won', yen: 'yen' };
