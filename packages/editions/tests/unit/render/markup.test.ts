/**
 * The units' markup (src/render/markup.ts): escaped exactly as the layouts'
 * autoescape escapes (Nunjucks is the oracle), and a hostile text in a view
 * reaches the page as text, never as markup.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import nunjucks from 'nunjucks';
import { escapeHtml, parallelHtml, quoteHtml, type MarkupContext } from '../../../src/render/markup.ts';
import type { ParallelPageView } from '../../../src/render/parallel-page.ts';
import type { QuoteView } from '../../../src/render/pages.ts';

const autoescaped = new nunjucks.Environment(null, { autoescape: true });
const m: MarkupContext = { t: (lng, key) => escapeHtml(`${lng}:${key}`), dir: (code) => (code === 'ar' ? ' dir="rtl"' : '') };

test('text is escaped as the templates escape it', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      assert.equal(escapeHtml(s), autoescaped.renderString('{{ s }}', { s }));
    }),
    { numRuns: 2000 },
  );
  assert.equal(escapeHtml(undefined), autoescaped.renderString('{{ s }}', {}));
  assert.equal(escapeHtml(7), '7');
});

const hostile = "\"><script>alert(1)</script><a href='x'>";

test('a hostile label, heading or note in a view stays text', () => {
  const quote: QuoteView = {
    id: 'q',
    lang: 'ko',
    lines: ['<em>line</em>'],
    speakerId: hostile,
    speaker: 'S',
    role: 'R',
    source: 'Src',
    note: 'translation' as QuoteView['note'],
    originalForm: hostile as QuoteView['originalForm'],
    noteText: hostile,
  };
  const html = quoteHtml(m, 'en', quote, true);
  assert.ok(!html.includes('<script>'), html);
  assert.ok(html.includes('<p><em>line</em></p>'), 'the lines are the view’s own (sanitised) HTML');
  const view = {
    kind: 'parallel',
    locale: 'en',
    other: 'ar',
    url: '/en/x/parallel/ar/',
    slug: hostile,
    canonical: '/en/x/',
    titleText: 't',
    storyTitle: 's',
    description: 'd',
    heading: hostile,
    title: { first: { id: 'title', html: 'One' }, second: { id: 'title', html: '', status: 'missing' } },
    standfirst: { first: { id: 'description', text: hostile }, second: { id: 'description', text: 'x' } },
    rows: [{ type: 'quote', anchor: 'quote-q', first: quote, second: { ...quote, lang: 'ar' } }],
    alternates: [],
    corrections: { first: [], second: [] },
    chapters: [{ locale: 'ar', url: '/ar/x/', label: hostile }],
    feedUrl: '/en/feed.xml',
  } as ParallelPageView;
  const page = parallelHtml(m, view);
  assert.ok(!page.includes('<script>') && !page.includes("href='x'"), page);
  assert.match(page, /<span class="side" data-unit="title" lang="ar" dir="rtl" data-status="missing"><span class="notice">ar:parallel.missing<\/span><\/span>/);
  assert.equal(page.match(/data-unit="q"/g)?.length, 2, 'the quote once per language');
});
