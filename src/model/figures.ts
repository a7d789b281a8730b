/**
 * Loads content/figures/<id>.svg: drawings whose words are translation units.
 * Every text an edition must translate sits in an element marked
 * `data-label="<key>"` (the source-language text is the element's content);
 * `<title data-label="title">` and `<desc data-label="desc">` are the figure's
 * accessible name and description. The artwork is checked here, once, so a
 * page never carries script or inline style (the pages' CSP forbids both).
 */
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';
import { paths } from '../config.ts';
import { listFolder, readProjectText } from '../files/safe-files.ts';
import { problems, type Finding } from '../errors.ts';
import type { Figure, FigureLabel } from './types.ts';

const LABEL_KEY = /^[a-z0-9][a-z0-9-]*$/;
/** Labels every figure must have: its accessible name and description. */
export const REQUIRED_LABELS = { title: 'title', desc: 'desc' } as const;

export async function loadFigures(root: string, findings: Finding[]): Promise<Map<string, Figure>> {
  const out = new Map<string, Figure>();
  for (const name of listFolder(root, paths.figures, findings).filter((n) => n.endsWith('.svg')).sort()) {
    const file = `${paths.figures}/${name}`;
    const text = readProjectText(root, file, findings);
    const figure = text === null ? null : parseFigure(name.slice(0, -4), file, text, findings);
    if (figure) out.set(figure.id, figure);
  }
  return out;
}

/** One SVG file → its figure; `null` (with findings) when it cannot be used. */
export function parseFigure(id: string, file: string, text: string, findings: Finding[]): Figure | null {
  const bad = (detail: string, line?: number) => findings.push(problems.badFigure({ file, line }, id, detail));
  const svg = text.replace(/^\uFEFF/, '');
  let root: Element;
  try {
    root = new DOMParser({ onError: onErrorStopParsing }).parseFromString(svg, 'image/svg+xml').documentElement!;
  } catch (e) {
    const err = e as Error & { locator?: { lineNumber?: number } };
    bad(`it is not well-formed SVG (${err.message})`, err.locator?.lineNumber);
    return null;
  }
  if (root.localName !== 'svg' || !root.getAttribute('viewBox')) {
    bad('the file must be one <svg> element with a viewBox');
    return null;
  }
  const labels = new Map<string, FigureLabel>();
  const tags = new Map<string, string>();
  let ok = true;
  for (const el of Array.from(root.getElementsByTagName('*'))) {
    const line = el.lineNumber;
    if (el.localName === 'script' || el.localName === 'style' || el.localName === 'foreignObject') {
      bad(`<${el.localName}> is not allowed`, line);
      ok = false;
    }
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === 'style' || attr.name.startsWith('on')) {
        bad(`the attribute ${attr.name}="…" is not allowed; style with a class in site.css`, line);
        ok = false;
      }
    }
    const key = el.getAttribute('data-label');
    if (key === null) {
      // Words outside a label could not be translated; figures (step numbers) may stay.
      const words = Array.from(el.childNodes).filter((n) => n.nodeType === n.TEXT_NODE && /\p{L}/u.test(n.nodeValue ?? ''));
      if (words.length) {
        bad(`the text "${words[0]!.nodeValue!.trim()}" is not in an element marked data-label, so no edition could translate it`, line);
        ok = false;
      }
      continue;
    }
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
  return ok ? { id, file, svg, labels } : null;
}
