/**
 * axe-core as the suite runs it, at a fraction of AxeBuilder's default cost
 * and with the same rules and results. AxeBuilder's default injects the
 * 1.5 MB unminified axe into the page, runs it in parts, then opens a blank
 * tab and injects axe again to join the parts (the join exists for
 * cross-origin frames; the site has no frames): about 1.4 s a page here.
 *
 * - `axeBuilder(page)`: AxeBuilder with axe's minified build and axe.run in
 *   the page itself (its "legacy mode"), for audits of a page a test has
 *   navigated to and worked on.
 * - `auditPage(tab, url)`: the page fetched and written into an open tab of
 *   the site's origin (document.open/write, as quotes.spec.ts reads pages),
 *   where axe stays loaded from one page to the next: the same HTML,
 *   stylesheet, scripts and layout, audited by axe.run. About 0.35 s a page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** The axe-core that @axe-core/playwright would inject, minified: the same version, the same rules. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** AxeBuilder for a page the test navigated to: axe.run in the page (the site has no frames to join across). */
export function axeBuilder(page: Page): AxeBuilder {
  return new AxeBuilder({ page, axeSource }).setLegacyMode();
}

/** One line per violation: "image-alt (critical): Images must have alternative text — img". */
export function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

interface Audited {
  frames: number;
  violations: AxeResults['violations'];
}

/** In the tab: fetch `url`, write it in place of the document, wait for its stylesheet and scripts; its HTTP status. */
export async function writeInPlace(url: string): Promise<number> {
  const response = await fetch(url);
  const html = await response.text();
  document.open();
  document.write(html);
  document.close();
  if (document.readyState !== 'complete') await new Promise((done) => window.addEventListener('load', done, { once: true }));
  return response.status;
}

/**
 * Shows the page at `url` in an open tab of the site's origin without a navigation (writeInPlace):
 * the same HTML, stylesheet, scripts and layout. Its HTTP status.
 */
export async function writePage(tab: Page, url: string): Promise<number> {
  await onSite(tab);
  return tab.evaluate(writeInPlace, url);
}

/** The tab on the site's origin (fetch and the stylesheet need it). */
async function onSite(tab: Page): Promise<void> {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  if (new URL(tab.url()).origin !== origin) await tab.goto('/');
}

/** In the tab: axe on the document written there (writeInPlace). */
async function runAxe(options: RunOptions): Promise<Audited> {
  const { axe } = window as unknown as { axe: typeof import('axe-core') };
  const { violations } = await axe.run(document, options);
  // Only what the report needs crosses back to the test.
  return {
    frames: document.querySelectorAll('iframe, frame').length,
    violations: violations.map((v) => ({ ...v, nodes: v.nodes.map((n) => ({ ...n, html: '', any: [], all: [], none: [] })) })),
  };
}

/**
 * axe's violations on the page at `url`, each line naming the page; [] when there is none.
 * `options`: axe.run's, e.g. `{ runOnly: { type: 'rule', values: ['label-content-name-mismatch'] } }`
 * (what AxeBuilder's withRules passes).
 */
export async function auditPage(tab: Page, url: string, options: RunOptions = {}): Promise<string[]> {
  // A navigation resets the tab's globals, axe with them; writing a page in place keeps them.
  await onSite(tab);
  if (!(await tab.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function'))) await tab.evaluate(axeSource);
  const status = await tab.evaluate(writeInPlace, url);
  if (status !== 200) return [`${url}: answered HTTP ${status}, not audited`];
  const { frames, violations } = await tab.evaluate(runAxe, options);
  // A frame would need axe of its own (AxeBuilder injects one per frame): say so rather than skip its content.
  if (frames) return [`${url}: has ${frames} frame(s), which this audit does not enter; audit it with axeBuilder()`];
  const seen = describeViolations(violations);
  return seen.length ? [`${url}: ${seen.length} axe violation(s):\n${seen.join('\n')}`] : [];
}
