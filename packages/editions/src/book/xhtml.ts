/**
 * XHTML for the books, built as an XML tree and written by a real serialiser
 * (xmldom), never by pasting strings: text is escaped by the serialiser, the
 * pages' inline HTML is parsed and copied through an allow-list, and the
 * figures' SVG (already rebuilt by the sanitiser) is imported as nodes.
 */
import { DOMImplementation, DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';

export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
export const EPUB_NS = 'http://www.idpf.org/2007/ops';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The inline elements a unit's HTML may hold (markdown-it with raw HTML off writes only these). */
const INLINE = new Set(['em', 'strong', 'code', 'br', 'a']);

export type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | undefined>;

/** Resolves a link of the site to one in the book (another chapter's file), or null to keep its text only. */
export type LinkResolver = (href: string) => string | null;

export class XhtmlPage {
  readonly doc: Document;
  readonly body: Element;
  readonly head: Element;

  constructor(lang: string, title: string, css: string[], bodyAttrs: Attrs = {}) {
    this.doc = new DOMImplementation().createDocument(XHTML_NS, 'html', null);
    const html = this.doc.documentElement!;
    html.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:epub', EPUB_NS);
    setLang(html, lang);
    this.head = this.el(
      'head',
      {},
      this.el('meta', { charset: 'utf-8' }),
      this.el('title', {}, title),
      ...css.map((href) => this.el('link', { rel: 'stylesheet', type: 'text/css', href })),
    );
    this.body = this.el('body', bodyAttrs);
    html.appendChild(this.head);
    html.appendChild(this.body);
  }

  /** `el("p", { class: "x" }, "text")`: an element; `undefined` attributes and empty children are left out. */
  el(tag: string, attrs: Attrs = {}, ...children: Child[]): Element {
    const el = this.doc.createElementNS(XHTML_NS, tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined) continue;
      if (name === 'lang') setLang(el, value);
      else if (name.startsWith('epub:')) el.setAttributeNS(EPUB_NS, name, value);
      else el.setAttribute(name, value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      el.appendChild(typeof child === 'string' ? this.doc.createTextNode(child) : child);
    }
    return el;
  }

  /** An element holding a unit's rendered inline HTML, copied through the allow-list. */
  html(tag: string, attrs: Attrs, html: string, links: LinkResolver, ...after: Child[]): Element {
    const el = this.appendHtml(this.el(tag, attrs), html, links);
    for (const child of after) if (child) el.appendChild(typeof child === 'string' ? this.doc.createTextNode(child) : child);
    return el;
  }

  /** Appends rendered inline HTML to `el`; returns `el`. */
  appendHtml(el: Element, html: string, links: LinkResolver): Element {
    // Most units are plain text (no markup, nothing escaped): no parse needed.
    if (!/[<&]/.test(html)) {
      if (html) el.appendChild(this.doc.createTextNode(html));
      return el;
    }
    const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const body = parsed.getElementsByTagName('body')[0];
    if (body) for (const child of Array.from(body.childNodes)) this.copyInline(child, el, links);
    return el;
  }

  private copyInline(node: Node, into: Element, links: LinkResolver): void {
    if (node.nodeType === node.TEXT_NODE) {
      into.appendChild(this.doc.createTextNode(node.nodeValue ?? ''));
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const source = node as Element;
    const name = source.localName ?? '';
    let target = into;
    if (INLINE.has(name)) {
      const href = name === 'a' ? links(source.getAttribute('href') ?? '') : null;
      // A link the book cannot hold keeps its text, as a span.
      target = name === 'a' && !href ? this.el('span') : this.el(name, href ? { href } : {});
      into.appendChild(target);
    }
    for (const child of Array.from(source.childNodes)) this.copyInline(child, target, links);
  }

  /** A figure's SVG, parsed and imported: HTML-only attributes become their SVG forms. */
  svg(markup: string): Element {
    const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement!;
    for (const el of [svg, ...Array.from(svg.getElementsByTagNameNS(SVG_NS, '*'))]) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.startsWith('data-')) el.removeAttribute(attr.name);
        if (attr.name === 'lang') {
          el.removeAttribute('lang');
          el.setAttributeNS(XML_NS, 'xml:lang', attr.value);
        }
      }
    }
    return this.doc.importNode(svg, true) as Element;
  }

  /** The document, as the XML a reading system opens. */
  toString(): string {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${new XMLSerializer().serializeToString(this.doc)}\n`;
  }
}

/** Both `lang` and `xml:lang`, as EPUB reading systems read either (they must agree). */
function setLang(el: Element, lang: string): void {
  el.setAttribute('lang', lang);
  el.setAttributeNS(XML_NS, 'xml:lang', lang);
}
