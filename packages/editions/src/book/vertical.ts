/**
 * Vertical setting (縦書き) as Japanese publishers do it: numbers of one or
 * two digits stand upright in the line (縦中横, `text-combine-upright`), while
 * longer numbers and Latin words are set sideways (the CSS default,
 * `text-orientation: mixed`). Works on the parsed page, on text nodes only.
 */
import type { Element, Node } from '@xmldom/xmldom';

/** One or two ASCII digits that are not part of a longer number (10,000, 1.5, 3/4, 12:30). */
const SHORT_NUMBER = /(?<![0-9０-９.,:/])[0-9]{1,2}(?![0-9０-９.,:/])/g;

/** `uprightRuns("11月25日、10,000人")` → [[0, 2], [3, 5]]: the spans to set upright. */
export function uprightRuns(text: string): [number, number][] {
  return Array.from(text.matchAll(SHORT_NUMBER), (m) => [m.index, m.index + m[0].length] as [number, number]);
}

/** Wraps the short numbers of `root`'s text in `<span class="tcy">`, where the text is in `lang` (not in code, figures or other languages). */
export function markUpright(root: Element, lang: string): void {
  const walk = (node: Node, inLang: boolean): void => {
    if (node.nodeType === node.TEXT_NODE) {
      wrap(node, inLang);
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.localName === 'svg' || el.localName === 'code' || el.getAttribute('class') === 'tcy') return;
    const own = el.getAttribute('lang');
    const here = own ? own === lang : inLang;
    for (const child of Array.from(el.childNodes)) walk(child, here);
  };
  const wrap = (node: Node, inLang: boolean): void => {
    const text = node.nodeValue ?? '';
    const runs = inLang ? uprightRuns(text) : [];
    if (!runs.length) return;
    const doc = node.ownerDocument!;
    const parent = node.parentNode!;
    let at = 0;
    for (const [start, end] of runs) {
      if (start > at) parent.insertBefore(doc.createTextNode(text.slice(at, start)), node);
      const span = doc.createElementNS(root.namespaceURI, 'span');
      span.setAttribute('class', 'tcy');
      span.appendChild(doc.createTextNode(text.slice(start, end)));
      parent.insertBefore(span, node);
      at = end;
    }
    if (at < text.length) parent.insertBefore(doc.createTextNode(text.slice(at)), node);
    parent.removeChild(node);
  };
  walk(root, true);
}
