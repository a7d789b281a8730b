/**
 * Loads content/figures/<id>.svg: drawings whose words are translation units.
 * Every text an edition must translate sits in an element marked
 * `data-label="<key>"` (the source-language text is the element's content);
 * `<title data-label="title">` and `<desc data-label="desc">` are the figure's
 * accessible name and description. The artwork goes through the allow-list
 * of svg-sanitiser.ts here, once: pages carry the figure as rebuilt from its
 * parsed tree, never the file's text.
 */
import { DOMParser, onErrorStopParsing, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { paths } from '../config.ts';
import { listFolder, readProjectText } from '../files/safe-files.ts';
import { problems, type Finding } from '../errors.ts';
import { LIMITS } from '../files/limits.ts';
import { sanitiseSvg, SVG_NS } from './svg-sanitiser.ts';
import type { Figure, FigureLabel } from './types.ts';

const LABEL_KEY = /^[a-z0-9][a-z0-9-]*$/;
/** Labels every figure must have: its accessible name and description. */
export const REQUIRED_LABELS = { title: 'title', desc: 'desc' } as const;

export async function loadFigures(root: string, findings: Finding[]): Promise<Map<string, Figure>> {
  const out = new Map<string, Figure>();
  for (const name of listFolder(root, paths.figures, findings)
    .filter((n) => n.endsWith('.svg'))
    .sort()) {
    const file = `${paths.figures}/${name}`;
    const text = readProjectText(root, file, findings);
    const figure = text === null ? null : parseFigure(name.slice(0, -4), file, text, findings);
    if (figure) out.set(figure.id, figure);
  }
  return out;
}

/** How deep and how large an element tree is, counted without recursion. */
function treeSize(root: Element): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    elements++;
    depth = Math.max(depth, d);
    if (depth > LIMITS.treeDepth || elements > LIMITS.svgElements) break;
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === c.ELEMENT_NODE) stack.push([c as Element, d + 1]);
  }
  return { depth, elements };
}

/** One SVG file → its figure; `null` (with findings) when it cannot be used. */
export function parseFigure(id: string, file: string, text: string, findings: Finding[]): Figure | null {
  const bad = (detail: string, line?: number) => findings.push(problems.badFigure({ file, line }, id, detail));
  let doc: Document;
  try {
    doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text.replace(/^\uFEFF/, ''), 'image/svg+xml');
  } catch (e) {
    const err = e as Error & { locator?: { lineNumber?: number } };
    bad(`it is not well-formed SVG (${err.message})`, err.locator?.lineNumber);
    return null;
  }
  const root = doc.documentElement!;
  // Before anything that walks the tree by recursion: a bound with the file's name, never a RangeError.
  const size = treeSize(root);
  if (size.depth > LIMITS.treeDepth || size.elements > LIMITS.svgElements) {
    findings.push(
      problems.overLimit(
        { file },
        size.depth > LIMITS.treeDepth ? 'This figure nests its elements too deep' : 'This figure holds too many elements',
        size.depth > LIMITS.treeDepth ? `${LIMITS.treeDepth} levels` : `${LIMITS.svgElements.toLocaleString('en')} elements`,
        'Simplify the drawing (flatten its groups, or export it again from the drawing program).',
      ),
    );
    return null;
  }
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NS || !root.getAttribute('viewBox')) {
    bad('the file must be one <svg> element (xmlns="http://www.w3.org/2000/svg") with a viewBox');
    return null;
  }
  // Only what the allow-list copies is published; anything it leaves out is an error, so the author knows.
  const clean = sanitiseSvg(doc, (el) => el.hasAttribute('data-label'));
  for (const r of clean.removed) findings.push(problems.unsafeFigure({ file, line: r.line }, id, r.detail));
  if (clean.removed.length) return null;
  const labels = new Map<string, FigureLabel>();
  const tags = new Map<string, string>();
  let ok = true;
  for (const el of Array.from(root.getElementsByTagName('*'))) {
    const line = el.lineNumber;
    const key = el.getAttribute('data-label');
    if (key === null) continue;
    const content = (el.textContent ?? '').replace(/\s+/g, ' ').trim().normalize('NFC');
    if (!LABEL_KEY.test(key)) bad(`data-label="${key}" must be lower-case letters, digits and dashes`, line);
    else if (labels.has(key)) bad(`data-label="${key}" is used twice`, line);
    else if (Array.from(el.childNodes).some((n) => n.nodeType === n.ELEMENT_NODE)) bad(`the label "${key}" must hold text only`, line);
    else if (!content) bad(`the label "${key}" is empty`, line);
    else {
      labels.set(key, { key, text: content, line: line ?? 1 });
      tags.set(key, el.localName ?? '');
      continue;
    }
    ok = false;
  }
  for (const [key, tag] of Object.entries(REQUIRED_LABELS)) {
    if (tags.get(key) !== tag) {
      bad(`it needs a <${tag} data-label="${key}">`);
      ok = false;
    }
  }
  return ok ? { id, file, svg: new XMLSerializer().serializeToString(clean.root), labels } : null;
}
