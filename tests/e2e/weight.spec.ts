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
import { expect, test, type Page } from '@playwright/test';
import { pages, parallelPages } from './site.ts';

const BUDGET = 30 * 1024;

/** What a page transfers, gzip-compressed as a static host would send it, by resource. */
async function weigh(tab: Page, url: string): Promise<{ total: number; parts: string[]; fonts: number }> {
  const sizes: { url: string; type: string; bytes: number }[] = [];
  tab.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type === 'image' || type === 'media') return;
    sizes.push({ url: response.url(), type, bytes: gzipSync(await response.body().catch(() => Buffer.alloc(0))).length });
  });
  await tab.goto(url);
  await tab.waitForLoadState('networkidle');
  return {
    total: sizes.reduce((sum, s) => sum + s.bytes, 0),
    parts: sizes.map((s) => `${s.type} ${new URL(s.url).pathname}: ${(s.bytes / 1024).toFixed(1)} KB`),
    fonts: sizes.filter((s) => s.type === 'font').length,
  };
}

// The parallel views carry two editions' text: they are held to the same budget.
for (const page of [...pages, ...parallelPages]) {
  test(`${page.url} weighs at most 30 KB compressed before images`, async ({ page: tab }) => {
    const { total, parts, fonts } = await weigh(tab, page.url);
    expect(fonts, 'fonts come from the system').toBe(0);
    expect(total, `${page.url}: ${(total / 1024).toFixed(1)} KB compressed, over the 30 KB budget:\n${parts.join('\n')}`).toBeLessThanOrEqual(BUDGET);
  });
}

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
