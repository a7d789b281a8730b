/**
 * Figures legible on a phone and a desktop, in every edition: Chromium lays
 * each drawing out with the edition's fonts, and every label's box (getBBox)
 * must stay clear of every other label, of the markers drawn beside labels
 * (numbered steps, city dots, brackets) and of the drawing's edge.
 */
import { expect } from '@playwright/test';
import { model, pages } from './site.ts';
import { test } from './walk.ts';
import { writePage } from './axe.ts';

const withFigures = pages.filter((p) =>
  allChapters()
    .find((c) => c.slug === p.slug)
    ?.units.some((u) => u.kind === 'figure'),
);
function allChapters() {
  return [model.story.home, ...model.story.chapters];
}

/** Room a label keeps from the drawing's edge, in the drawing's own units. */
const EDGE = 2;
const viewports = { phone: { width: 390, height: 900 }, desktop: { width: 1280, height: 900 } };

for (const [name, viewport] of Object.entries(viewports)) {
  test(`every figure label stays clear of the others, the markers and the edge at ${viewport.width} px`, async ({ walk }) => {
    const problems = (
      await walk(withFigures, async (tab, p) => {
        await tab.setViewportSize(viewport);
        expect(await writePage(tab, p.url), p.url).toBe(200);
        await tab.evaluate(() => document.fonts.ready);
        const found = await tab.locator('figure[data-figure] svg').evaluateAll((svgs, edge) => {
          type Box = { x: number; y: number; width: number; height: number };
          const out: string[] = [];
          const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          const show = (b: Box) => `[${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}]`;
          for (const svg of svgs as SVGSVGElement[]) {
            const id = svg.closest('figure')!.getAttribute('data-figure');
            const view = svg.viewBox.baseVal;
            const name = (el: Element) => el.getAttribute('data-label') ?? `"${el.textContent}"`;
            const labels = [...svg.querySelectorAll('text')].filter((t) => !t.closest('.step') && t.textContent!.trim() !== '');
            const box = (el: SVGGraphicsElement) => el.getBBox();
            // What a label must not cover: the numbered steps (one box each), dots and brackets.
            const marks = [...svg.querySelectorAll('.step, .city, .bracket')].map((el) => ({ el, b: box(el as SVGGraphicsElement) }));
            const boxes = labels.map((el) => ({ el, b: box(el) }));
            for (const [i, { el, b }] of boxes.entries()) {
              if (b.x < view.x + edge || b.y < view.y + edge || b.x + b.width > view.x + view.width - edge || b.y + b.height > view.y + view.height - edge) {
                out.push(`${id}: label ${name(el)} ${show(b)} touches the edge of the drawing ${show(view)}`);
              }
              for (const other of boxes.slice(i + 1)) if (overlap(b, other.b)) out.push(`${id}: label ${name(el)} ${show(b)} overlaps label ${name(other.el)} ${show(other.b)}`);
              for (const m of marks)
                if (overlap(b, m.b)) out.push(`${id}: label ${name(el)} ${show(b)} overlaps the ${m.el.getAttribute('class')} ${m.el.textContent?.trim() || ''} ${show(m.b)}`);
            }
          }
          return out;
        }, EDGE);
        return found.map((f) => `${p.url} (${name}): ${f}`);
      })
    ).flat();
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
