/**
 * A figure's SVG, rebuilt from its parsed tree through an allow-list: only
 * the SVG elements and attributes below (case-sensitive, in the SVG
 * namespace) are copied into a fresh document, which is what pages carry.
 * The input text itself never reaches a page. Whatever is left out (an
 * element, an attribute, a DOCTYPE, a processing instruction, text outside
 * a label) is reported with its line, so the author knows the drawing was
 * not published as drawn.
 *
 * Why these rules: a page embeds the SVG inline, where the HTML parser reads
 * it. An element HTML does not know as SVG (`<img>`, `<p>`, `<SCRIPT>`)
 * would leave the drawing and act on the page; `foreignObject`, `<a>`,
 * event handlers, `style`, and external `href`s or `url(…)`s would run
 * script, load from another origin or navigate readers away.
 */
import { DOMImplementation, type Document, type Element } from '@xmldom/xmldom';
import { forbiddenXmlChar } from '../xml/chars.ts';
import { cssValueProblem } from './svg-values.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Drawing elements: shapes, text, grouping, reuse within the figure, paint servers, markers. */
const ELEMENTS: ReadonlySet<string> = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'marker',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
]);

/** Geometry, presentation attributes and the figure's own markers. No `style`, no event handler, no `data-*` but the label. */
const ATTRIBUTES: ReadonlySet<string> = new Set([
  'id',
  'class',
  'data-label',
  'viewBox',
  'preserveAspectRatio',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'd',
  'points',
  'pathLength',
  'transform',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'opacity',
  'clip-path',
  'clip-rule',
  'mask',
  'vector-effect',
  'paint-order',
  'visibility',
  'display',
  'color',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'word-spacing',
  'writing-mode',
  'marker-start',
  'marker-mid',
  'marker-end',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'refX',
  'refY',
  'orient',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'href',
  'aria-hidden',
  'focusable',
  'version',
]);

/** `#id` inside the figure: the only target a link may have. */
const FRAGMENT = /^#([A-Za-z_][\w.-]*)$/;
/** Attributes that are names, not CSS values: every other value is read as CSS (./svg-values.ts). */
const NAMES: ReadonlySet<string> = new Set(['id', 'data-label', 'href']);

export interface Removed {
  detail: string;
  line?: number;
}

export interface Sanitised {
  /** The figure's root in a fresh document holding only what the allow-list keeps. */
  root: Element;
  removed: Removed[];
}

/**
 * `doc` (parsed with xmldom) → a clean copy of its `<svg>` and every part left
 * out. `isLabel(el)` tells which elements hold translatable text (text inside
 * them is kept; elsewhere only digits and punctuation, such as step numbers).
 */
export function sanitiseSvg(doc: Document, isLabel: (el: Element) => boolean): Sanitised {
  const removed: Removed[] = [];
  const out = new DOMImplementation().createDocument(SVG_NS, 'svg', null);
  const root = out.documentElement!;
  const source = doc.documentElement!;
  for (const node of Array.from(doc.childNodes)) {
    const line = (node as Element).lineNumber;
    if (node.nodeType === node.DOCUMENT_TYPE_NODE) removed.push({ detail: 'a DOCTYPE (no DTD or entities are read)', line });
    else if (node.nodeType === node.PROCESSING_INSTRUCTION_NODE && !(node.nodeName === 'xml' && node === doc.firstChild)) {
      removed.push({ detail: `the processing instruction <?${node.nodeName}?>`, line });
    }
  }
  const ids = new Set(
    Array.from(source.getElementsByTagName('*'))
      .map((el) => el.getAttribute('id'))
      .filter((id): id is string => !!id),
  );
  copyAttributes(source, root, ids, removed);
  copyChildren(source, root, out, ids, isLabel, false, removed);
  return { root, removed };
}

function describe(el: Element): string {
  return `<${el.nodeName}>`;
}

function copyChildren(from: Element, to: Element, out: Document, ids: Set<string>, isLabel: (el: Element) => boolean, inLabel: boolean, removed: Removed[]): void {
  for (const node of Array.from(from.childNodes)) {
    const line = (node as Element).lineNumber ?? (from as Element).lineNumber;
    switch (node.nodeType) {
      case node.ELEMENT_NODE: {
        const el = node as Element;
        if (el.namespaceURI !== SVG_NS) {
          removed.push({ detail: `the element ${describe(el)}, which is not in the SVG namespace`, line });
          break;
        }
        if (!ELEMENTS.has(el.localName!)) {
          removed.push({ detail: `the element ${describe(el)}, which is not an SVG element a figure may use`, line });
          break;
        }
        const copy = out.createElementNS(SVG_NS, el.localName!);
        copyAttributes(el, copy, ids, removed);
        copyChildren(el, copy, out, ids, isLabel, inLabel || isLabel(el), removed);
        to.appendChild(copy);
        break;
      }
      case node.TEXT_NODE:
      case node.CDATA_SECTION_NODE: {
        const text = node.nodeValue ?? '';
        const bad = forbiddenXmlChar(text);
        if (bad !== null) removed.push({ detail: `the character U+${bad.toString(16).toUpperCase().padStart(4, '0')}, which XML forbids`, line });
        else if (!inLabel && node.nodeType === node.CDATA_SECTION_NODE && text.trim()) removed.push({ detail: 'a CDATA section outside an element marked data-label', line });
        else if (!inLabel && !/^[\s\p{N}.,:;+\-–—%°/()]*$/u.test(text)) {
          removed.push({ detail: `the text "${text.trim().slice(0, 40)}", which is not in an element marked data-label, so no edition could translate it`, line });
        } else to.appendChild(out.createTextNode(text));
        break;
      }
      case node.COMMENT_NODE:
        // Authoring notes: not published, not a fault.
        break;
      case node.PROCESSING_INSTRUCTION_NODE:
        removed.push({ detail: `the processing instruction <?${node.nodeName}?>`, line });
        break;
      default:
        removed.push({ detail: `a node of type ${node.nodeType} (${node.nodeName})`, line });
    }
  }
}

function copyAttributes(from: Element, to: Element, ids: Set<string>, removed: Removed[]): void {
  const line = from.lineNumber;
  for (const attr of Array.from(from.attributes)) {
    if (attr.namespaceURI === XMLNS_NS || attr.name === 'xmlns') continue; // namespace declarations: the serializer writes its own
    const name = attr.namespaceURI === XLINK_NS && attr.localName === 'href' ? 'href' : attr.namespaceURI ? null : attr.name;
    const value = attr.value;
    const what = `the attribute ${attr.name}="${value.slice(0, 40)}" on ${describe(from)}`;
    if (name === null || !ATTRIBUTES.has(name)) {
      const why = /^on/i.test(attr.name) ? ' (an event handler)' : attr.name.toLowerCase() === 'style' ? ' (style it with a class in site.css)' : '';
      removed.push({ detail: `${what}${why}`, line });
      continue;
    }
    const bad = forbiddenXmlChar(value);
    if (bad !== null) {
      removed.push({ detail: `${what}, which holds U+${bad.toString(16).toUpperCase().padStart(4, '0')}`, line });
      continue;
    }
    if (name === 'href') {
      const target = FRAGMENT.exec(value.trim())?.[1];
      if (!target || !ids.has(target)) {
        removed.push({ detail: `${what}: a link may only point to an id inside the figure ("#…")`, line });
        continue;
      }
    }
    const problem = NAMES.has(name) ? null : cssValueProblem(value, ids);
    if (problem !== null) {
      removed.push({ detail: `${what}: ${problem}`, line });
      continue;
    }
    to.setAttribute(name, value);
  }
}
