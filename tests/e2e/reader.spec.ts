/**
 * What a reader sees on every page, walked with one set of tabs: the contents
 * numbered as the chapters are, the home's byline and date, the phone
 * masthead's search field showing its whole placeholder, numbers kept with
 * their counters, and the focus on the results after a search from the masthead.
 */
import { expect } from '@playwright/test';
import { creditName } from '../../packages/editions/src/model/credits.ts';
import { model, pages, tr } from './site.ts';
import { test } from './walk.ts';
import { writePage } from './axe.ts';

const chapters = [model.story.home, ...model.story.chapters];
/** The number each page shows as "Chapter N", 0 for none: the home and back matter (numbered: false). */
const numberOf = (slug: string) => {
  const i = chapters.findIndex((c) => (c === model.story.home ? '' : c.slug) === slug);
  if (i <= 0 || chapters[i]!.numbered === false) return 0;
  return chapters.slice(1, i + 1).filter((c) => c.numbered !== false).length;
};

test("the contents number the chapters only, and a chapter's kicker gives its own number", async ({ walk }) => {
  const problems = (
    await walk(pages, async (tab, p) => {
      expect(await writePage(tab, p.url), p.url).toBe(200);
      const items = await tab.locator('nav.contents li').evaluateAll((lis) =>
        lis.map((li) => ({
          href: li.querySelector('a')!.getAttribute('href')!,
          // What the list shows: its marker (none when list-style is none) and its value.
          marker: getComputedStyle(li).listStyleType !== 'none' ? (li as HTMLLIElement).value : 0,
        })),
      );
      const out: string[] = [];
      for (const item of items) {
        const slug = item.href.split('/').filter(Boolean).slice(1).join('/');
        if (item.marker !== numberOf(slug)) out.push(`${p.url}: the contents show ${item.href} as ${item.marker || 'unnumbered'}, expected ${numberOf(slug) || 'unnumbered'}`);
      }
      const kicker = await tab.locator('.chapter-head .kicker').allTextContents();
      const want = numberOf(p.slug) ? [tr.t(p.locale, 'ui', 'nav.chapterNumber', { number: numberOf(p.slug) })] : [];
      if (kicker.join() !== want.join()) out.push(`${p.url}: kicker "${kicker.join()}", expected "${want.join()}"`);
      return out;
    })
  ).flat();
  expect(problems, problems.join('\n')).toEqual([]);
});

test("the home opens with the byline and the date of publication, in each edition's words", async ({ walk }) => {
  const homes = pages.filter((p) => p.kind === 'home');
  const problems = (
    await walk(homes, async (tab, p) => {
      expect(await writePage(tab, p.url), p.url).toBe(200);
      const line = tab.locator('.chapter-head .dateline');
      const out: string[] = [];
      if ((await line.locator(`time[datetime="${model.story.published}"]`).count()) !== 1) out.push(`${p.url}: no <time datetime="${model.story.published}"> at the top`);
      for (const credit of model.credits.byline) {
        const name = creditName(credit, p.locale);
        if (!(await line.textContent())?.includes(name)) out.push(`${p.url}: the byline lacks ${name}`);
      }
      if (!(await line.isVisible())) out.push(`${p.url}: the dateline is not shown`);
      return out;
    })
  ).flat();
  expect(problems, problems.join('\n')).toEqual([]);
});

test("on a phone the masthead's search field shows its whole placeholder", async ({ walk }) => {
  const problems = (
    await walk(pages, async (tab, p) => {
      await tab.setViewportSize({ width: 390, height: 800 });
      expect(await writePage(tab, p.url), p.url).toBe(200);
      const fit = await tab.locator('#masthead-q').evaluate((input: HTMLInputElement) => {
        // The placeholder's width, set in the field's own font.
        const probe = document.createElement('span');
        const cs = getComputedStyle(input);
        probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${cs.font};letter-spacing:${cs.letterSpacing}`;
        probe.textContent = input.placeholder;
        document.body.append(probe);
        const need = probe.getBoundingClientRect().width;
        probe.remove();
        const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        return { need: Math.ceil(need), room: Math.floor(room), inView: input.getBoundingClientRect().right <= innerWidth };
      });
      await tab.setViewportSize({ width: 1280, height: 900 });
      return fit.need <= fit.room && fit.inView ? [] : [`${p.url}: the placeholder needs ${fit.need} px, the field has ${fit.room} px`];
    })
  ).flat();
  expect(problems, problems.join('\n')).toEqual([]);
});

test('no number is split from its counter at a line end', async ({ walk }) => {
  const problems = (
    await walk(
      pages.filter((p) => p.locale === 'ja'),
      async (tab, p) => {
        await tab.setViewportSize({ width: 390, height: 800 });
        expect(await writePage(tab, p.url), p.url).toBe(200);
        const split = await tab.locator('article .nw').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 1).map((el) => el.textContent));
        const kept = await tab.locator('article .nw').count();
        await tab.setViewportSize({ width: 1280, height: 900 });
        return [
          ...split.map((t) => `${p.url}: "${t}" breaks across lines`),
          ...(kept === 0 && /\d/.test(await tab.locator('article').innerText()) ? [`${p.url}: no number is kept with its counter`] : []),
        ];
      },
    )
  ).flat();
  expect(problems, problems.join('\n')).toEqual([]);
});

test('a search from the masthead lands the focus on its results, not the top of the page', async ({ tabs }) => {
  const tab = tabs[0]!;
  for (const lng of model.story.editions.map((e) => e.code)) {
    const chapter = pages.find((p) => p.locale === lng && p.kind === 'chapter')!;
    await tab.goto(chapter.url);
    const word = (await tab.locator('article h2 .heading-text').first().textContent())!.trim().split(/\s+/)[0]!;
    await tab.locator('#masthead-q').fill(word);
    await tab.locator('#masthead-q').press('Enter');
    await tab.locator('#search-results[data-state="done"]').waitFor({ state: 'attached' });
    await expect
      .poll(() => tab.evaluate(() => document.activeElement?.closest('#search-results, #search-status') !== null), { message: `${lng}: focus after a search for "${word}"` })
      .toBe(true);
  }
});
