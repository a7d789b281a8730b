/**
 * Every edition as a book and every page with a card, built from a small
 * publication written in Japanese (tests/fixtures/japanese-source/: a Japanese
 * source, a strict English edition and a draft Korean one): each book passes
 * EPUBCheck with no error and no warning, the Japanese one is set vertically,
 * and every page's og:image is a 1200 × 630 PNG that exists.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, test } from 'node:test';
import { build } from '../../src/cli/build.ts';
import { copyProject, projectDir } from '../helpers/project.ts';
import { prepareBuild } from '../../src/render/plugin.ts';
import { buildBook } from '../../src/book/book.ts';
import { bookEntries, epubcheck, pngSize } from '../helpers/book.ts';
import { tempDir } from '../helpers/tmp.ts';

let dir = '';
const site = (...parts: string[]) => path.join(dir, '_site', ...parts);
const entry = (lng: string, name: string) => bookEntries(site(lng, 'book.epub')).find(([n]) => n === name)?.[1] ?? '';

before(
  async () => {
    dir = await copyProject('japanese-source');
    // No test here reads the search index.
    await build({ root: dir, out: '_site', draft: false, search: false });
  },
  { timeout: 180_000 },
);

test("every edition's book passes EPUBCheck with 0 errors and 0 warnings", { timeout: 180_000 }, async () => {
  const editions = ['ja', 'en', 'ko'];
  // Checked in the same run, after a book cut in half: the check fails it, and the books after it are judged on their own.
  const broken = path.join(dir, 'broken.epub');
  const whole = readFileSync(site('en', 'book.epub'));
  await writeFile(broken, whole.subarray(0, whole.length >> 1));
  const [cut, ...verdicts] = epubcheck([broken, ...editions.map((lng) => site(lng, 'book.epub'))]);
  assert.notEqual(cut!.status, 0, cut!.report);
  assert.match(cut!.report, /^(ERROR|FATAL)\(/m, cut!.report);
  for (const [i, lng] of editions.entries()) {
    const { status, report } = verdicts[i]!;
    assert.equal(status, 0, `${lng}: ${report}`);
    assert.match(report, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, `${lng}: ${report}`);
  }
});

test('the book is a zip with mimetype first and stored, and names its language, source and chapters in order', () => {
  const entries = bookEntries(site('en', 'book.epub'));
  assert.deepEqual(entries[0], ['mimetype', 'application/epub+zip']);
  // The local header of the first entry: method 0 (stored), the name "mimetype".
  const bytes = readFileSync(site('en', 'book.epub'));
  assert.equal(bytes.readUInt16LE(8), 0);
  assert.equal(bytes.subarray(30, 38).toString(), 'mimetype');
  const opf = entry('en', 'OEBPS/package.opf');
  assert.match(opf, /<dc:language>en<\/dc:language>/);
  // A translation names the edition it translates; the source edition names none.
  assert.match(opf, /<dc:source>[^<]*\/ja\/<\/dc:source>/);
  assert.doesNotMatch(entry('ja', 'OEBPS/package.opf'), /<dc:source>/);
  const spine = [...opf.matchAll(/<itemref idref="item-text-([a-z-]+)-xhtml"\/>/g)].map((m) => m[1]);
  assert.deepEqual(spine, ['home', 'harbour', 'market', 'colophon']);
  assert.match(entry('en', 'OEBPS/nav.xhtml'), /<nav epub:type="toc" id="toc">/);
});

test('Japanese is set vertically by default, right to left, two-digit numbers upright; English and Korean horizontally', () => {
  const opf = entry('ja', 'OEBPS/package.opf');
  assert.match(opf, /<spine page-progression-direction="rtl">/);
  assert.match(entry('ja', 'OEBPS/vertical.css'), /writing-mode: vertical-rl/);
  const chapters = bookEntries(site('ja', 'book.epub'))
    .filter(([n]) => n.startsWith('OEBPS/text/'))
    .map(([, text]) => text)
    .join('');
  assert.match(chapters, /href="\.\.\/vertical\.css"/);
  assert.match(chapters, /<span class="tcy">\d{1,2}<\/span>/, 'a one- or two-digit number stands upright');
  assert.doesNotMatch(chapters, /<span class="tcy">\d{3,}<\/span>/, 'longer numbers lie sideways');
  for (const lng of ['en', 'ko']) {
    assert.match(entry(lng, 'OEBPS/package.opf'), /<spine page-progression-direction="ltr">/);
    assert.ok(!bookEntries(site(lng, 'book.epub')).some(([n]) => n.endsWith('vertical.css')), `${lng}: horizontal`);
  }
});

test("a draft edition's book marks its fallbacks as the pages do: the source language and the reader's notice", async () => {
  const ko = entry('ko', 'OEBPS/text/harbour.xhtml');
  assert.match(ko, /<p id="p-a20002" lang="ja" xml:lang="ja" data-status="missing">魚は氷を詰めた箱に移され、すぐに市場へ運ばれる。 <span class="notice" lang="ko" xml:lang="ko">/);
  // Quotes keep their speaker and provenance note, each text in its own language.
  assert.match(ko, /<figure class="quote" id="quote-[a-z-]+"><blockquote lang="ko" xml:lang="ko">/);
  assert.match(ko, /<span class="provenance">[^<]+<\/span>/);
});

test("the edition's home and feed link to its book", async () => {
  for (const lng of ['ja', 'en', 'ko']) {
    assert.match(await readFile(site(lng, 'index.html'), 'utf8'), new RegExp(`<a href="/${lng}/book\\.epub" type="application/epub\\+zip" download>`));
    assert.match(
      await readFile(site(lng, 'feed.xml'), 'utf8'),
      new RegExp(`<link rel="related" type="application/epub\\+zip" hreflang="${lng}" href="[^"]+/${lng}/book\\.epub"/>`),
    );
  }
});

test("every HTML page has an og:image that exists, 1200 × 630, with alt text; a parallel view shares its chapter's card", async () => {
  const pages = (readdirSync(site(), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html') && !f.includes('pagefind'));
  assert.ok(pages.length > 10);
  for (const file of pages) {
    const html = await readFile(site(file), 'utf8');
    const image = /<meta property="og:image" content="https?:\/\/[^/]+([^"]+)">/.exec(html)?.[1];
    assert.ok(image, `${file}: og:image`);
    assert.deepEqual(pngSize(readFileSync(site(image))), { width: 1200, height: 630 }, `${file}: ${image}`);
    assert.match(html, /<meta property="og:image:alt" content="[^"]+">/, `${file}: og:image:alt`);
  }
  const image = async (url: string) => /<meta property="og:image" content="[^"]*?(\/[a-z]{2}\/[^"]*)">/.exec(await readFile(site(url, 'index.html'), 'utf8'))?.[1];
  assert.equal(await image('ja/harbour/parallel/en'), '/ja/harbour/card.png');
  assert.equal(await image('ja/harbour'), '/ja/harbour/card.png');
  assert.equal(await image('en/search'), '/en/card.png', "a tool page shows its edition's home card");
  // The alt text is the page's title and the story's, in the edition's language.
  assert.match(await readFile(site('ko/harbour/index.html'), 'utf8'), /<meta property="og:image:alt" content="[^"]*\p{Script=Hangul}[^"]*">/u);
});

test('a publication may set its Japanese book horizontally; a wrong setting is an error at its line', async () => {
  const copy = await copyProject('japanese-source');
  const story = path.join(copy, 'content/story.md');
  const text = await readFile(story, 'utf8');
  await writeFile(story, text.replace('  - lang: ja\n', '  - lang: ja\n    book: sideways\n'));
  const { loadModel } = await import('../../src/model/load.ts');
  const { formatFinding } = await import('../../src/errors.ts');
  const loaded = await loadModel(copy).catch((e: { findings?: unknown[] }) => e);
  const findings = 'findings' in loaded ? (loaded.findings as Parameters<typeof formatFinding>[0][]) : [];
  assert.deepEqual(findings.filter((f) => f.severity === 'error').map(formatFinding), [
    'content/story.md:8 [editions.0.book] "editions.0.book" must be "horizontal" or "vertical" (found the text "sideways"). Fix: Correct the field at that line (see README, "Writing" and "Adding a locale", for the fields each file takes).',
  ]);
  await writeFile(story, text.replace('  - lang: ja\n', '  - lang: ja\n    book: horizontal\n'));
  const { model } = await loadModel(copy);
  assert.equal(model.story.editions.find((e) => e.code === 'ja')!.book, 'horizontal');
});

test("the first publication's books (figures as SVG, corrections, the same bytes from the same model) pass EPUBCheck", { timeout: 180_000 }, async () => {
  const state = await prepareBuild(projectDir, false);
  const out = await tempDir('editions-books-');
  const books = state.model.story.editions.map((edition) => ({ edition, file: path.join(out, `${edition.code}.epub`) }));
  for (const { edition, file } of books) {
    const bytes = buildBook({
      edition,
      pages: state.pages.filter((p) => p.locale === edition.code),
      tr: state.tr,
      sourceLanguage: state.model.story.sourceLanguage,
      origin: 'https://example.org',
    });
    await writeFile(file, bytes);
    const text = bookEntries(file)
      .filter(([n]) => n.startsWith('OEBPS/text/'))
      .map(([, t]) => t)
      .join('');
    assert.match(text, /<svg [^>]*role="img"/, `${edition.code}: the figures, as SVG`);
    assert.match(text, /data-correction|class="correction"/, `${edition.code}: the corrections`);
    // The same model gives the same bytes.
    assert.deepEqual(
      buildBook({
        edition,
        pages: state.pages.filter((p) => p.locale === edition.code),
        tr: state.tr,
        sourceLanguage: state.model.story.sourceLanguage,
        origin: 'https://example.org',
      }),
      bytes,
    );
  }
  const verdicts = epubcheck(books.map((b) => b.file));
  for (const [i, { edition }] of books.entries()) {
    const { status, report } = verdicts[i]!;
    assert.equal(status, 0, `${edition.code}: ${report}`);
    assert.match(report, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, `${edition.code}: ${report}`);
  }
});

test('a Korean original beside its Japanese translation is marked xml:lang="ko" in the Japanese book', { timeout: 60_000 }, async () => {
  const copy = await copyProject('japanese-source');
  const quotes = path.join(copy, 'content/quotes.yml');
  await writeFile(quotes, (await readFile(quotes, 'utf8')).replace('    text: 値段は天気が決める。', '    text: 値段は天気が決める。\n    original: 가격은 날씨가 정해요.'));
  const state = await prepareBuild(copy, true);
  const ja = state.model.story.editions.find((e) => e.code === 'ja')!;
  const book = buildBook({ edition: ja, pages: state.pages.filter((p) => p.locale === 'ja'), tr: state.tr, sourceLanguage: 'ja', origin: 'https://example.org' });
  const file = path.join(copy, 'ja.epub');
  await writeFile(file, book);
  const text = bookEntries(file)
    .filter(([n]) => n.startsWith('OEBPS/text/'))
    .map(([, t]) => t)
    .join('');
  assert.match(
    text,
    /<blockquote lang="ja" xml:lang="ja"><p>値段は天気が決める。<\/p><\/blockquote><blockquote class="original" lang="ko" xml:lang="ko"><p>가격은 날씨가 정해요.<\/p><\/blockquote>/,
  );
});
