/**
 * What a number reader returns: a quantity as written, the value it stands
 * for and what it counts. Each language's reader (en.ts, ja.ts, ko.ts) turns
 * its own ways of writing a figure into this one shape; compare.ts compares
 * the shapes, never the text.
 */

/**
 * What a figure is: `number` when the text does not say (a count, a bare year), else one of the kinds
 * a translation must keep. 2 months is not 2 weeks, a decade (20代) is not an age (20歳).
 */
export type Kind = 'number' | 'ordinal' | 'proportion' | 'rate' | 'decade' | 'age' | 'duration' | 'date' | 'measure';

/** What a figure counts, when the text says: a calendar or time unit, a measure, a currency. */
export type Unit =
  | 'year'
  | 'month'
  | 'week'
  | 'day'
  | 'hour'
  | 'minute'
  | 'person'
  | 'place'
  | 'km'
  | 'm'
  | 'cm'
  | 'mile'
  | 'kg'
  | 'pound'
  | 'ton'
  | 'dollar'
  | 'yen'
  | 'won'
  | 'rouble'
  | 'euro';

export interface Figure {
  /** The quantity as written ("約1万人" reads as "1万"), and where it starts. */
  text: string;
  index: number;
  /** Its value: 3割 = 30% = 0.3, 1万5000 = 15000, 二十代 = 20. NaN for a `vague` quantity. */
  value: number;
  kind: Kind | 'vague';
  unit?: Unit;
  /** Written as a hedge (約, about, 여, 남짓): kept for the message, never compared. */
  approx?: boolean;
  /**
   * A figure a good translation often writes without a number: "one" (一人 = "a soldier"), a rate's
   * 1 (1メートルあたり = "per metre"), "first". Compared when found, never required.
   */
  soft?: boolean;
}

/** How the words right after a figure classify it: `{ after: /^カ月/, kind: 'duration', unit: 'month' }`. */
export interface Rule {
  after: RegExp;
  kind: Kind;
  unit?: Unit;
  /** The value is multiplied by it: 3割 → 0.3, 30% → 0.3. */
  scale?: number;
}

/** The first rule whose `after` matches `rest`, with the length it consumed. */
export function classify(rest: string, rules: readonly Rule[]): { rule: Rule; length: number } | null {
  for (const rule of rules) {
    const m = rule.after.exec(rest);
    if (m) return { rule, length: m[0].length };
  }
  return null;
}

export function round(n: number): number {
  return Number(n.toPrecision(12));
}

export function inOrder(figures: Figure[]): Figure[] {
  return figures.sort((a, b) => a.index - b.index);
}

/**
 * What a reader has already read, so a second pattern does not read it again ("1万人" is not also "1"):
 * a mask over the text, constant time per question however many figures a long string holds.
 */
export function coverage(text: string, out: Figure[]): { take: (f: Figure | null) => void; free: (at: number, length?: number) => boolean } {
  const covered = new Uint8Array(text.length + 1);
  return {
    take(f) {
      if (!f) return;
      out.push(f);
      covered.fill(1, f.index, f.index + Math.max(1, f.text.length));
    },
    free: (at, length = 1) => covered.subarray(at, at + length).every((c) => c === 0),
  };
}

/** Longer than any figure a text writes: a run this long is noise, not a number (and costly to parse). */
export const LONGEST_NUMERAL = 40;
