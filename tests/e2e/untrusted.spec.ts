/**
 * Hostile contributors, end to end (issue #12). One payload of each class is
 * planted in copies of the project:
 *   - the ones Editions refuses are planted together: the build must stop,
 *     naming every file, and write nothing;
 *   - the ones it publishes as harmless text are built (as a draft: the
 *     invisible translation is missing), served, and every page is loaded in
 *     Chromium while every request, navigation, dialog and script effect is
 *     recorded. No script of a payload may run, no request may leave the
 *     origin, and no page may navigate anywhere.
 * The numbers (payloads, pages, requests) are printed for the README.
 * The quote payload is the html-in-translation fixture's (bad-input.test.ts).
 */
import { writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from '../../packages/editions/src/cli/build.ts';
import { EditionsError } from '../../packages/editions/src/errors.ts';
import { copyProject, editJson, editText, layFixture } from '../../packages/editions/tests/helpers/project.ts';
import { tempDir } from '../../packages/editions/tests/helpers/tmp.ts';
import { serveSite, type Served } from '../../scripts/lib/serve.ts';
import { TABS } from './walk.ts';

/** Refused payloads: fixture (tests/fixtures/) → the finding code it must produce. Each touches its own file. */
const REFUSED: Record<string, string> = {
  'script-in-figure': 'unsafe-figure',
  'link-in-translation': 'translation-markup',
  'image-in-translation': 'translation-markup',
  'unescaped-interpolation-in-translation': 'i18next-syntax',
  'control-character-in-title': 'xml-forbidden-char',
  'reserved-chapter-slug': 'reserved-slug',
  'lock-linked-outside-project': 'outside-project',
  'fifo-named-like-locale-file': 'not-a-file',
  'deeply-nested-json': 'json-too-deep',
  // Round two: one payload per class, each in its own file.
  'css-escape-in-figure': 'unsafe-figure',
  'deeply-nested-figure': 'over-limit',
  'code-span-across-lines-in-translation': 'translation-markup',
  'oversized-translation': 'over-limit',
  'control-character-in-credit-name': 'bad-credit',
  'protocol-relative-content-link': 'content-link',
};

const PWNED = 'window.__pwned=1';

/** Published-as-text payloads, planted in one copy: a name for the report, and how to plant it. */
const PUBLISHED: [string, (dir: string) => Promise<void>][] = [
  [
    'markup in a figure label translation',
    (dir) =>
      editJson(dir, 'locales/ja/figures.json', (d) => {
        d['route-map'].russia = `</text></svg><script>${PWNED}</script><img src=x onerror="${PWNED}">ロシア`;
      }),
  ],
  [
    'markup in a figure source label, and an internal reference',
    (dir) =>
      editText(dir, 'content/figures/route-map.svg', (t) =>
        t
          .replace('>Russia</text>', '>Russia &lt;/svg&gt;&lt;iframe src="https://evil.example/"&gt;</text>')
          .replace('<rect class="sea"', '<use href="#route-map-arrow"/>\n<rect class="sea"'),
      ),
  ],
  [
    'HTML and script in a quote translation',
    (dir) =>
      editJson(dir, 'locales/ja/quotes.json', (d) => {
        d.quote['note-betrayal'] = `<img src=x onerror=alert(1)>私は党を<script>${PWNED}</script>裏切った *本当に*`;
      }),
  ],
  [
    'HTML in a speaker and a source',
    (dir) =>
      editJson(dir, 'locales/ko/quotes.json', (d) => {
        d.person['lee-hyunseung'].name = `<a href="https://evil.example/">이현승</a><meta http-equiv="refresh" content="0;url=https://evil.example/">`;
        const first = Object.keys(d.source)[0]!;
        d.source[first] = `${d.source[first]} <iframe src="https://evil.example/"></iframe>`;
      }),
  ],
  [
    'a link whose address is in the source unit',
    async (dir) => {
      await editText(dir, 'content/chapters/the-route.md', (t) => t.replace('appeared on Telegram', 'appeared on [Telegram](https://t.me/example)'));
      await editJson(dir, 'locales/ja/the-route.json', (d) => {
        d['p-083f09'] = '[テレグラム](https://t.me/example)に動画が投稿された。';
      });
    },
  ],
  [
    'i18next-looking text that is not syntax',
    (dir) =>
      editJson(dir, 'locales/ko/the-route.json', (d) => {
        d.title = `${d.title} {{ $t `;
      }),
  ],
  [
    'XML-special characters in a feed title',
    (dir) =>
      editJson(dir, 'locales/ko/story.json', (d) => {
        d.title = `${d.title} & <b> ]]> "q" \u2028`;
      }),
  ],
  [
    'an invisible translation',
    (dir) =>
      editJson(dir, 'locales/ja/the-notes.json', (d) => {
        d.title = '\u200b\u00ad\u2060';
      }),
  ],
  [
    'a translation of variation selectors and tag characters',
    (dir) =>
      editJson(dir, 'locales/ko/the-notes.json', (d) => {
        d.title = '\ufe0f\u{e0100}\u180b\u{e0041}';
      }),
  ],
  [
    'escape codes in a key',
    (dir) =>
      editJson(dir, 'locales/ja/the-letter.json', (d) => {
        d['gone\u001b[2J'] = 'orphan';
      }),
  ],
];

// One build of each copy, shared by both tests.
test.describe.configure({ mode: 'serial' });

let served: Served;
let pages: string[] = [];
let refusedCodes: string[] = [];
let siteAfterRefusal = true;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const refused = await copyProject();
  for (const fixture of Object.keys(REFUSED)) await layFixture(refused, fixture);
  await editText(refused, 'content/story.md', (t) => t.replace(/^published: .*$/m, 'published: 2026-13-45'));
  try {
    await build({ root: refused, out: '_site', draft: true });
  } catch (e) {
    if (!(e instanceof EditionsError)) throw e;
    refusedCodes = e.findings.map((f) => f.code);
  }
  siteAfterRefusal = existsSync(path.join(refused, '_site'));

  const dir = await copyProject();
  for (const [, plant] of PUBLISHED) await plant(dir);
  // This copy is about markup, not wording: translation QA (which would refuse the mangled names and figures) is off.
  await writeFile(path.join(dir, 'content/qa.yml'), 'severity:\n  qa-figure: off\n  qa-term: off\n  qa-term-variant: off\n');
  const out = path.join(await tempDir('editions-untrusted-'), 'site');
  await build({ root: dir, out, draft: true });
  served = await serveSite(out);
  pages = (await readdir(out, { recursive: true }))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
});
test.afterAll(async () => {
  await served?.close();
});

test('the refused payloads stop the build, each named, and nothing is written', () => {
  for (const [fixture, code] of Object.entries(REFUSED)) expect(refusedCodes, `${fixture} → ${code}`).toContain(code);
  expect(refusedCodes, 'a bad published: date is one more finding, not the end of the load').toContain('invalid-field');
  expect(siteAfterRefusal).toBe(false);
});

test('every page with the published payloads: no script runs, no request leaves the origin, no navigation', async ({ browser }) => {
  test.setTimeout(300_000);
  const origin = served.origin;
  const requests: string[] = [];
  const offOrigin: string[] = [];
  const dialogs: string[] = [];
  // One context of a few tabs loading pages at once (as walk.ts does): every tab's requests and dialogs are the context's.
  const context = await browser.newContext();
  context.on('request', (r) => {
    requests.push(r.url());
    if (!r.url().startsWith(`${origin}/`) && !r.url().startsWith('data:')) offOrigin.push(r.url());
  });
  context.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  // Block anything that would leave the origin (and record it above), so a failure cannot reach the network.
  await context.route(
    (url) => !url.href.startsWith(`${origin}/`),
    (route) => route.abort(),
  );
  const tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
  const queue = [...pages];
  await Promise.all(
    tabs.map(async (page) => {
      const navigations: string[] = [];
      page.on('framenavigated', (frame) => navigations.push(frame.url()));
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        navigations.length = 0;
        await page.goto(`${origin}${url}`, { waitUntil: 'load' });
        await page.waitForTimeout(150); // timers and meta refreshes a payload might set
        expect(
          navigations.filter((n) => n !== `${origin}${url}`),
          `navigation away from ${url}`,
        ).toEqual([]);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), url).toBeUndefined();
        // The only scripts are Editions' own files; structured data is a data block, which browsers never run, and must parse.
        for (const data of await page.locator('script[type="application/ld+json"]').allTextContents()) expect(() => JSON.parse(data), url).not.toThrow();
        const scripts = await page
          .locator('script:not([type="application/ld+json"])')
          .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src || `inline: ${e.textContent}`));
        for (const src of scripts) expect(src.startsWith(`${origin}/assets/`) || src.startsWith(`${origin}/pagefind/`), `${url}: ${src}`).toBe(true);
        expect(await page.locator('iframe, object, embed, foreignObject, meta[http-equiv="refresh"], [onerror], [onload], [onclick]').count(), url).toBe(0);
      }
    }),
  );
  const page = tabs[0]!;
  // What was planted is on the page, as text.
  await page.goto(`${origin}/ja/the-notes/`);
  await expect(page.locator('[data-quote="note-betrayal"]')).toContainText(`<script>${PWNED}</script>`);
  await expect(page.locator('[data-quote="note-betrayal"] em')).toHaveText('本当に');
  await page.goto(`${origin}/ja/the-route/`);
  await expect(page.locator('svg text[data-label="russia"]')).toContainText('</text></svg><script>');
  await expect(page.locator('a[href="https://t.me/example"]')).toHaveText('テレグラム');
  const feed = await page.evaluate(
    async () => new DOMParser().parseFromString(await (await fetch('/ko/feed.xml')).text(), 'application/xml').getElementsByTagName('parsererror').length,
  );
  expect(feed).toBe(0);

  expect(offOrigin).toEqual([]);
  expect(dialogs).toEqual([]);
  console.log(
    `untrusted input: ${Object.keys(REFUSED).length + 1} refused payloads (build stopped, codes: ${[...new Set(refusedCodes)].sort().join(', ')}); ` +
      `${PUBLISHED.length} published-as-text payloads over ${pages.length} pages: ${requests.length} requests, ${offOrigin.length} off the origin, ${dialogs.length} dialogs, 0 navigations away.`,
  );
  await context.close();
});

// The same quote payload on its own page: every character a reader sees, and nothing more of it in the DOM.
test('HTML and script in a Japanese quote are shown as text, and nothing runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(`${served.origin}/ja/the-notes/`);
  const quote = page.locator('[data-quote="note-betrayal"]');
  await expect(quote).toContainText('<img src=x onerror=alert(1)>私は党を<script>window.__pwned=1</script>裏切った');
  await expect(quote.locator('img, script')).toHaveCount(0);
  // Emphasis, the markup the design allows, goes through the one sanitized path.
  await expect(quote.locator('em')).toHaveText('本当に');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
