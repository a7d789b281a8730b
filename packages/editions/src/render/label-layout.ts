/**
 * Keeps a figure's labels legible once translated: a label's length changes
 * with its language ("Vladivostok", "ウラジオストク", "블라디보스토크"), so
 * after the edition's words are in, each label that would cover another label,
 * a marker (a numbered step, a dot, a bracket) or the drawing's edge is moved
 * the shortest way to where it covers none. Boxes are estimated at the phone
 * sizes of site.css, the largest a label is drawn: a box at a smaller size lies
 * inside it (it shrinks toward its anchor and baseline), so a layout clear on a
 * phone is clear on a desktop too. tests/e2e/legibility.spec.ts measures the
 * real boxes in Chromium.
 */
import type { Element } from '@xmldom/xmldom';
import { WIDE } from './text-width.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Phone sizes of figure text in the drawing's own units (site.css, `@media
 * (max-width: 40rem)`): [selector test, font size, letter-spacing in em for
 * non-CJK text]. The first that matches wins.
 */
const SIZES: { test: (classes: string[], root: string[]) => boolean; size: number; spacing: number }[] = [
  { test: (c, r) => r.includes('map') && c.includes('country-name'), size: 19, spacing: 0.12 },
  { test: (c, r) => r.includes('map') && c.includes('scale'), size: 18, spacing: 0 },
  { test: (c, r) => r.includes('diagram') && c.includes('label'), size: 24, spacing: 0 },
  { test: () => true, size: 21, spacing: 0 },
];
/** The phone radius of a numbered step's disc (site.css `.figure .step circle { r }`). */
const STEP_RADIUS = 13;
/** Clear space kept around a label, in the drawing's units. */
const GAP = 2;

/**
 * A generous advance for each character, in em (wide system sans faces, as
 * DejaVu Sans): `advance("W")` → 0.95, `advance("ウ")` → 1.05.
 */
function advance(ch: string): number {
  if (WIDE.test(ch)) return 1.05;
  if (ch === ' ') return 0.32;
  if (/[iljtfr.,:;'!|()-]/.test(ch)) return 0.4;
  if (/[mwMW]/.test(ch)) return 0.95;
  if (/[A-Z]/.test(ch)) return 0.74;
  return 0.62;
}

/** The box a <text> covers at its phone size: `textBox("Moscow", 106, 93, "start", 21, …)`. */
export function textBox(text: string, x: number, y: number, anchor: string, size: number, spacing: number, bold: boolean): Box {
  const chars = [...text];
  const wide = chars.some((c) => WIDE.test(c));
  const em = chars.reduce((sum, c) => sum + advance(c) + (WIDE.test(c) ? 0 : spacing), 0) * (bold ? 1.08 : 1);
  const width = em * size;
  // CJK faces have taller ascent and descent than Latin ones.
  const [ascent, descent] = wide ? [1.18, 0.34] : [0.98, 0.28];
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  return { x: left, y: y - ascent * size, width, height: (ascent + descent) * size };
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;
const inside = (a: Box, view: Box) => a.x >= view.x + GAP && a.y >= view.y + GAP && a.x + a.width <= view.x + view.width - GAP && a.y + a.height <= view.y + view.height - GAP;

/** Moves tried, nearest first: up to 96 units across and 36 up or down. */
const MOVES: [number, number][] = (() => {
  const out: [number, number][] = [];
  for (let dx = -96; dx <= 96; dx += 4) for (let dy = -36; dy <= 36; dy += 3) out.push([dx, dy]);
  return out.sort((a, b) => Math.hypot(a[0], a[1] * 1.5) - Math.hypot(b[0], b[1] * 1.5));
})();

const classesOf = (el: Element): string[] => {
  const out: string[] = [];
  for (let at: Element | null = el; at && at.localName !== 'svg'; at = at.parentNode as Element | null) out.push(...(at.getAttribute?.('class') ?? '').split(/\s+/));
  return out.filter(Boolean);
};
/** A label or marker under a transform is in other coordinates: left as drawn. */
const transformed = (el: Element): boolean => {
  for (let at: Element | null = el; at && at.localName !== 'svg'; at = at.parentNode as Element | null) if (at.hasAttribute?.('transform')) return true;
  return false;
};
const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);

/** Every <text> label of a rendered figure, moved where it covers nothing (in place). */
export function layoutLabels(root: Element): void {
  const [vx = 0, vy = 0, vw = 0, vh = 0] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const view = { x: vx, y: vy, width: vw, height: vh };
  if (!(view.width > 0 && view.height > 0)) return;
  const rootClasses = (root.getAttribute('class') ?? '').split(/\s+/);
  const all = Array.from(root.getElementsByTagName('*')) as Element[];
  const taken: Box[] = markers(all);
  for (const el of all) {
    if (el.localName !== 'text' || classesOf(el).includes('step') || !el.hasAttribute('x') || transformed(el)) continue;
    const text = el.textContent ?? '';
    if (text.trim() === '') continue;
    const classes = classesOf(el);
    const { size, spacing } = SIZES.find((s) => s.test(classes, rootClasses))!;
    const x = num(el, 'x');
    const y = num(el, 'y');
    const at = (dx: number, dy: number) =>
      textBox(text, x + dx, y + dy, el.getAttribute('text-anchor') ?? 'start', size, WIDE.test(text) ? 0 : spacing, classes.includes('strong'));
    const clear = (b: Box) => inside(b, view) && !taken.some((t) => overlaps(b, t));
    const move: [number, number] | undefined = clear(at(0, 0)) ? [0, 0] : MOVES.find(([dx, dy]) => clear(at(dx, dy)));
    // Nowhere clear within reach: the label stays where its author put it.
    const [dx, dy] = move ?? [0, 0];
    if (dx !== 0) el.setAttribute('x', String(x + dx));
    if (dy !== 0) el.setAttribute('y', String(y + dy));
    taken.push(at(dx, dy));
  }
}

/** What labels must not cover: numbered steps, dots and brackets, as boxes. */
function markers(all: Element[]): Box[] {
  const out: Box[] = [];
  for (const el of all) {
    const classes = (el.getAttribute('class') ?? '').split(/\s+/);
    if (transformed(el)) continue;
    if (el.localName === 'g' && classes.includes('step')) {
      const c = Array.from(el.getElementsByTagName('circle'))[0] as Element | undefined;
      if (!c) continue;
      const r = Math.max(num(c, 'r'), STEP_RADIUS);
      out.push({ x: num(c, 'cx') - r, y: num(c, 'cy') - r, width: 2 * r, height: 2 * r });
    } else if (el.localName === 'circle' && classes.includes('city')) {
      const r = num(el, 'r');
      out.push({ x: num(el, 'cx') - r, y: num(el, 'cy') - r, width: 2 * r, height: 2 * r });
    } else if (el.localName === 'path' && classes.includes('bracket')) {
      const b = pathBox(el.getAttribute('d') ?? '');
      if (b) out.push(b);
    }
  }
  return out;
}

/**
 * The box of a path's points, control points included (a curve lies inside
 * them): `pathBox("M405,280V286H535V280")` → {x: 405, y: 280, width: 130, height: 6}.
 */
export function pathBox(d: string): Box | null {
  const xs: number[] = [];
  const ys: number[] = [];
  let cx = 0;
  let cy = 0;
  for (const [, cmd, args] of d.matchAll(/([MLHVCSQTAZmlhvcsqtaz])([^MLHVCSQTAZmlhvcsqtaz]*)/g)) {
    const n = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/gi) ?? []).map(Number);
    const rel = cmd === cmd!.toLowerCase();
    const C = cmd!.toUpperCase();
    const add = (x: number, y: number) => {
      xs.push(x);
      ys.push(y);
    };
    if (C === 'H')
      for (const v of n) {
        cx = rel ? cx + v : v;
        add(cx, cy);
      }
    else if (C === 'V')
      for (const v of n) {
        cy = rel ? cy + v : v;
        add(cx, cy);
      }
    else if (C === 'A')
      for (let i = 0; i + 6 < n.length; i += 7) {
        cx = rel ? cx + n[i + 5]! : n[i + 5]!;
        cy = rel ? cy + n[i + 6]! : n[i + 6]!;
        add(cx, cy);
      }
    else if (C !== 'Z') {
      const step = C === 'C' ? 6 : C === 'S' || C === 'Q' ? 4 : 2;
      for (let i = 0; i + step - 1 < n.length; i += step) {
        for (let j = 0; j < step; j += 2) add(rel ? cx + n[i + j]! : n[i + j]!, rel ? cy + n[i + j + 1]! : n[i + j + 1]!);
        cx = xs.at(-1)!;
        cy = ys.at(-1)!;
      }
    }
  }
  if (xs.length === 0) return null;
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
