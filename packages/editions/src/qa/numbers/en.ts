/**
 * The English number reader: `englishFigures("about 1,500 soldiers on 18 October, two months later,
 * the second day, 30 percent, in their twenties, per metre")` → 1500 (approx), day 18, month 10,
 * duration 2 (month), ordinal 2 (day), 0.3 proportion, decade 20, rate 1 (m).
 * Digits with separators and scale words (1.28 million), number words (read by words-to-numbers),
 * ordinals (2nd, second, twenty-first), fractions (a third of, two-thirds, one in ten), decades
 * (twenties, 20s, the 1990s), ages (39-year-old, aged 39), durations, measures and money, month names.
 */
import { createRequire } from 'node:module';
import { classify, coverage, inOrder, LONGEST_NUMERAL, round, type Figure, type Kind, type Rule, type Unit } from './types.ts';

// words-to-numbers brings polyfills that take a noticeable part of `npm run check` to load:
// it is required on the first English number word, not on start.
let wordsToNumbersFn: ((text: string) => string | number | null) | undefined;
function wordsToNumbers(text: string): string | number | null {
  wordsToNumbersFn ??= (createRequire(import.meta.url)('words-to-numbers') as { wordsToNumbers: typeof wordsToNumbers }).wordsToNumbers;
  return wordsToNumbersFn(text);
}

// A word between a figure and its noun ("North Korean"), not a preposition that starts another phrase.
const ADJECTIVE = String.raw`(?!(?:on|in|of|at|the|a|an|to|for|by|from|with|and|or|about|than|were|are|was|had|have)\b)[A-Za-z-]+`;
const RULES: readonly Rule[] = [
  { after: /^(?:st|nd|rd|th)\b/, kind: 'ordinal' },
  { after: /^'?s\b/, kind: 'decade' },
  { after: /^\s?(?:%|per\s?cent\b)/i, kind: 'proportion', scale: 0.01 },
  { after: /^[\s-]+years?[\s-]+old\b/i, kind: 'age' },
  { after: /^[\s-]+months?\b/i, kind: 'duration', unit: 'month' },
  { after: /^[\s-]+weeks?\b/i, kind: 'duration', unit: 'week' },
  { after: /^[\s-]+days?\b/i, kind: 'duration', unit: 'day' },
  { after: /^[\s-]+years?\b/i, kind: 'duration', unit: 'year' },
  { after: /^[\s-]+hours?\b/i, kind: 'duration', unit: 'hour' },
  { after: /^[\s-]+minutes?\b/i, kind: 'duration', unit: 'minute' },
  { after: /^[\s-]*(?:kilomet(?:re|er)s?|km)\b/i, kind: 'measure', unit: 'km' },
  { after: /^[\s-]*(?:kilograms?|kg)\b/i, kind: 'measure', unit: 'kg' },
  { after: /^[\s-]*(?:centimet(?:re|er)s?|cm)\b/i, kind: 'measure', unit: 'cm' },
  { after: /^[\s-]*(?:met(?:re|er)s?|m)\b/i, kind: 'measure', unit: 'm' },
  { after: /^[\s-]*miles?\b/i, kind: 'measure', unit: 'mile' },
  { after: /^[\s-]*(?:pounds?|lbs?)\b/i, kind: 'measure' },
  { after: /^[\s-]*(?:tons?|tonnes?)\b/i, kind: 'measure', unit: 'ton' },
  { after: /^[\s-]*(?:dollars?|USD)\b/, kind: 'measure', unit: 'dollar' },
  { after: /^[\s-]*yen\b/i, kind: 'measure', unit: 'yen' },
  { after: /^[\s-]*won\b/, kind: 'measure', unit: 'won' },
  { after: /^[\s-]*(?:roubles?|rubles?)\b/i, kind: 'measure', unit: 'rouble' },
  { after: /^[\s-]*euros?\b/i, kind: 'measure', unit: 'euro' },
  // What is counted, past a few adjectives ("1,500 North Korean soldiers", "three places"): people are not places.
  {
    after: new RegExp(
      `^(?:\\s+${ADJECTIVE}){0,3}?\\s+(?:people|persons|soldiers|troops|men|women|children|civilians|fighters|prisoners|workers|residents|officers|recruits|conscripts|volunteers|mercenaries)\\b`,
      'i',
    ),
    kind: 'number',
    unit: 'person',
  },
  { after: new RegExp(`^(?:\\s+${ADJECTIVE}){0,2}?\\s+(?:places|sites|locations|spots|points)\\b`, 'i'), kind: 'number', unit: 'place' },
];
const PREFIXED: readonly [RegExp, Kind, Unit?][] = [
  [/\$\s?$/, 'measure', 'dollar'],
  [/€\s?$/, 'measure', 'euro'],
  [/¥\s?$/, 'measure', 'yen'],
  [/₩\s?$/, 'measure', 'won'],
  [/\baged\s+$/i, 'age'],
  [/\bper\s+$/i, 'rate'],
  [/\b(?:day|week|month|year)\s+$/i, 'ordinal'],
];
const APPROX_BEFORE = /\b(?:about|around|roughly|nearly|almost|some|over|approximately|an estimated|(?:more|fewer|less) than|at least|up to)\s+$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Month names are capitalised in English ("may" is a verb); a date's month is a figure like its day.
const MONTH = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?/g;
const DECADES = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const DECADE = new RegExp(`\\b(${DECADES.join('|')})\\b`, 'gi');
const DIGITS = /(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(thousand|million|billion|trillion)\b)?/g;
// "one" and "first" are soft: "no one", "one of them", "at first" are rarely figures a translation must repeat.
const WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const WORDS = new RegExp(
  `\\b(?:(?:a|one)\\s+)?(?:${WORD}|hundred|thousand|million|dozen)(?:(?:\\s+|\\s+and\\s+|-)(?:${WORD}|hundred|thousand|million))*\\b(?!-(?:third|quarter|fifth|half))`,
  'gi',
);
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
};
const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
// "the tenth of May" is a day; "a third of them" is a fraction, read before.
const ORDINAL = new RegExp(`\\b(?:(${TENS_WORD})-)?(${Object.keys(ORDINALS).join('|')})\\b(?![-\\s]+(?:half\\b|of\\b(?!\\s+${MONTH.source.slice(2)})))`, 'gi');
const PARTS: Record<string, number> = { third: 3, quarter: 4, fifth: 5, tenth: 10 };
// "a third of", "one-third", "two-thirds"; "a third soldier" is an ordinal.
const FRACTION = /\b(a|one|two|three|four|nine)(?:-(third|quarter|fifth|tenth)s?|\s(third|quarter|fifth|tenth)s?(?=\s+of\b)|\s(third|quarter|fifth|tenth)s)\b/gi;
const IN = /\b(one|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+(three|four|five|six|seven|eight|nine|ten|twenty|a hundred|\d+)\b/gi;
const PER_UNIT: Record<string, Unit> = {
  metre: 'm',
  meter: 'm',
  kilometre: 'km',
  kilometer: 'km',
  km: 'km',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  person: 'person',
  capita: 'person',
  head: 'person',
  hour: 'hour',
};
const PER = new RegExp(`\\b(?:per|a)\\s+(${Object.keys(PER_UNIT).join('|')})\\b`, 'gi');
/** How many times: "twice" = 2回 = 두 번, "doubled" = 2倍 = 두 배. */
const TIMES: Record<string, number> = { twice: 2, thrice: 3, double: 2, doubled: 2, doubling: 2, triple: 3, tripled: 3, tripling: 3, quadruple: 4, quadrupled: 4 };
const TIMES_WORD = new RegExp(`\\b(?:${Object.keys(TIMES).join('|')})\\b`, 'gi');
const VAGUE = /\b(?:several|dozens|hundreds|thousands|millions|scores|a few)\b/gi;

export function englishFigures(text: string): Figure[] {
  const t = text.normalize('NFKC');
  const out: Figure[] = [];
  const { take, free } = coverage(t, out);
  for (const m of t.matchAll(FRACTION)) take({ text: m[0], index: m.index, value: round(wordValue(m[1]!) / PARTS[(m[2] ?? m[3] ?? m[4])!.toLowerCase()]!), kind: 'proportion' });
  for (const m of t.matchAll(IN)) if (free(m.index, m[0].length)) take({ text: m[0], index: m.index, value: round(wordValue(m[1]!) / wordValue(m[2]!)), kind: 'proportion' });
  for (const m of t.matchAll(DIGITS)) {
    if (m[0].length > LONGEST_NUMERAL || !free(m.index)) continue;
    const base = Number(`${m[1]!.replaceAll(',', '')}${m[2] ?? ''}`);
    take(read(t, m[0], m.index, round(base * (m[3] ? SCALES[m[3].toLowerCase()]! : 1))));
  }
  for (const m of t.matchAll(DECADE)) take({ text: m[0], index: m.index, value: DECADES.indexOf(m[1]!.toLowerCase()) * 10 + 20, kind: 'decade' });
  for (const m of t.matchAll(ORDINAL)) {
    if (!free(m.index, m[0].length)) continue;
    const value = (m[1] ? wordValue(m[1]) : 0) + ORDINALS[m[2]!.toLowerCase()]!;
    take({ text: m[0], index: m.index, value, kind: 'ordinal', ...unitAfter(t.slice(m.index + m[0].length)), soft: value === 1 || undefined });
  }
  for (const m of t.matchAll(MONTH)) {
    take({ text: m[0], index: m.index, value: MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, kind: 'date', unit: 'month' });
    // The day beside it: "18 October", "October 18", "Oct. 18th".
    const day = out.find(
      (f) =>
        f.kind !== 'date' &&
        f.value >= 1 &&
        f.value <= 31 &&
        (/^\d{1,2}(?:st|nd|rd|th)?$/.test(f.text) || (f.kind === 'ordinal' && !f.unit)) &&
        (/^\s*(?:of\s+)?$/.test(t.slice(f.index + f.text.length, m.index)) || /^\s*$/.test(t.slice(m.index + m[0].length, f.index))),
    );
    if (day) Object.assign(day, { kind: 'date', unit: 'day' });
  }
  const words = t.replace(DIGITS, (d) => ' '.repeat(d.length));
  for (const m of words.matchAll(WORDS)) {
    if (m[0].length > LONGEST_NUMERAL * 4 || !free(m.index, m[0].length)) continue;
    const run = m[0].toLowerCase().replace(/^(a|one)\s+(hundred|thousand|million|dozen)/, 'one $2');
    const value = run === 'one dozen' || run === 'dozen' ? 12 : Number(wordsToNumbers(run.replaceAll('dozen', 'twelve')));
    if (Number.isFinite(value) && value > 0) {
      const figure = read(t, m[0], m.index, value);
      take({ ...figure, soft: figure.soft || run === 'one' || undefined });
    }
  }
  for (const m of t.matchAll(TIMES_WORD)) if (free(m.index, m[0].length)) take({ text: m[0], index: m.index, value: TIMES[m[0].toLowerCase()]!, kind: 'number' });
  for (const m of t.matchAll(PER)) if (free(m.index, m[0].length)) take({ text: m[0], index: m.index, value: 1, kind: 'rate', unit: PER_UNIT[m[1]!.toLowerCase()], soft: true });
  for (const m of t.matchAll(VAGUE)) if (free(m.index, m[0].length)) take({ text: m[0], index: m.index, value: NaN, kind: 'vague' });
  return inOrder(out);
}

function read(t: string, numeral: string, index: number, value: number): Figure {
  const rest = t.slice(index + numeral.length);
  const before = t.slice(Math.max(0, index - 20), index);
  const found = classify(rest, RULES);
  let kind: Kind = found?.rule.kind ?? 'number';
  let unit = found?.rule.unit;
  if (found?.rule.scale) value = round(value * found.rule.scale);
  if (kind === 'decade' && value >= 1000) unit = 'year';
  const prefixed = kind === 'number' ? PREFIXED.find(([pattern]) => pattern.test(before)) : undefined;
  if (prefixed) {
    kind = prefixed[1];
    // "day 2" is the second day: the word before names the unit.
    unit = prefixed[1] === 'ordinal' ? (/(\w+)\s+$/.exec(before)![1]!.toLowerCase() as Unit) : (prefixed[2] ?? unit);
  }
  // "per 2 metres", "per 100,000 people": whatever it counts, the figure is a rate's.
  if (/\bper\s+$/i.test(before)) kind = 'rate';
  if (unit === 'year' && value >= 1000 && kind !== 'decade') kind = 'date';
  // "1,500" is the figure of "1,500 North Korean soldiers": the noun only says what it counts.
  const length = numeral.length + (found && found.rule.kind !== 'number' ? found.length : 0);
  return { text: t.slice(index, index + length), index, value, kind, unit, approx: APPROX_BEFORE.test(before) || undefined, soft: (value === 1 && kind === 'rate') || undefined };
}

/** "the second day" → day: an ordinal's unit, when the next word names one. */
function unitAfter(rest: string): Pick<Figure, 'unit'> {
  const m = /^\s+(day|week|month|year)s?\b/i.exec(rest);
  return m ? { unit: m[1]!.toLowerCase() as Unit } : {};
}

function wordValue(word: string): number {
  const w = word.toLowerCase();
  if (w === 'a' || w === 'one') return 1;
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a hundred') return 100;
  return Number(wordsToNumbers(w));
}
