/**
 * The Japanese number reader: `japaneseFigures("約4千人、3割、2日目、2カ月後、20代、令和6年")`
 * → 4000 (approx), 0.3 proportion, ordinal 2 (day), duration 2 (month), decade 20, year 2024.
 * Digits (full-width too, with separators) and kanji numerals in any position and any mix
 * (約一万人, 捕虜二人, 4千, 1万5000), kana numerals (ふたり), era years (令和6年), fractions (3分の1,
 * 10人に1人), and vague quantities (数千人, 十数人) that are reported as unread, never guessed.
 */
import { mixedNumeral } from './numerals.ts';
import { classify, coverage, inOrder, round, type Figure, type Rule } from './types.ts';

const KANJI = '〇一二三四五六七八九十百千';
const DIGITS = String.raw`\d(?:\d|,(?=\d{3}))*(?:\.\d+)?`;
// A numeral: digits and kanji in any mix, with myriads between them (4千, 1万5000, 二十, 一万).
const NUMERAL = new RegExp(`(?:${DIGITS}|[${KANJI}])(?:${DIGITS}|[${KANJI}万億兆])*`, 'gu');
const MONTHS = '(?:カ月|か月|ヶ月|ヵ月|ケ月|箇月|ヶ月)';
// Counters that make a kanji numeral a figure (三人, 二つ); alone, 一 and 二 are parts of words (一方, 統一, 二度と).
const COUNTERS =
  /^(?:人|名|カ所|か所|ヶ所|ヵ所|箇所|カ国|か国|ヶ国|つ|回|件|台|隻|枚|通|機|両|個|倍|発|本|冊|点|社|校|軒|頭|匹|羽|万|億|兆|時|世紀|階|種類|組|班|隊|世帯|家族|部隊|週|日|月|年)/;

/** Longest first: 年代 before 年, 日目 before 日. */
const RULES: readonly Rule[] = [
  { after: new RegExp(`^${MONTHS}目`), kind: 'ordinal', unit: 'month' },
  { after: /^日目/, kind: 'ordinal', unit: 'day' },
  { after: /^年目/, kind: 'ordinal', unit: 'year' },
  { after: /^週目/, kind: 'ordinal', unit: 'week' },
  { after: /^(?:番目|回目|度目|人目|つ目|個目|件目|通目|位)/, kind: 'ordinal' },
  { after: /^周年/, kind: 'number', unit: 'year' },
  { after: /^年代/, kind: 'decade', unit: 'year' },
  { after: /^(?:歳代|代)/, kind: 'decade' },
  { after: /^(?:歳|才)/, kind: 'age' },
  { after: /^\s?(?:%|パーセント)/, kind: 'proportion', scale: 0.01 },
  { after: /^割/, kind: 'proportion', scale: 0.1 },
  { after: new RegExp(`^${MONTHS}`), kind: 'duration', unit: 'month' },
  { after: /^週間|^週(?=[後前])/, kind: 'duration', unit: 'week' },
  { after: /^日間|^日(?=[後前]|ぶり|以内|余り)/, kind: 'duration', unit: 'day' },
  { after: /^年間|^年(?=[後前]|ぶり|以内|余り)/, kind: 'duration', unit: 'year' },
  { after: /^時間/, kind: 'duration', unit: 'hour' },
  { after: /^分間/, kind: 'duration', unit: 'minute' },
  { after: /^年/, kind: 'number', unit: 'year' },
  { after: /^月/, kind: 'date', unit: 'month' },
  { after: /^日/, kind: 'number', unit: 'day' },
  { after: /^\s?(?:キロメートル|km)/, kind: 'measure', unit: 'km' },
  { after: /^\s?(?:キログラム|kg)/, kind: 'measure', unit: 'kg' },
  { after: /^\s?キロ/, kind: 'measure' },
  { after: /^\s?(?:センチメートル|センチ|cm)/, kind: 'measure', unit: 'cm' },
  { after: /^\s?(?:メートル|m(?![a-z]))/, kind: 'measure', unit: 'm' },
  { after: /^\s?マイル/, kind: 'measure', unit: 'mile' },
  { after: /^\s?トン/, kind: 'measure', unit: 'ton' },
  { after: /^\s?ポンド/, kind: 'measure' },
  { after: /^\s?ドル/, kind: 'measure', unit: 'dollar' },
  { after: /^円/, kind: 'measure', unit: 'yen' },
  { after: /^\s?ウォン/, kind: 'measure', unit: 'won' },
  { after: /^\s?ルーブル/, kind: 'measure', unit: 'rouble' },
  { after: /^\s?ユーロ/, kind: 'measure', unit: 'euro' },
  { after: /^(?:人|名)/, kind: 'number', unit: 'person' },
  { after: /^(?:カ所|か所|ヶ所|ヵ所|箇所)/, kind: 'number', unit: 'place' },
];
const APPROX_BEFORE = /(?:約|およそ|ほぼ|推定|最大|最低|少なくとも|概ね)$/;
// 1メートルあたり, 1反あたり (a unit QA does not know is still a rate's unit).
const RATE_AFTER = /^[\p{Script=Han}\p{Script=Katakana}ー]{0,4}(?:あたり|当たり|につき)/u;
/** 数千人, 何百, 十数人, 数カ月: a quantity no one can compare. */
const VAGUE = new RegExp(`(?:数|何|幾)[十百千万億]*(?=[人名日年週回件倍割十百千万億]|${MONTHS})|[${KANJI}\\d]{1,8}数(?=[人名日年十百千万億])`, 'gu');
const KANA: Record<string, number> = { ひとり: 1, ふたり: 2, ひとつ: 1, ふたつ: 2, みっつ: 3, よっつ: 4, いつつ: 5, むっつ: 6, ななつ: 7, やっつ: 8, ここのつ: 9 };
const KANA_FIGURE = new RegExp(`(?<!\\p{Script=Hiragana})(?:${Object.keys(KANA).join('|')})`, 'gu');
/** Era names and the Western year before their first (令和元年 = 2019). */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867 };
const ERA_YEAR = new RegExp(`(${Object.keys(ERAS).join('|')})(元|\\d{1,2}|[${KANJI}]{1,3})年`, 'gu');

export function japaneseFigures(text: string): Figure[] {
  const t = text.normalize('NFKC');
  const out: Figure[] = [];
  const { take, free } = coverage(t, out);
  for (const m of t.matchAll(ERA_YEAR)) {
    const year = m[2] === '元' ? 1 : mixedNumeral(m[2]!);
    if (year !== null) take({ text: m[0], index: m.index, value: ERAS[m[1]!]! + year, kind: 'date', unit: 'year' });
  }
  for (const m of t.matchAll(VAGUE)) if (free(m.index)) take({ text: m[0], index: m.index, value: NaN, kind: 'vague' });
  for (const m of t.matchAll(NUMERAL)) {
    if (!free(m.index)) continue;
    // A kanji digit right after a digit starts a word (第3四半期), not the same numeral.
    const cut = /\d(?=[〇一二三四五六七八九])/.exec(m[0]);
    const figure = read(t, cut ? m[0].slice(0, cut.index + 1) : m[0], m.index);
    if (figure) take(figure);
  }
  for (const m of t.matchAll(KANA_FIGURE))
    if (free(m.index)) take({ text: m[0], index: m.index, value: KANA[m[0]]!, kind: 'number', unit: m[0].endsWith('り') ? 'person' : undefined, soft: KANA[m[0]] === 1 });
  return fractions(inOrder(out), t);
}

function read(t: string, numeral: string, index: number): Figure | null {
  const kanjiOnly = !/\d/.test(numeral);
  let rest = t.slice(index + numeral.length);
  const approxAfter = /^余/.test(rest);
  if (approxAfter) rest = rest.slice(1);
  const found = classify(rest, RULES);
  // A kanji numeral is a figure before a counter (三人, 二十代), not inside a word (一方, 統一, 二度と).
  const ordinal = t.slice(0, index).endsWith('第');
  if (kanjiOnly && !found && !ordinal && !COUNTERS.test(rest)) return null;
  // 一日 is "a day" (一日が始まる), only a date after a month (10月1日).
  if (kanjiOnly && numeral === '一' && rest.startsWith('日') && t[index - 1] !== '月') return null;
  let value = mixedNumeral(numeral);
  if (value === null) return null;
  const rule = found?.rule;
  let kind = rule?.kind ?? 'number';
  const unit = rule?.unit;
  let length = numeral.length + (approxAfter ? 1 : 0) + (found?.length ?? 0);
  if (rule?.scale) value = round(value * rule.scale);
  // 3割5分: the 分 after 割 is a tenth of it.
  const bu = rule?.scale === 0.1 ? /^([\d一二三四五六七八九])分/.exec(t.slice(index + length)) : null;
  if (bu) {
    value = round(value + mixedNumeral(bu[1]!)! / 100);
    length += bu[0].length;
  }
  const before = t.slice(Math.max(0, index - 5), index);
  if (ordinal) kind = 'ordinal';
  if (unit === 'year' && value >= 1000 && kind !== 'decade') kind = 'date';
  if (unit === 'day' && kind === 'number' && /月$/.test(before)) kind = 'date';
  const tail = t.slice(index + length);
  if (RATE_AFTER.test(tail)) kind = 'rate';
  const soft = value === 1 && (kanjiOnly || kind === 'rate' || kind === 'ordinal');
  return { text: t.slice(index, index + length), index, value, kind, unit, approx: approxAfter || APPROX_BEFORE.test(before) || undefined, soft: soft || undefined };
}

/** 3分の1 = 1/3; 10人に1人 = 1/10: two figures and the words between them are one proportion. */
function fractions(figures: Figure[], t: string): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1];
    const between = b ? t.slice(a.index + a.text.length, b.index) : '';
    if (b && /^分の$/.test(between) && a.kind === 'number' && b.kind === 'number' && a.value) {
      out.push({ text: t.slice(a.index, b.index + b.text.length), index: a.index, value: round(b.value / a.value), kind: 'proportion' });
      i++;
    } else if (b && between === 'に' && a.unit === 'person' && b.unit === 'person' && a.value > b.value) {
      out.push({ text: t.slice(a.index, b.index + b.text.length), index: a.index, value: round(b.value / a.value), kind: 'proportion' });
      i++;
    } else out.push(a);
  }
  return out;
}
