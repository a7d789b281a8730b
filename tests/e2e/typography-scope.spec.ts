/**
 * Per-language typography belongs to the text in that language and to nothing
 * else: a passage in a parallel view, or a fallback inside another edition,
 * is set as its own edition sets it (letter-spacing, autospace, line
 * breaking), not as the language around it.
 */
import { expect, type Page } from '@playwright/test';
import { editionCodes, pages, parallelPages } from './site.ts';
import { test } from './walk.ts';
import { writePage } from './axe.ts';

const PROPS = ['letter-spacing', 'text-autospace', 'line-break', 'word-break', 'overflow-wrap'] as const;
type Setting = Record<(typeof PROPS)[number], string>;

/** The settings of the paragraphs matched by `selector`, letter-spacing in em (it scales with the size). */
async function settings(tab: Page, selector: string): Promise<{ lang: string; unit: string; s: Setting }[]> {
  return tab.locator(selector).evaluateAll(
    (els, props) =>
      els.map((el) => {
        const cs = getComputedStyle(el);
        const s = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])) as Record<string, string>;
        if (s['letter-spacing'] !== 'normal') s['letter-spacing'] = `${(parseFloat(s['letter-spacing']!) / parseFloat(cs.fontSize)).toFixed(3)}em`;
        if (s['letter-spacing'] === '0.000em') s['letter-spacing'] = 'normal';
        return { lang: el.closest('[lang]')!.getAttribute('lang')!, unit: el.getAttribute('data-unit') ?? el.id, s: s as Setting };
      }),
    [...PROPS],
  );
}

/** How each edition sets its own paragraphs, read on its first chapter. */
async function ownSettings(tab: Page): Promise<Map<string, Setting>> {
  const own = new Map<string, Setting>();
  for (const lng of editionCodes) {
    const chapter = pages.find((p) => p.locale === lng && p.kind === 'chapter')!;
    await tab.goto(chapter.url);
    own.set(lng, (await settings(tab, 'article > p[id]'))[0]!.s);
  }
  return own;
}

test('every side of every parallel view is set as its own edition sets it', async ({ walk, tabs }) => {
  const own = await ownSettings(tabs[0]!);
  const problems = (
    await walk(parallelPages, async (tab, p) => {
      expect(await writePage(tab, p.url), p.url).toBe(200);
      return (await settings(tab, 'p.side[data-unit]')).flatMap(({ lang, unit, s }) =>
        PROPS.filter((prop) => s[prop] !== own.get(lang)![prop]).map(
          (prop) => `${p.url} [${unit}] (${lang}): ${prop} is ${s[prop]}, as its own edition sets it: ${own.get(lang)![prop]}`,
        ),
      );
    })
  ).flat();
  expect(problems, problems.join('\n')).toEqual([]);
});

test("a passage shown in another language inside an edition is set as its own language, not the page's", async ({ tabs }) => {
  const tab = tabs[0]!;
  const own = await ownSettings(tab);
  const problems: string[] = [];
  for (const host of editionCodes) {
    const chapter = pages.find((p) => p.locale === host && p.kind === 'chapter')!;
    await tab.goto(chapter.url);
    // A fallback paragraph of each other edition, as the build marks one (lang + data-status).
    await tab.evaluate(
      (others) => {
        const article = document.querySelector('article')!;
        for (const lng of others) article.insertAdjacentHTML('beforeend', `<p id="planted-${lng}" lang="${lng}" data-status="missing">text 39 세 2002 年</p>`);
      },
      editionCodes.filter((l) => l !== host),
    );
    for (const { lang, s } of await settings(tab, 'article > p[id^="planted-"]')) {
      for (const prop of PROPS)
        if (s[prop] !== own.get(lang)![prop]) problems.push(`${chapter.url}: a ${lang} passage has ${prop} ${s[prop]}, its own edition sets ${own.get(lang)![prop]}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
