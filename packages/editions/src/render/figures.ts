/**
 * Renders a figure's SVG for one edition: each `data-label` element gets the
 * edition's text (escaped by the serializer, never parsed as markup), the
 * drawing becomes an image named by its translated <title> and <desc>, its
 * labels are laid out clear of each other (label-layout.ts), and authoring
 * comments are dropped.
 */
import { DOMParser, XMLSerializer, type Element, type Node } from '@xmldom/xmldom';
import type { Figure } from '../model/types.ts';
import { layoutLabels } from './label-layout.ts';

export interface LabelText {
  text: string;
  /** Set when the text is not in the page's language (a draft fallback). */
  lang?: string;
}

/** `renderFigureSvg(figure, (key) => ({ text: "ウラジオストク" }))` → `<svg role="img" …>…</svg>` */
export function renderFigureSvg(figure: Figure, label: (key: string) => LabelText): string {
  const root = new DOMParser().parseFromString(figure.svg, 'image/svg+xml').documentElement!;
  dropComments(root);
  for (const el of Array.from(root.getElementsByTagName('*'))) {
    const key = el.getAttribute('data-label');
    if (key === null) continue;
    const { text, lang } = label(key);
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(el.ownerDocument!.createTextNode(text));
    if (lang) el.setAttribute('lang', lang);
    if (el.localName === 'title' || el.localName === 'desc') el.setAttribute('id', `${figure.id}-${key}`);
  }
  // The edition's words are in: move any that would now cover another or leave the drawing.
  layoutLabels(root);
  root.setAttribute('role', 'img');
  root.setAttribute('aria-labelledby', `${figure.id}-title`);
  root.setAttribute('aria-describedby', `${figure.id}-desc`);
  return new XMLSerializer().serializeToString(root);
}

function dropComments(node: Element | Node): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === child.COMMENT_NODE) node.removeChild(child);
    else dropComments(child);
  }
}
