/** The books' pure parts: which numbers stand upright in vertical Japanese, and what of a unit's HTML reaches the book. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uprightRuns } from '../../../src/book/vertical.ts';
import { XhtmlPage } from '../../../src/book/xhtml.ts';

test('one- and two-digit numbers stand upright (縦中横); longer numbers and parts of numbers lie sideways', () => {
  const upright = (text: string) => uprightRuns(text).map(([a, b]) => text.slice(a, b));
  assert.deepEqual(upright('2024年10月18日、約130キロ'), ['10', '18']);
  assert.deepEqual(upright('第3章'), ['3']);
  assert.deepEqual(upright('10,000人、1.5倍、12:30、3/4'), []);
  assert.deepEqual(upright('１２月'), [], 'full-width digits are upright already');
});

test("a unit's HTML reaches the book through an allow-list: inline markup kept, any other element dropped to its text", () => {
  const page = new XhtmlPage('ja', 't', []);
  const links = (href: string) => (href.startsWith('https:') ? href : null);
  const p = page.html(
    'p',
    { id: 'p-1' },
    'a <em>b</em><br><img src="x" onerror="alert(1)"><script>c</script><a href="https://example.org/?a=1&amp;b=2">d</a><a href="/x/">e</a> &amp; &lt;f&gt;',
    links,
  );
  page.body.appendChild(p);
  const body = /<body>(.*)<\/body>/s.exec(page.toString())?.[1];
  assert.equal(body, '<p id="p-1">a <em>b</em><br/>c<a href="https://example.org/?a=1&amp;b=2">d</a><span>e</span> &amp; &lt;f&gt;</p>');
});

test("a language other than the page's is marked with both lang and xml:lang", () => {
  const page = new XhtmlPage('ja', 't', []);
  page.body.appendChild(page.el('blockquote', { lang: 'ko' }, '나는'));
  assert.match(page.toString(), /<html xmlns:epub="http:\/\/www\.idpf\.org\/2007\/ops" lang="ja" xml:lang="ja"/);
  assert.match(page.toString(), /<blockquote lang="ko" xml:lang="ko">나는<\/blockquote>/);
});
