import { chromium } from '@playwright/test';
import { launchOptions } from './scripts/lib/chromium.ts';
import { serveSite } from './scripts/lib/serve.ts';
const served = await serveSite('_site');
const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width: 390, height: 700 } });
for (const [name, url] of process.argv.slice(2).map((a) => a.split('='))) {
  await page.goto(`${served.origin}${url}`);
  await page.screenshot({ path: `/tmp/${name}.png` });
}
await browser.close(); await served.close();
