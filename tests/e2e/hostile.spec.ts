/**
 * Markup typed into a translation is shown as text and never runs: builds the
 * `html-in-translation` fixture (a Japanese quote holding an <img onerror> and
 * a <script>) and loads it in Chromium.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from '../../packages/editions/src/cli/build.ts';
import { copyProject } from '../../packages/editions/tests/helpers/project.ts';
import { serveSite, type Served } from '../../scripts/lib/serve.ts';

let served: Served;
test.beforeAll(async () => {
  const dir = await copyProject('html-in-translation');
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'editions-hostile-')), 'site');
  await build({ root: dir, out, draft: false });
  served = await serveSite(out);
});
test.afterAll(async () => {
  await served.close();
});

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
