/**
 * The root page: every edition listed, the browser's preferred one suggested
 * but never forced, and a choice remembered only when the reader asks.
 */
import { expect, test } from '@playwright/test';
import { editionCodes as localeCodes } from './site.ts';

test.describe('with a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('the Japanese edition is suggested, nothing is stored, nobody is redirected', async ({ page: tab }) => {
    const response = await tab.goto('/');
    expect(response?.status()).toBe(200);
    await expect(tab).toHaveURL(/\/$/);
    const first = tab.locator('[data-edition]').first();
    await expect(first).toHaveAttribute('data-edition', 'ja');
    await expect(first.locator('[data-note="suggested"]')).toBeVisible();
    await expect(tab.locator('[data-note]:visible')).toHaveCount(1);
    expect(await tab.evaluate(() => localStorage.length), 'no choice is stored unasked').toBe(0);
    await tab.waitForTimeout(300);
    await expect(tab).toHaveURL(/\/$/);
  });

  test('a choice is remembered only when asked, and can be forgotten', async ({ page: tab }) => {
    await tab.goto('/');
    // Following an edition's link remembers nothing.
    await tab.locator('[data-edition="ko"] h2 a').click();
    await expect(tab).toHaveURL(/\/ko\/$/);
    await tab.goto('/');
    await expect(tab.locator('[data-edition]').first()).toHaveAttribute('data-edition', 'ja');

    // "Remember" keeps the Korean edition first, marked as the reader's, still without a redirect.
    await tab.locator('[data-edition="ko"] button[data-action="remember"]').click();
    await expect(tab.locator('[data-edition="ko"] button[data-action="forget"]')).toBeFocused();
    await tab.reload();
    await expect(tab).toHaveURL(/\/$/);
    const first = tab.locator('[data-edition]').first();
    await expect(first).toHaveAttribute('data-edition', 'ko');
    await expect(first.locator('[data-note="remembered"]')).toBeVisible();

    // "Forget" clears it: the browser's language is suggested again.
    await first.locator('button[data-action="forget"]').click();
    await tab.reload();
    await expect(tab.locator('[data-edition]').first()).toHaveAttribute('data-edition', 'ja');
    expect(await tab.evaluate(() => localStorage.length)).toBe(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the root page is a plain list of every edition, in its own language', async ({ page: tab }) => {
    await tab.goto('/');
    for (const code of localeCodes) {
      const card = tab.locator(`[data-edition="${code}"]`);
      await expect(card).toHaveAttribute('lang', code);
      await expect(card.locator(`a[hreflang="${code}"]`)).toHaveAttribute('href', `/${code}/`);
    }
    await expect(tab.locator('button:visible, [data-note]:visible')).toHaveCount(0);
  });
});
