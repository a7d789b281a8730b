/**
 * Figures in running text, read as values so they compare across scripts:
 * "about 1,500" = 約1500 = １５００; "1.28 million" = 128万 = 128만;
 * "18 October" = 10月18日 = 10월 18일; "two months" = 2カ月 = 두 달.
 * English number words are read by words-to-numbers and Japanese numerals
 * (kanji, mixed 2億3千万, full-width) by @geolonia/japanese-numeral; Korean
 * scale words are mapped onto the kanji ones, and Korean native numerals,
 * which no library reads, come from the small table below.
 */
import { kanji2number } from '@geolonia/japanese-numeral';
import { createRequire } from 'node:module';
// words-to-numbers brings polyfills that take a noticeable part of `npm run check` to load:
// it is required on the first English number word, not on start.
let wordsToNumbersFn;
function wordsToNumbers(text) {
    wordsToNumbersFn ??= createRequire(import.meta.url)('words-to-numbers').wordsToNumbers;
    return wordsToNumbersFn(text);
}
// The words after a figure that say what it counts, per language. キロ and 킬로 (km or kg?) say nothing.
const EN_UNITS = [
    [/^[\s-]*(?:kilomet(?:re|er)s?|km)\b/i, 'km'], [/^[\s-]*miles?\b/i, 'mile'], [/^[\s-]*(?:kilograms?|kg)\b/i, 'kg'],
    [/^[\s-]*(?:pounds?|lbs?)\b/i, 'pound'], [/^[\s-]*(?:tons?|tonnes?)\b/i, 'ton'], [/^\s*(?:%|per\s?cent\b)/i, 'percent'],
];
const JA_UNITS = [
    [/^月/, 'month'], [/^日/, 'day'], [/^\s*(?:キロメートル|km)/, 'km'], [/^\s*マイル/, 'mile'], [/^\s*(?:キログラム|kg)/, 'kg'],
    [/^\s*ポンド/, 'pound'], [/^\s*トン/, 'ton'], [/^\s*(?:%|パーセント)/, 'percent'],
];
const KO_UNITS = [
    [/^월/, 'month'], [/^일/, 'day'], [/^\s?(?:킬로미터|km)/, 'km'], [/^\s?마일/, 'mile'], [/^\s?(?:킬로그램|kg)/, 'kg'],
    [/^\s?파운드/, 'pound'], [/^\s?톤/, 'ton'], [/^\s?(?:%|퍼센트)/, 'percent'],
];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SCALES = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Month names are capitalised in English ("may" is a verb); a date's month is a figure like its day.
const EN_MONTH = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?/g;
// An age by decade ("in his twenties" = 20代 = 20대).
const DECADES = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const EN_DECADES = new RegExp(`\\b(${DECADES.join('|')})\\b`, 'gi');
const EN_DIGITS = /(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(thousand|million|billion|trillion)\b)?/g;
// "one" and "first" are left out: "no one", "one of them" are rarely figures a translation must repeat.
const EN_WORD = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const EN_WORDS = new RegExp(`\\b(?:(?:a|one)\\s+)?(?:${EN_WORD}|hundred|thousand|million|dozen)(?:(?:\\s+|\\s+and\\s+|-)(?:${EN_WORD}|one|hundred|thousand|million))*\\b`, 'gi');
/** `englishFigures("about 1,500 soldiers on 18 October, two months")` → 1500, 18, 10, 2 */
export function englishFigures(text) {
    const t = text.normalize('NFKC');
    const out = [];
    for (const m of t.matchAll(EN_DIGITS)) {
        const base = Number(`${m[1].replaceAll(',', '')}${m[2] ?? ''}`);
        out.push({ text: m[0], index: m.index, value: round(base * (m[3] ? SCALES[m[3].toLowerCase()] : 1)), ...unitAfter(t.slice(m.index + m[0].length), EN_UNITS) });
    }
    // "1.28 million" is one figure: its scale word is not read again as "million".
    const words = t.replace(EN_DIGITS, (d) => ' '.repeat(d.length));
    for (const m of t.matchAll(EN_DECADES))
        out.push({ text: m[0], index: m.index, value: DECADES.indexOf(m[1].toLowerCase()) * 10 + 20 });
    for (const m of t.matchAll(EN_MONTH)) {
        out.push({ text: m[0], index: m.index, value: MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, unit: 'month' });
        // The day beside it: "18 October", "October 18", "Oct. 18th".
        const day = out.find((f) => !f.unit && f.value >= 1 && f.value <= 31 && /^\d{1,2}$/.test(f.text) &&
            (/^\s*(?:(?:st|nd|rd|th)\b)?\s*(?:of\s+)?$/.test(t.slice(f.index + f.text.length, m.index)) || /^\s*$/.test(t.slice(m.index + m[0].length, f.index))));
        if (day)
            day.unit = 'day';
    }
    for (const m of words.matchAll(EN_WORDS)) {
        const run = m[0].toLowerCase().replace(/^(a|one)\s+(hundred|thousand|million|dozen)/, 'one $2');
        const value = run === 'one dozen' || run === 'dozen' ? 12 : Number(wordsToNumbers(run.replaceAll('dozen', 'twelve')));
        if (Number.isFinite(value) && value > 0)
            out.push({ text: m[0], index: m.index, value });
    }
    return inOrder(out);
}
const KANJI_DIGIT = '〇一二三四五六七八九十百千';
// Counters after which a kanji numeral is a figure (三人, 三カ所, 二〇二四年); alone, 一 is part of words (一方, 統一).
const JA_COUNTER = '(?:人|名|カ所|か所|ヶ所|ヵ所|箇所|カ国|か国|つ|回|歳|年|カ月|か月|ヶ月|ヵ月|月|日|週間|時間|件|台|隻|枚|通|機|両|個|倍|割|キロ|万|億|兆)';
const JA_FIGURE = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?(?:[万億兆](?:\\d[\\d,]*|[千百十]|\\d+千)*)*)|(?<![\\p{Script=Han}])([${KANJI_DIGIT}]+(?:[万億兆][${KANJI_DIGIT}]*)*)(?=${JA_COUNTER})`, 'gu');
/** Native Japanese numerals written in kana (ふたり, みっつ), which the kanji parser does not read. */
const JA_KANA = { ひとり: 1, ふたり: 2, ふたつ: 2, みっつ: 3, よっつ: 4, いつつ: 5, むっつ: 6, ななつ: 7, やっつ: 8, ここのつ: 9 };
const JA_KANA_FIGURE = new RegExp(`(?<![\\p{Script=Hiragana}])(${Object.keys(JA_KANA).join('|')})`, 'gu');
/** Japanese era names and the Western year before their first (令和元年 = 2019). */
const JA_ERAS = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const JA_ERA_YEAR = new RegExp(`(${Object.keys(JA_ERAS).join('|')})(元|\\d{1,2})年`, 'g');
/** `japaneseFigures("約1万人、兵力は128万人、三カ所、２０２４年10月")` → 10000, 1280000, 3, 2024, 10 */
export function japaneseFigures(text) {
    const t = text.normalize('NFKC');
    const out = [];
    for (const m of t.matchAll(JA_FIGURE)) {
        // 一日 is "a day" (一日が始まる); only after a month is it a date (10月1日).
        if (m[0] === '一' && t[m.index + 1] === '日' && t[m.index - 1] !== '月')
            continue;
        const value = mixedNumeral(m[0]);
        if (value !== null)
            out.push({ text: m[0], index: m.index, value, ...unitAfter(t.slice(m.index + m[0].length), JA_UNITS) });
    }
    for (const m of t.matchAll(JA_KANA_FIGURE))
        out.push({ text: m[0], index: m.index, value: JA_KANA[m[1]] });
    for (const m of t.matchAll(JA_ERA_YEAR)) {
        // 令和6年 is 2024: the era's year, read as the Western year the source gives.
        const year = m[2] === '元' ? 1 : Number(m[2]);
        const at = out.findIndex((f) => f.index === m.index + m[1].length);
        if (at !== -1)
            out.splice(at, 1);
        out.push({ text: m[0], index: m.index, value: JA_ERAS[m[1]] + year });
    }
    return inOrder(out);
}
/** "1.5万" → 15000, "128万" → 1280000, "2億3千万" → 230000000, "三" → 3; null when unreadable. */
function mixedNumeral(written) {
    const plain = written.replaceAll(',', '');
    const decimal = /^(\d+\.\d+)([万億兆])$/.exec(plain);
    if (decimal)
        return round(Number(decimal[1]) * { 万: 1e4, 億: 1e8, 兆: 1e12 }[decimal[2]]);
    if (/^\d+(\.\d+)?$/.test(plain))
        return Number(plain);
    // kanji2number builds its regular expressions on every call: remember its answers (numerals repeat).
    let value = numerals.get(plain);
    if (value === undefined) {
        try {
            value = kanji2number(plain);
            if (!Number.isFinite(value))
                value = null;
        }
        catch {
            value = null;
        }
        if (numerals.size >= 10_000)
            numerals.clear();
        numerals.set(plain, value);
    }
    return value;
}
const numerals = new Map();
// Korean scale words map one to one onto the Japanese ones, so 1만 5000 reads as 1万5000.
const KO_SCALE = { 십: '十', 백: '百', 천: '千', 만: '万', 억: '億', 조: '兆' };
const KO_SINO = { 일: '一', 이: '二', 삼: '三', 사: '四', 오: '五', 육: '六', 칠: '七', 팔: '八', 구: '九', ...KO_SCALE };
/** Native Korean numerals (no library reads them): units and tens, as written before a counter. */
// 석/서 and 넉/너 are 3 and 4 before some counters (석 달, 넉 달).
const KO_NATIVE_UNITS = { 한: 1, 두: 2, 세: 3, 석: 3, 서: 3, 네: 4, 넉: 4, 너: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9 };
/** Native words for a number of days (이틀 = two days). */
const KO_DAYS = { 하루: 1, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 이레: 7, 여드레: 8, 아흐레: 9, 열흘: 10 };
const KO_DAY_FIGURE = new RegExp(`(?<![\\p{L}\\p{N}])(${Object.keys(KO_DAYS).join('|')})`, 'gu');
const KO_NATIVE_TENS = { 열: 10, 스무: 20, 스물: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90 };
// Counters after which a native or Sino-Korean numeral is a figure (세 곳, 두 달, 한 명). Before any other word (두 병사,
// 세 주장) a native numeral is one too, except 한, 서 and 너, which are as often "a", a verb or "you" (한 일, 서 있다, 너 자신).
const KO_COUNTER = '(?:명|곳|달|개월|개국|개|살|번|차례|가지|마리|대|척|장|통|시간|사람|군데|해|주|병사|발|권|줄|년|월|일|세)';
const KO_DIGITS = /(?<![\d.])\d[\d,]*(?:\.\d+)?(?:[십백천만억조](?:\s?\d[\d,]*(?:[십백천])?)*)*/g;
const KO_NATIVE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${Object.keys(KO_NATIVE_TENS).join('|')})(${Object.keys(KO_NATIVE_UNITS).join('|')})?|(${Object.keys(KO_NATIVE_UNITS).join('|')}))(?:(?=\\s?${KO_COUNTER})|(?=\\s\\p{Script=Hangul})(?<![한서너석넉]))`, 'gu');
const KO_SINO_WORD = new RegExp(`(?<![\\p{L}\\p{N}])[일이삼사오육칠팔구]?[십백천만억](?:[일이삼사오육칠팔구]?[십백천만억]?)*(?=\\s?${KO_COUNTER})`, 'gu');
/** `koreanFigures("약 1만 명, 128만 명, 세 곳, 두 달 뒤, 2024년 10월")` → 10000, 1280000, 3, 2, 2024, 10 */
export function koreanFigures(text) {
    const t = text.normalize('NFKC');
    const out = [];
    for (const m of t.matchAll(KO_DIGITS)) {
        const kanji = m[0].replace(/\s/g, '').replace(/[십백천만억조]/g, (c) => KO_SCALE[c]);
        const value = mixedNumeral(kanji);
        if (value !== null)
            out.push({ text: m[0], index: m.index, value, ...unitAfter(t.slice(m.index + m[0].length), KO_UNITS) });
    }
    for (const m of t.matchAll(KO_NATIVE)) {
        const unit = m[2] ?? m[3];
        out.push({ text: m[0], index: m.index, value: (m[1] ? KO_NATIVE_TENS[m[1]] : 0) + (unit ? KO_NATIVE_UNITS[unit] : 0) });
    }
    for (const m of t.matchAll(KO_DAY_FIGURE))
        out.push({ text: m[0], index: m.index, value: KO_DAYS[m[1]] });
    for (const m of t.matchAll(KO_SINO_WORD)) {
        const value = mixedNumeral([...m[0]].map((c) => KO_SINO[c] ?? c).join(''));
        if (value !== null)
            out.push({ text: m[0], index: m.index, value });
    }
    return inOrder(out);
}
/** The figures of a text in its language; null for a language Editions cannot read figures in. */
export function figuresOf(text, language) {
    if (language === 'en')
        return englishFigures(text);
    if (language === 'ja')
        return japaneseFigures(text);
    if (language === 'ko')
        return koreanFigures(text);
    return null;
}
/**
 * The source's figures the translation lacks, counted as a multiset:
 * `missingFigures([1500, 3], [1500])` → [3]. A translation may add figures
 * (一人 for "a soldier"); it may not lose or change one.
 */
export function missingFigures(source, translation) {
    const left = [...translation];
    const missing = [];
    // Dated figures first, so "October 18" takes the translation's 10月 and 18日, not any 10 or 18.
    for (const f of [...source].sort((a, b) => Number(!a.unit) - Number(!b.unit))) {
        const at = left.findIndex((g) => g.value === f.value && (!f.unit || !g.unit || g.unit === f.unit));
        if (at === -1)
            missing.push(f);
        else
            left.splice(at, 1);
    }
    return inOrder(missing);
}
/** What a figure counts, from the words right after it: `unitAfter("キロメートル北", JA_UNITS)` → { unit: "km" }. */
function unitAfter(rest, units) {
    const found = units.find(([pattern]) => pattern.test(rest));
    return found ? { unit: found[1] } : {};
}
function inOrder(figures) {
    return figures.sort((a, b) => a.index - b.index);
}
function round(n) {
    return Number(n.toPrecision(12));
}
//# sourceMappingURL=numbers.js.map