import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishFigures, figuresOf, japaneseFigures, koreanFigures, missingFigures, type Figure } from '../../../src/qa/numbers.ts';

const values = (figures: Figure[]) => figures.map((f) => f.value).sort((a, b) => a - b);

test('digit grouping, full-width digits and plain digits are one value', () => {
  assert.deepEqual(values(englishFigures('about 10,000 soldiers')), [10000]);
  assert.deepEqual(values(japaneseFigures('１００００人')), [10000]);
  assert.deepEqual(values(japaneseFigures('10000人')), [10000]);
  assert.deepEqual(values(koreanFigures('10,000명')), [10000]);
});

test('myriads and scale words: 10,000 = 1万 = 1만; 1.28 million = 128万 = 128만', () => {
  assert.deepEqual(values(englishFigures('more than 10,000 and 1.28 million')), [10000, 1280000]);
  assert.deepEqual(values(japaneseFigures('1万人を超える兵士と128万人')), [10000, 1280000]);
  assert.deepEqual(values(koreanFigures('1만 명이 넘는 병사와 128만 명')), [10000, 1280000]);
  assert.deepEqual(values(koreanFigures('1만 5000명')), [15000]);
  assert.deepEqual(values(japaneseFigures('2億3千万円、1.5万人')), [15000, 230000000]);
});

test('number words: English words, kanji numerals with a counter, Sino-Korean and native Korean numerals', () => {
  assert.deepEqual(values(englishFigures('three soldiers, two to shoot, a dozen notes, thirty-nine years')), [2, 3, 12, 39]);
  assert.deepEqual(values(englishFigures('ten thousand troops')), [10000]);
  assert.deepEqual(values(japaneseFigures('三人の兵士、一万人、二〇二四年')), [3, 2024, 10000]);
  assert.deepEqual(values(koreanFigures('세 명, 두 병사, 두 달, 석 달, 서른아홉 살, 열두 명, 삼십 명')), [2, 2, 3, 3, 12, 30, 39]);
  assert.deepEqual(values(japaneseFigures('兵士ふたりと、みっつの班')), [2, 3]);
  assert.deepEqual(values(japaneseFigures('令和6年、平成元年、昭和28年')), [1953, 1989, 2024]);
  assert.deepEqual(values(koreanFigures('이틀 뒤, 열흘 만에')), [2, 10]);
});

test('words that only look like numerals are not figures', () => {
  assert.deepEqual(values(englishFigures('no one knows; one of them')), []);
  assert.deepEqual(values(japaneseFigures('一方、統一、第一、千葉')), []);
  assert.deepEqual(values(koreanFigures('한국의 세계, 한 일, 너 자신, 서 있다, 두고 간')), [1]);
});

test('dates, years, ages and units: Oct. 18 = 10月18日 = 10월 18일; 39-year-old = 39歳 = 39세; 130 km = 130キロ = 130킬로미터', () => {
  assert.deepEqual(values(englishFigures('Oct. 18, January 2025, a 39-year-old, 130 km, in his twenties')), [1, 10, 18, 20, 39, 130, 2025]);
  assert.deepEqual(values(japaneseFigures('10月18日、2025年1月、39歳、130キロ、20代')), [1, 10, 18, 20, 39, 130, 2025]);
  assert.deepEqual(values(koreanFigures('10월 18일, 2025년 1월, 39세, 130킬로미터, 20대')), [1, 10, 18, 20, 39, 130, 2025]);
});

test('a date compares as a date: day and month swapped is a finding, 10 as a count is not 10 as a month', () => {
  const source = englishFigures('On 18 October a video appeared');
  assert.deepEqual(source.map((f) => [f.text, f.unit]), [['18', 'day'], ['October', 'month']]);
  assert.deepEqual(missingFigures(source, japaneseFigures('10月18日、動画が投稿された')), []);
  assert.deepEqual(missingFigures(source, koreanFigures('10월 18일 영상이 올라왔다')), []);
  assert.deepEqual(missingFigures(source, japaneseFigures('18月10日、動画が投稿された')).map((f) => f.text), ['18', 'October']);
  assert.deepEqual(missingFigures(englishFigures('December 14, 2024'), koreanFigures('2024년 12월 14일')), []);
});

test('a unit compares with the figure: 130 km = 130キロメートル = 130킬로미터 = 130キロ, not 130 miles', () => {
  const source = englishFigures('about 130 kilometres north');
  assert.deepEqual(source.map((f) => [f.text, f.unit]), [['130', 'km']]);
  for (const text of ['約130キロメートル', '約130キロ', '130km']) assert.deepEqual(missingFigures(source, japaneseFigures(text)), [], text);
  assert.deepEqual(missingFigures(source, koreanFigures('약 130킬로미터')), []);
  assert.deepEqual(missingFigures(source, japaneseFigures('約130マイル')).map((f) => f.text), ['130']);
  assert.deepEqual(missingFigures(englishFigures('up 5%'), koreanFigures('5퍼센트 올라')), []);
});

test('a translation may add figures but not lose or change one (counted as a multiset)', () => {
  const source = englishFigures('three soldiers, one to guide and two to shoot');
  assert.deepEqual(missingFigures(source, japaneseFigures('兵士3人が連携し、1人が誘導し、2人が射撃する')), []);
  assert.deepEqual(missingFigures(source, japaneseFigures('兵士3人が連携し、1人が誘導し、3人が射撃する')).map((f) => f.text), ['two']);
  assert.deepEqual(missingFigures(englishFigures('2 and 2'), japaneseFigures('2人')).map((f) => f.text), ['2']);
});

test('a language Editions cannot read figures in is not compared', () => {
  assert.equal(figuresOf('12', 'fr'), null);
});

test('一日 is "a day", not a figure, unless it follows a month', () => {
  assert.deepEqual(japaneseFigures('港町では朝四時に一日が始まる。').map((f) => f.value), []);
  assert.deepEqual(japaneseFigures('10月1日に一日かけて').map((f) => f.value), [10, 1]);
});
