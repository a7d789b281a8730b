/**
 * Figures: each edition shows the route map and the drone drill labelled in
 * its own language, from its locale files, as images with a translated name.
 */
import { expect, test } from '@playwright/test';
import { test as kept } from './walk.ts';
import { fixedNamespaces } from '../../packages/editions/src/config.ts';
import { editionCodes as localeCodes } from './site.ts';
import { languageFacts } from '../../packages/editions/src/languages.ts';
import { localeFile } from '../../packages/editions/src/locales/files.ts';
import { model, pages, tr } from './site.ts';

const source = model.story.sourceLanguage;
/** Words to translate, not a number with a unit ("1,000 km"). */
const isWords = (text: string) => (text.match(/\p{L}/gu) ?? []).length > 2;
const shown = pages.flatMap((p) => {
  const chapter = model.story.chapters.find((c) => c.slug === p.slug);
  return (chapter?.units ?? []).filter((u) => u.kind === 'figure').map((u) => ({ ...p, figure: model.figures.get(u.id)! }));
});

test('the route map is drawn in every edition', () => {
  expect(
    shown
      .filter((s) => s.figure.id === 'route-map')
      .map((s) => s.locale)
      .sort(),
  ).toEqual([...localeCodes].sort());
});

for (const { url, locale, figure } of shown) {
  // Reads one page: on a tab the worker keeps open (walk.ts), no context of its own.
  kept(`the ${figure.id} labels read in ${locale} on ${url}`, async ({ keptTab: tab }) => {
    await tab.goto(url);
    const svg = tab.locator(`figure[data-figure="${figure.id}"] svg`);
    const rendered = Object.fromEntries(
      await svg
        .locator('[data-label]')
        .evaluateAll((els) => els.map((el) => [el.getAttribute('data-label')!, { text: el.textContent ?? '', lang: el.closest('[lang]')?.getAttribute('lang') ?? null }])),
    );
    const problems: string[] = [];
    for (const label of figure.labels.values()) {
      const key = `${figure.id}.${label.key}`;
      const want = tr.t(locale, fixedNamespaces.figures, key);
      const got = rendered[label.key];
      const where = `${url}: label "${label.key}" (${localeFile(locale, fixedNamespaces.figures)} → ${key})`;
      if (!got) problems.push(`${where} is not drawn`);
      else if (got.text !== want) problems.push(`${where} shows "${got.text}", expected "${want}"`);
      else if (got.lang !== locale) problems.push(`${where} is marked lang="${got.lang}"`);
      else if (locale !== source && isWords(label.text) && !languageFacts(locale).script!.test(got.text)) problems.push(`${where} "${got.text}" is not in ${locale} script`);
      else if (locale !== source && isWords(label.text) && got.text === label.text) problems.push(`${where} still shows the ${source} text`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
    // An image named and described in the edition's language.
    await expect(svg).toHaveAttribute('role', 'img');
    await expect(svg).toHaveAccessibleName(tr.t(locale, fixedNamespaces.figures, `${figure.id}.title`));
    await expect(svg).toHaveAccessibleDescription(tr.t(locale, fixedNamespaces.figures, `${figure.id}.desc`));
  });
}
