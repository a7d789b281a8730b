import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editionCodes as localeCodes } from '../../helpers/project.ts';
import { inlineMarkdown, plainInline, renderInline } from '../../../src/markdown/inline.ts';
import { loadModel } from '../../../src/model/load.ts';
import { projectDir } from '../../helpers/project.ts';

/** The parser inline.ts renders with, asked directly: no shortcut for plain text, no memory. */
function md(locale: string) {
  return inlineMarkdown({ locale });
}
const reference = (text: string, locale: string) => md(locale).renderInline(text);
const plainReference = (text: string, locale: string) =>
  (md(locale).parseInline(text, {})[0]?.children ?? [])
    .map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : ''))
    .join('');

const tricky = [
  '日本語の文。',
  '「引用」と（括弧）',
  '한국어 문장입니다',
  'plain words only',
  'two  spaces ',
  ' lead',
  'tab\there',
  'a.b',
  'wait...',
  'x -- y',
  '(c) 2024',
  '+-1',
  'a, b',
  'why?',
  'wow!',
  "it's",
  '"quoted"',
  '*em*',
  '_em_',
  '`code`',
  'a\\*b',
  'AT&T',
  '&amp;',
  '<b>',
  'a > b',
  '[link](x)',
  'line\nbreak',
  'cr\rlf',
  'nul\0',
  '1,500 soldiers',
  '10:30',
  '#tag',
  '~tilde~',
  '|pipe|',
];

test('rendering and plain text match markdown-it for every string of the publication and for tricky text', async () => {
  const { model } = await loadModel(projectDir);
  const strings = new Set(tricky);
  for (const locale of model.locales.values()) for (const file of locale.files.values()) for (const s of file.strings.values()) strings.add(s);
  for (const chapter of [model.story.home, ...model.story.chapters]) for (const u of chapter.units) strings.add(u.source);
  for (const text of strings) {
    for (const lng of localeCodes) {
      // Twice: the second answer may come from memory.
      assert.equal(renderInline(text, lng), reference(text, lng), `${lng}: ${JSON.stringify(text)}`);
      assert.equal(renderInline(text, lng), reference(text, lng), `${lng}: ${JSON.stringify(text)}`);
      assert.equal(plainInline(text, lng), plainReference(text, lng), `plain ${lng}: ${JSON.stringify(text)}`);
      assert.equal(plainInline(text, lng), plainReference(text, lng), `plain ${lng}: ${JSON.stringify(text)}`);
    }
  }
});

test('emphasis written hard against CJK punctuation is published as emphasis, in every CJK script', () => {
  // CommonMark alone leaves these as asterisks: the closing ** follows punctuation and precedes a letter.
  assert.equal(renderInline('**「母なる党」**に入る', 'ja'), '<strong>「母なる党」</strong>に入る');
  assert.equal(renderInline('그는 **‘어머니당’**이라고 불렀다', 'ko'), '그는 <strong>‘어머니당’</strong>이라고 불렀다');
  assert.equal(renderInline('*（注）*を見よ', 'ja'), '<em>（注）</em>を見よ');
  // Latin text keeps CommonMark's rules: intraword underscores stay text.
  assert.equal(renderInline('snake__case and **bold**.', 'en'), 'snake__case and <strong>bold</strong>.');
});

test('a number stays on one line with the counter after it, in the languages that write them together', () => {
  assert.equal(
    renderInline('兵士2人が、1,500人の部隊と10月18日に', 'ja'),
    '兵士<span class="nw">2人</span>が、<span class="nw">1,500人</span>の部隊と<span class="nw">10月</span><span class="nw">18日</span>に',
  );
  assert.equal(renderInline('約130キロ北の*3カ所*', 'ja'), '約<span class="nw">130キロ北</span>の<em><span class="nw">3カ所</span></em>');
  // A counter of up to three characters is kept whole; the run may take a word after it, which is no harm.
  // Plain text for titles and feeds keeps the words only.
  assert.equal(plainInline('兵士2人', 'ja'), '兵士2人');
  // Korean breaks at spaces only, English has spaces: no spans.
  assert.equal(renderInline('병사 2명이 39세', 'ko'), '병사 2명이 39세');
  assert.equal(renderInline('2 soldiers', 'en'), '2 soldiers');
});
