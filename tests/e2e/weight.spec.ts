/**
 * Weight: reading a chapter costs at most 30 KB compressed before images
 * (HTML, CSS and any script or font), measured on every page of every edition
 * and every parallel view,
 * as a browser loads it. Fonts come from the system: no page fetches one.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { expect, test, type Page, type Response } from '@playwright/test';
import { pages, parallelPages } from './site.ts';
import { pageRuns, test as walking, walkTimeout } from './walk.ts';

const BUDGET = 30 * 1024;

/**
 * What a page transfers, gzip-compressed as a static host would send it, by
 * resource, as a first visit loads it: the tab may have loaded the stylesheet
 * for an earlier page, so while it is weighed its requests are routed, which
 * turns the browser's cache off.
 */
async function weigh(tab: Page, url: string): Promise<{ total: number; parts: string[]; fonts: number }> {
  const sizes: { url: string; type: string; bytes: number }[] = [];
  const reading: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    const type = response.request().resourceType();
    if (type === 'image' || type === 'media') return;
    reading.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => {
          sizes.push({ url: response.url(), type, bytes: gzipSync(body).length });
        }),
    );
  };
  // fallback(): a route the test set (the fault check below) still answers.
  const uncached = (route: { fallback: () => Promise<void> }) => route.fallback();
  await tab.route('**/*', uncached);
  tab.on('response', onResponse);
  try {
    // 'load' waits for the stylesheet and scripts; a font is asked for once the text is laid out, so wait for the fonts too.
    await tab.goto(url);
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    await Promise.all(reading);
  } finally {
    tab.off('response', onResponse);
    await tab.unroute('**/*', uncached);
  }
  return {
    total: sizes.reduce((sum, s) => sum + s.bytes, 0),
    parts: sizes.map((s) => `${s.type} ${new URL(s.url).pathname}: ${(s.bytes / 1024).toFixed(1)} KB`),
    fonts: sizes.filter((s) => s.type === 'font').length,
  };
}

/** A page over budget, or fetching a font, as one line naming it. */
async function weightProblems(tab: Page, url: string): Promise<string[]> {
  const { total, parts, fonts } = await weigh(tab, url);
  const problems: string[] = [];
  if (fonts) problems.push(`${url}: fetches ${fonts} font(s); fonts come from the system`);
  if (total > BUDGET) problems.push(`${url}: ${(total / 1024).toFixed(1)} KB compressed, over the 30 KB budget:\n${parts.join('\n')}`);
  return problems;
}

// The parallel views carry two editions' text: they are held to the same budget.
for (const { name, run } of pageRuns([...pages, ...parallelPages])) {
  walking(`${name} weigh at most 30 KB compressed before images`, async ({ walk }) => {
    walking.setTimeout(walkTimeout(run.length));
    const problems = (await walk(run, (tab, page) => weightProblems(tab, page.url))).flat();
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('the weighing counts the stylesheet on every page, however many the tab has loaded before', async ({ page: tab }) => {
  const first = await weigh(tab, '/en/the-route/');
  const again = await weigh(tab, '/en/the-notes/');
  expect(
    first.parts.some((p) => p.startsWith('stylesheet ')),
    first.parts.join('\n'),
  ).toBe(true);
  expect(
    again.parts.some((p) => p.startsWith('stylesheet ')),
    again.parts.join('\n'),
  ).toBe(true);
});

test('the weight check catches a page over budget', async ({ page: tab }) => {
  await tab.route('**/en/the-route/', async (route) => {
    const response = await route.fetch();
    // Random text barely compresses: 48 KB of it is a stand-in for bloat.
    const bloat = randomBytes(48 * 1024).toString('base64');
    await route.fulfill({ response, body: (await response.text()).replace('</article>', `<p>${bloat}</p></article>`) });
  });
  expect((await weigh(tab, '/en/the-route/')).total).toBeGreaterThan(BUDGET);
});

test('the passage-keeping script weighs at most 1 KB compressed (gzip and brotli)', () => {
  const script = readFileSync(path.join(import.meta.dirname, '../../packages/editions/templates/assets/passage.js'));
  expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(1024);
  expect(brotliCompressSync(script).length).toBeLessThanOrEqual(1024);
});
