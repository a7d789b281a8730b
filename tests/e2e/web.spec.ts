/**
 * The web's conventions: hreflang clusters that point back, a sitemap with the
 * same alternates, an Atom feed per edition (parsed by a real XML parser), a
 * Content-Security-Policy no page breaks, and a 404 page per edition.
 */
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { editionCodes as localeCodes } from './site.ts';
import { ASSET_MAX_AGE } from '../../packages/editions/src/render/csp.ts';
import { everyPage, pages } from './site.ts';
import { pageRuns, test as walking, walkTimeout } from './walk.ts';
import { writePage } from './axe.ts';

const XHTML = 'http://www.w3.org/1999/xhtml';
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses XML strictly: any well-formedness error throws, naming line and column. */
function parseXml(text: string): Element {
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml').documentElement!;
}
const children = (el: Element, ns: string, name: string) => Array.from(el.getElementsByTagNameNS(ns, name));
const text = (el: Element, ns: string, name: string) => children(el, ns, name)[0]?.textContent?.trim() ?? '';
/** "http://localhost:8080/ja/x/" → "/ja/x/": the site's own path of an absolute URL. */
const pathOf = (url: string) => new URL(url).pathname;

type Cluster = Record<string, string>;

/** The `<link rel="alternate" hreflang>` cluster and canonical of a page, as paths (the page written into a kept tab, axe.ts). */
async function headLinks(tab: Page, url: string): Promise<{ cluster: Cluster; canonical: string | null }> {
  expect(await writePage(tab, url), url).toBe(200);
  const { links, canonical } = await tab.evaluate(() => ({
    links: [...document.querySelectorAll('head link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang')!, (l as HTMLLinkElement).href]),
    canonical: (document.querySelector('head link[rel="canonical"]') as HTMLLinkElement | null)?.href ?? null,
  }));
  return { cluster: Object.fromEntries(links.map(([h, href]) => [h, pathOf(href!)])), canonical: canonical && pathOf(canonical) };
}

const indexable = ['/', ...pages.map((p) => p.url)];

walking('hreflang alternates are complete and reciprocal across every page', async ({ walk }) => {
  const clusters = new Map<string, Cluster>();
  const problems: string[] = [];
  const heads = await walk(indexable, headLinks);
  for (const [i, url] of indexable.entries()) {
    const { cluster, canonical } = heads[i]!;
    clusters.set(url, cluster);
    if (canonical !== url) problems.push(`${url}: canonical is ${canonical}`);
    for (const code of [...localeCodes, 'x-default']) if (!cluster[code]) problems.push(`${url}: no hreflang="${code}" alternate`);
  }
  for (const [url, cluster] of clusters) {
    const own = Object.entries(cluster)
      .filter(([h]) => h !== 'x-default')
      .find(([, target]) => target === url);
    if (url !== '/' && !own) problems.push(`${url}: its alternates do not name the page itself`);
    for (const [hreflang, target] of Object.entries(cluster)) {
      const back = clusters.get(target);
      if (!back) problems.push(`${url}: hreflang="${hreflang}" points to ${target}, which is not a page of the site`);
      else if (JSON.stringify(back) !== JSON.stringify(cluster)) problems.push(`${url}: ${target} (its hreflang="${hreflang}") states other alternates: ${JSON.stringify(back)}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

walking('sitemap.xml lists every page with the same alternates as the page', async ({ walk, request }) => {
  const doc = parseXml(await (await request.get('/sitemap.xml')).text());
  expect(doc.namespaceURI).toBe(SITEMAP);
  expect(doc.localName).toBe('urlset');
  const entries = children(doc, SITEMAP, 'url');
  const locs = entries.map((u) => pathOf(text(u, SITEMAP, 'loc')));
  expect(locs.sort()).toEqual([...indexable].sort());
  const heads = await walk(entries, (tab, entry) => headLinks(tab, pathOf(text(entry, SITEMAP, 'loc'))));
  for (const [i, entry] of entries.entries()) {
    const loc = pathOf(text(entry, SITEMAP, 'loc'));
    expect(text(entry, SITEMAP, 'lastmod'), `${loc} lastmod`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const links = children(entry, XHTML, 'link');
    for (const link of links) expect(link.getAttribute('rel'), `${loc}: xhtml:link rel`).toBe('alternate');
    const sitemapCluster = Object.fromEntries(links.map((l) => [l.getAttribute('hreflang')!, pathOf(l.getAttribute('href')!)]));
    expect(sitemapCluster, `${loc}: sitemap alternates should match the page's <head>`).toEqual(heads[i]!.cluster);
  }
});

for (const code of localeCodes) {
  walking(`the ${code} Atom feed parses and lists every chapter of the edition`, async ({ keptTab: tab, walk, request }) => {
    const home = `/${code}/`;
    expect(await writePage(tab, home)).toBe(200);
    const feedHref = await tab.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(feedHref).toBe(`/${code}/feed.xml`);
    const response = await request.get(feedHref!);
    expect(response.status()).toBe(200);
    const feed = parseXml(await response.text());
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe('feed');
    expect(feed.getAttribute('xml:lang')).toBe(code);
    expect(text(feed, ATOM, 'title')).toBe(await tab.locator('h1').innerText());
    expect(text(feed, ATOM, 'id')).not.toBe('');
    expect(text(feed, ATOM, 'updated')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(text(feed, ATOM, 'name'), 'the feed has an author').not.toBe('');
    const self = children(feed, ATOM, 'link').find((l) => l.getAttribute('rel') === 'self');
    expect(self && pathOf(self.getAttribute('href')!)).toBe(feedHref);

    const entries = children(feed, ATOM, 'entry');
    const chapters = pages.filter((p) => p.locale === code && p.kind === 'chapter').map((p) => p.url);
    const linked = entries.map((e) => pathOf(children(e, ATOM, 'link')[0]!.getAttribute('href')!));
    expect(linked).toEqual(chapters);
    await walk(entries, async (tab, entry) => {
      const url = pathOf(children(entry, ATOM, 'link')[0]!.getAttribute('href')!);
      expect(text(entry, ATOM, 'id'), `${url} id`).not.toBe('');
      expect(text(entry, ATOM, 'updated'), `${url} updated`).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(text(entry, ATOM, 'summary'), `${url} summary`).not.toBe('');
      expect(await writePage(tab, url), url).toBe(200);
      await expect(tab.locator('html'), url).toHaveAttribute('lang', code);
      await expect(tab.locator('h1'), url).toHaveText(text(entry, ATOM, 'title'));
    });
  });
}

/** Every console message that reports a Content-Security-Policy violation, plus any page error, until `stop()` (the tab stays open for the next page). */
function watchForViolations(tab: Page): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text()) || m.type() === 'error') seen.push(`${m.type()}: ${m.text()}`);
  };
  const onError = (e: Error) => seen.push(`page error: ${e.message}`);
  tab.on('console', onConsole);
  tab.on('pageerror', onError);
  return {
    seen,
    stop: () => {
      tab.off('console', onConsole);
      tab.off('pageerror', onError);
    },
  };
}

/** What breaks the policy on one page, each problem naming it. */
async function policyProblems(tab: Page, url: string): Promise<string[]> {
  const { seen, stop } = watchForViolations(tab);
  try {
    const response = await tab.goto(url);
    await tab.waitForLoadState('load');
    const problems: string[] = [];
    if (!response?.headers()['content-security-policy']?.includes("default-src 'none'")) problems.push(`${url}: the policy is not sent as a header (from _headers)`);
    const meta = await tab
      .locator('head meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
      .catch(() => null);
    if (!meta?.includes("script-src 'self'")) problems.push(`${url}: no <meta http-equiv="Content-Security-Policy"> with script-src 'self'`);
    // A JSON-LD block is data, never run: the policy does not apply to it, and the browser reports nothing (checked below).
    const inline = await tab.locator('[style], style, script:not([src]):not([type="application/ld+json"])').count();
    if (inline) problems.push(`${url}: ${inline} inline style(s) or script(s)`);
    if (seen.length) problems.push(`${url}: ${seen.length} violation(s):\n${seen.join('\n')}`);
    return problems;
  } finally {
    stop();
  }
}

for (const { name, run } of pageRuns(everyPage)) {
  walking(`${name} load without a Content-Security-Policy violation`, async ({ walk }) => {
    walking.setTimeout(walkTimeout(run.length));
    const problems = (await walk(run, (tab, page) => policyProblems(tab, page.url))).flat();
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('the CSP check catches a violation (an inline style and script)', async ({ page: tab }) => {
  await tab.route('**/en/the-route/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</head>', '<style>body{color:red}</style><script>1</script></head>');
    await route.fulfill({ response, body });
  });
  const problems = await policyProblems(tab, '/en/the-route/');
  expect(
    problems.some((p) => p.startsWith('/en/the-route/: 2 inline style(s) or script(s)')),
    problems.join('\n'),
  ).toBe(true);
  const reported = problems.find((p) => p.startsWith('/en/the-route/: ') && p.includes('violation(s)')) ?? '';
  expect(reported.match(/Content Security Policy/g)?.length ?? 0, problems.join('\n')).toBeGreaterThanOrEqual(2);
});

for (const code of localeCodes) {
  walking(`an unknown address in the ${code} edition gets that edition's 404 page`, async ({ keptTab: tab }) => {
    const response = await tab.goto(`/${code}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(tab.locator('html')).toHaveAttribute('lang', code);
    await expect(tab.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(tab.locator('main .home-link a')).toHaveAttribute('href', `/${code}/`);
    await expect(tab.locator(`header nav a[aria-current="page"]`)).toHaveAttribute('hreflang', code);
  });
}

walking('every edition page names its edition, description and social tags in its own language', async ({ walk }) => {
  await walk(pages, async (tab, page) => {
    expect(await writePage(tab, page.url), page.url).toBe(200);
    const meta = (sel: string) => tab.locator(`head meta[${sel}]`).first().getAttribute('content');
    expect(await tab.title(), `${page.url} <title>`).toContain(await tab.locator('h1').innerText());
    expect(await meta('name="description"'), `${page.url} description`).toBeTruthy();
    expect(await meta('property="og:locale"')).toMatch(new RegExp(`^${page.locale}_`));
    const alternates = await tab.locator('head meta[property="og:locale:alternate"]').evaluateAll((m) => m.map((e) => e.getAttribute('content')));
    expect(alternates.map((a) => a!.slice(0, 2)).sort(), `${page.url} og:locale:alternate`).toEqual(localeCodes.filter((c) => c !== page.locale));
    expect(pathOf((await meta('property="og:url"'))!)).toBe(page.url);
    expect(await meta('name="twitter:title"'), page.url).toBe(await meta('property="og:title"'));
  });
});

test('the stylesheet is cached for a while (from _headers), the pages are not', async ({ request }) => {
  const css = await request.get('/assets/site.css');
  expect(css.headers()['cache-control']).toBe(`public, max-age=${ASSET_MAX_AGE}`);
  const html = await request.get('/en/');
  expect(html.headers()['cache-control'] ?? '', 'a page is asked for again, so a new build shows at once').not.toContain('max-age');
});
