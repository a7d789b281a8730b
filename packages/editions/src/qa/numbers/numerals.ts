/**
 * Numerals written with myriads, in any mix of digits and kanji: "1.5万" → 15000, "4千" → 4000,
 * "1万5000" → 15000, "二十" → 20, "万" → 10000; null when unreadable. Korean scale words are mapped
 * onto the kanji ones first (12만 8천 → 12万8千), so one parser reads both.
 * @geolonia/japanese-numeral does the reading; decimals before a myriad and a bare myriad are ours.
 */
import { kanji2number } from '@geolonia/japanese-numeral';
import { LONGEST_NUMERAL, round } from './types.ts';

const MYRIAD: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };
const HANGUL_SCALE: Record<string, string> = { 십: '十', 백: '百', 천: '千', 만: '万', 억: '億', 조: '兆' };
const HANGUL_DIGIT: Record<string, string> = { 일: '一', 이: '二', 삼: '三', 사: '四', 오: '五', 육: '六', 칠: '七', 팔: '八', 구: '九', ...HANGUL_SCALE };

export function mixedNumeral(written: string): number | null {
  const plain = written.replace(/[,\s]/g, '');
  if (plain.length > LONGEST_NUMERAL) return null;
  if (/^\d+(\.\d+)?$/.test(plain)) return Number(plain);
  const decimal = /^(\d+\.\d+)([万億兆])$/.exec(plain);
  if (decimal) return round(Number(decimal[1]) * MYRIAD[decimal[2]!]!);
  const whole = /^[万億兆]/.test(plain) ? `一${plain}` : plain;
  // kanji2number builds its regular expressions on every call: remember its answers (numerals repeat).
  let value = memo.get(whole);
  if (value === undefined) {
    try {
      value = kanji2number(whole);
      if (!Number.isFinite(value)) value = null;
    } catch {
      value = null;
    }
    if (memo.size >= 10_000) memo.clear();
    memo.set(whole, value);
  }
  return value;
}

/** A Sino-Korean numeral as kanji: "삼십" → "三十", "12만 8천" → "12万8千". */
export function hangulAsKanji(written: string): string {
  return [...written.replace(/\s/g, '')].map((c) => HANGUL_DIGIT[c] ?? c).join('');
}

const memo = new Map<string, number | null>();
