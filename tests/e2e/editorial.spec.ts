/**
 * The editorial record as readers and machines get it: every story page's
 * JSON-LD parses and agrees with the page it is on, and every correction shows,
 * dated, at the end of its chapter in every edition it concerns (a translation
 * fix only in its own).
 */
import { expect, test } from '@playwright/test';
import { test as kept } from './walk.ts';
import { editions as locales } from './site.ts';
import { correctionsOf, lastModified } from '../../packages/editions/src/model/corrections.ts';
import { model, pages } from './site.ts';
import { creditName } from '../../packages/editions/src/model/credits.ts';
import { writePage } from './axe.ts';

interface Agent {
  '@type': string;
  name: string;
  url?: string;
}
interface Article {
  '@context': string;
  '@type': string;
  url: string;
  inLanguage: string;
  headline: string;
  datePublished: string;
  dateModified: string;
  author: Agent[];
  translationOfWork?: { url: string; inLanguage: string };
  translator?: Agent[];
  workTranslation?: { url: string; inLanguage: string }[];
  correction?: { '@type': string; datePublished: string; text: string }[];
}

const source = model.story.sourceLanguage;
const names = (list: { name: string }[] | undefined) => (list ?? []).map((a) => a.name);

for (const page of pages) {
  // Reads one page: on a tab the worker keeps open (walk.ts), no context of its own.
  kept(`JSON-LD on ${page.url} parses and matches the page`, async ({ keptTab: tab }) => {
    expect(await writePage(tab, page.url)).toBe(200);
    const found = await tab.evaluate(() => ({
      blocks: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
      lang: document.documentElement.lang,
      h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      shown: [...document.querySelectorAll('[data-correction]')].map((el) => ({
        id: el.getAttribute('data-correction'),
        datetime: el.querySelector('time')?.getAttribute('datetime'),
      })),
      translators: [...document.querySelectorAll('[data-credits="translators"] [translate="no"]')].map((el) => el.textContent),
    }));
    expect(found.blocks, 'exactly one JSON-LD block').toHaveLength(1);
    const data = JSON.parse(found.blocks[0]!) as Article;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('NewsArticle');
    expect(new URL(data.url).pathname).toBe(page.url);
    expect(data.inLanguage, "inLanguage is the page's <html lang>").toBe(found.lang);
    expect(data.headline, "headline is the page's h1").toBe(found.h1);
    expect(data.datePublished).toBe(model.story.published);
    const slug = page.slug || 'story';
    expect(data.dateModified).toBe(lastModified(model.corrections, slug, model.story.published, page.locale));
    // Each name as this edition writes it (content/credits.yml may give one per edition).
    expect(names(data.author)).toEqual(model.credits.byline.map((c) => creditName(c, page.locale)));

    if (page.locale === source) {
      expect(data.translationOfWork).toBeUndefined();
      expect(data.workTranslation?.map((w) => [new URL(w.url).pathname, w.inLanguage])).toEqual(
        locales.filter((l) => l.code !== source).map((l) => [`/${l.code}/${page.slug ? `${page.slug}/` : ''}`, l.code]),
      );
    } else {
      expect(new URL(data.translationOfWork!.url).pathname, 'translationOfWork is the source edition of this page').toBe(`/${source}/${page.slug ? `${page.slug}/` : ''}`);
      expect(names(data.translator)).toEqual(names(model.credits.translators.get(page.locale)));
      expect(found.translators, 'the colophon credits the same translators').toEqual(names(model.credits.translators.get(page.locale)));
    }

    const expected = correctionsOf(model.corrections, slug, page.locale);
    expect(found.shown, "each correction of the chapter in this edition is shown, dated, and no other edition's").toEqual(expected.map((c) => ({ id: c.id, datetime: c.date })));
    expect(data.correction?.map((c) => [c['@type'], c.datePublished]) ?? []).toEqual(expected.map((c) => ['CorrectionComment', c.date]));
  });
}

test("a corrected chapter's feed entry carries the correction's date", async ({ request }) => {
  for (const l of locales) {
    const feed = await (await request.get(`/${l.code}/feed.xml`)).text();
    for (const chapter of model.story.chapters) {
      const entry = new RegExp(`<link rel="alternate" type="text/html" href="[^"]*/${l.code}/${chapter.slug}/"/>[\\s\\S]*?<updated>([^<]+)</updated>`).exec(feed);
      expect(entry?.[1], `${l.code} ${chapter.slug}`).toBe(`${lastModified(model.corrections, chapter.slug, model.story.published, l.code)}T00:00:00Z`);
    }
  }
});
