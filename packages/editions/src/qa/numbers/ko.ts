/**
 * The Korean number reader: `koreanFigures("약 1만 명, 12만 8천, 두 번째, 3주 뒤, 20대, 스무 살")`
 * → 10000 (approx), 128000, ordinal 2, duration 3 (week), decade 20, age 20.
 * Digits with Sino-Korean scale words (1만 5000, 12만 8천, 만 명), Sino-Korean numerals (삼십 명),
 * native numerals before a counter (세 곳, 두 달, 서른아홉 살, 이틀), proportions (3할, 30퍼센트,
 * 3분의 1, 열 명 중 한 명), and vague quantities (수십 명, 몇 달, 여러 명), reported as unread.
 */
import { hangulAsKanji, mixedNumeral } from './numerals.ts';
import { classify, coverage, inOrder, round, type Figure, type Rule } from './types.ts';

const DIGITS = /(?<![\d.])\d[\d,]*(?:\.\d+)?(?:[십백천만억조](?:\s?\d[\d,]*(?:[십백천])?)*)*/g;
/** Counters after which a numeral is a figure (세 곳, 두 달, 한 명, 삼십 명). */
const COUNTER = '(?:명|곳|달|개월|개국|개|살|번|차례|가지|마리|대|척|장|통|시간|사람|군데|해|주|병사|발|권|줄|년|월|일|세|배|건|채|가구|인|킬로|미터|퍼센트|할|분)';
// A single Sino-Korean digit before a unit of time or a percentage (삼 년, 오 분); 이 and 일 alone are "this" and "work".
const SINO_DIGIT = /(?<![\p{L}\p{N}])[삼사오육칠팔구](?=\s?(?:년|개월|주일|분|초|회|층|퍼센트))/gu;
const SINO = new RegExp(`(?<![\\p{L}\\p{N}])[일이삼사오육칠팔구]?[십백천만억](?:[일이삼사오육칠팔구]?[십백천만억]?)*(?=여?\\s?${COUNTER})`, 'gu');
// 석/서 and 넉/너 are 3 and 4 before some counters (석 달, 넉 달).
const UNITS: Record<string, number> = { 한: 1, 두: 2, 세: 3, 석: 3, 서: 3, 네: 4, 넉: 4, 너: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9 };
const TENS: Record<string, number> = { 열: 10, 스무: 20, 스물: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90 };
/** Native words for a number of days (이틀 = two days). */
const DAYS: Record<string, number> = { 하루: 1, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 이레: 7, 여드레: 8, 아흐레: 9, 열흘: 10 };
// A particle may follow (사흘에, 이틀 뒤).
const DAY_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.keys(DAYS).join('|')})`, 'gu');
/** Months written in Hangul (시월 and 유월 drop a letter): 일월 … 십이월. */
const MONTH_WORD: Record<string, number> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 유: 6, 칠: 7, 팔: 8, 구: 9, 시: 10, 십일: 11, 십이: 12 };
const MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(MONTH_WORD)
    .sort((a, b) => b.length - a.length)
    .join('|')})월`,
  'gu',
);
/** Native numerals standing alone (병사 둘, 셋이서): before a particle or punctuation, not inside a word (둘레). */
const ALONE: Record<string, number> = { 하나: 1, 둘: 2, 셋: 3, 넷: 4 };
const ALONE_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.keys(ALONE).join('|')})(?=[이은을의과와도만에서]?(?![\\p{L}]))`, 'gu');
const ORDINAL_WORD: Record<string, number> = { 첫째: 1, 둘째: 2, 셋째: 3, 넷째: 4, 다섯째: 5 };
const ORDINAL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.keys(ORDINAL_WORD).join('|')})`, 'gu');
// Before a counter, or before another word (두 병사, 세 주장) — except 한, 서 and 너, as often "a", a verb or "you" (한 일, 서 있다).
const NATIVE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${Object.keys(TENS).join('|')})(${Object.keys(UNITS).join('|')})?|(${Object.keys(UNITS).join('|')}|첫))(?:(?=여?\\s?${COUNTER})|(?=\\s\\p{Script=Hangul})(?<![한서너석넉첫]))`,
  'gu',
);
/** 수십 명, 몇 달, 여러 명, 수백만: a quantity no one can compare. */
const VAGUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:수[십백천만억]+|몇\\s?[십백천만]*|여러)(?=\\s?${COUNTER})`, 'gu');

const RULES: readonly Rule[] = [
  { after: /^\s?(?:일째|날째)/, kind: 'ordinal', unit: 'day' },
  { after: /^\s?(?:년째|해째)/, kind: 'ordinal', unit: 'year' },
  { after: /^\s?(?:개월째|달째)/, kind: 'ordinal', unit: 'month' },
  { after: /^\s?주째/, kind: 'ordinal', unit: 'week' },
  { after: /^\s?(?:번째|째)/, kind: 'ordinal' },
  // 2주 차, 3일 차, 5년 차: the second week, the third day, the fifth year.
  { after: /^\s?주\s?차/, kind: 'ordinal', unit: 'week' },
  { after: /^\s?일\s?차/, kind: 'ordinal', unit: 'day' },
  { after: /^\s?년\s?차/, kind: 'ordinal', unit: 'year' },
  { after: /^\s?(?:개월|달)\s?차/, kind: 'ordinal', unit: 'month' },
  // 3주년: an anniversary, counted in years.
  { after: /^\s?주년/, kind: 'number', unit: 'year' },
  { after: /^\s?년대/, kind: 'decade', unit: 'year' },
  { after: /^\s?(?:살|세(?![기계대상]))/u, kind: 'age' },
  { after: /^\s?(?:%|퍼센트|프로)/, kind: 'proportion', scale: 0.01 },
  { after: /^\s?할(?![수것때])/u, kind: 'proportion', scale: 0.1 },
  { after: /^\s?(?:개월|달)/, kind: 'duration', unit: 'month' },
  { after: /^\s?(?:주일|주간|주)(?![의민])/, kind: 'duration', unit: 'week' },
  { after: /^\s?일간|^\s?일(?=\s?(?:뒤|후|전|동안|만에))/, kind: 'duration', unit: 'day' },
  { after: /^\s?년간|^\s?(?:년|해)(?=\s?(?:뒤|후|전|동안|만에))/, kind: 'duration', unit: 'year' },
  { after: /^\s?해/, kind: 'duration', unit: 'year' },
  { after: /^\s?시간/, kind: 'duration', unit: 'hour' },
  { after: /^\s?분간/, kind: 'duration', unit: 'minute' },
  { after: /^\s?년/, kind: 'number', unit: 'year' },
  { after: /^\s?월/, kind: 'date', unit: 'month' },
  { after: /^\s?일/, kind: 'number', unit: 'day' },
  { after: /^\s?(?:킬로미터|km)/, kind: 'measure', unit: 'km' },
  { after: /^\s?(?:킬로그램|kg)/, kind: 'measure', unit: 'kg' },
  { after: /^\s?킬로/, kind: 'measure' },
  { after: /^\s?(?:센티미터|센티|cm)/, kind: 'measure', unit: 'cm' },
  { after: /^\s?(?:미터|m(?![a-z]))/, kind: 'measure', unit: 'm' },
  { after: /^\s?마일/, kind: 'measure', unit: 'mile' },
  { after: /^\s?톤/, kind: 'measure', unit: 'ton' },
  { after: /^\s?파운드/, kind: 'measure' },
  { after: /^\s?달러/, kind: 'measure', unit: 'dollar' },
  { after: /^\s?엔(?![진터])/u, kind: 'measure', unit: 'yen' },
  { after: /^\s?원(?![인래전자칙])/u, kind: 'measure', unit: 'won' },
  { after: /^\s?루블/, kind: 'measure', unit: 'rouble' },
  { after: /^\s?유로/, kind: 'measure', unit: 'euro' },
  { after: /^\s?(?:명|사람|인(?=\s|당|$|[이의은는을]))/u, kind: 'number', unit: 'person' },
  { after: /^\s?(?:곳|군데|개소)/, kind: 'number', unit: 'place' },
];
const APPROX_BEFORE = /(?:약|대략|거의|최대|최소|적어도|추산)\s?$/;
const APPROX_AFTER = /^(?:여|남짓|가량|쯤|정도)/;

export function koreanFigures(text: string): Figure[] {
  const t = text.normalize('NFKC');
  const out: Figure[] = [];
  const { take, free } = coverage(t, out);
  for (const m of t.matchAll(VAGUE)) take({ text: m[0], index: m.index, value: NaN, kind: 'vague' });
  for (const m of t.matchAll(DIGITS)) if (free(m.index)) take(read(t, m[0].trimEnd(), m.index, mixedNumeral(hangulAsKanji(m[0]))));
  for (const m of t.matchAll(SINO)) if (free(m.index)) take(read(t, m[0], m.index, mixedNumeral(hangulAsKanji(m[0])), true));
  for (const m of t.matchAll(SINO_DIGIT)) if (free(m.index)) take(read(t, m[0], m.index, mixedNumeral(hangulAsKanji(m[0])), true));
  for (const m of t.matchAll(NATIVE)) {
    if (!free(m.index)) continue;
    const units = m[2] ?? m[3];
    const value = m[3] === '첫' ? 1 : (m[1] ? TENS[m[1]]! : 0) + (units ? UNITS[units]! : 0);
    take(read(t, m[0], m.index, value, true));
  }
  for (const m of t.matchAll(DAY_WORD)) {
    if (!free(m.index)) continue;
    // 사흘째 is the third day, 사흘 three days.
    const nth = t[m.index + m[0].length] === '째';
    take({ text: nth ? `${m[0]}째` : m[0], index: m.index, value: DAYS[m[0]]!, kind: nth ? 'ordinal' : 'duration', unit: 'day', soft: m[0] === '하루' || undefined });
  }
  for (const m of t.matchAll(MONTH)) if (free(m.index)) take({ text: m[0], index: m.index, value: MONTH_WORD[m[1]!]!, kind: 'date', unit: 'month' });
  for (const m of t.matchAll(ALONE_WORD)) if (free(m.index)) take({ text: m[0], index: m.index, value: ALONE[m[0]]!, kind: 'number', soft: m[0] === '하나' || undefined });
  for (const m of t.matchAll(ORDINAL)) if (free(m.index)) take({ text: m[0], index: m.index, value: ORDINAL_WORD[m[0]]!, kind: 'ordinal', soft: m[0] === '첫째' || undefined });
  return fractions(inOrder(out), t);
}

function read(t: string, numeral: string, index: number, value: number | null, word = false): Figure | null {
  if (value === null) return null;
  let at = index + numeral.length;
  const approxAfter = APPROX_AFTER.exec(t.slice(at));
  if (approxAfter?.[0] === '여') at += 1;
  const found = classify(t.slice(at), RULES);
  let kind = found?.rule.kind ?? 'number';
  const unit = found?.rule.unit;
  if (found?.rule.scale) value = round(value * found.rule.scale);
  at += found?.length ?? 0;
  // 20대 is a decade of age (20대 남성), 드론 3대 three drones.
  if (/^\s?대/.test(t.slice(at)) && value % 10 === 0 && value >= 10 && value <= 90) {
    kind = 'decade';
    at += /^\s?대/.exec(t.slice(at))![0].length;
  }
  if (unit === 'year' && value >= 1000 && kind !== 'decade') kind = 'date';
  const before = t.slice(Math.max(0, index - 6), index);
  if (unit === 'day' && kind === 'number' && /월\s?$/.test(before)) kind = 'date';
  // 1미터당, 1단보당 (a unit QA does not know is still a rate's unit).
  if (/^\s?\p{Script=Hangul}{0,3}당(?!\p{L})/u.test(t.slice(at))) kind = 'rate';
  const approx = Boolean(approxAfter) || APPROX_BEFORE.test(before) || /^\s?(?:남짓|가량|쯤|정도)/.test(t.slice(at));
  const soft = value === 1 && (word || kind === 'rate' || kind === 'ordinal');
  return { text: t.slice(index, at).trimEnd(), index, value, kind, unit, approx: approx || undefined, soft: soft || undefined };
}

/** 3분의 1 = 1/3; 열 명 중 한 명 = 1/10: two figures and the words between them are one proportion. */
function fractions(figures: Figure[], t: string): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1];
    const between = b ? t.slice(a.index + a.text.length, b.index) : '';
    const over =
      b &&
      a.value &&
      ((/^\s?분의\s?$/.test(between) && a.kind === 'number') || (/^\s?(?:중|가운데)\s?$/.test(between) && a.unit === 'person' && b.unit === 'person' && a.value > b.value));
    if (over) {
      out.push({ text: t.slice(a.index, b!.index + b!.text.length), index: a.index, value: round(b!.value / a.value), kind: 'proportion' });
      i++;
    } else out.push(a);
  }
  return out;
}
