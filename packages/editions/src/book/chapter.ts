/**
 * One page of the site (the home's standfirst, a chapter) as a book's XHTML
 * document, from the same view the site's templates lay out: the same text,
 * languages, statuses, quotes with their speakers and provenance notes,
 * figures and corrections, so the book never says what the page does not.
 */
import type { Block, PageView, QuoteView, TextView } from '../render/pages.ts';
import type { CorrectionView } from '../render/editorial.ts';
import { XhtmlPage, type LinkResolver } from './xhtml.ts';
import { markUpright } from './vertical.ts';
import type { Element } from '@xmldom/xmldom';

export interface ChapterContext {
  lng: string;
  /** A chrome string of the edition (ui.json): `ui("quote.source")`. */
  ui: (key: string, values?: Record<string, string | number>) => string;
  /** Set vertically: short numbers are marked upright (vertical.ts). */
  vertical: boolean;
  links: LinkResolver;
  /** The stylesheets, relative to the document. */
  css: string[];
}

export function chapterDocument(ctx: ChapterContext, pg: PageView): string {
  const page = new XhtmlPage(ctx.lng, pg.titleText, ctx.css, { 'epub:type': pg.kind === 'home' ? 'titlepage' : 'bodymatter chapter' });
  const el = page.el.bind(page);
  const header = el(
    'header',
    { class: 'chapter-head' },
    pg.kind === 'chapter' ? el('p', { class: 'kicker' }, ctx.ui('nav.chapterNumber', { number: pg.number })) : null,
    text(page, ctx, 'h1', pg.title, { id: 'title' }),
    el('p', { class: 'standfirst', id: 'description', lang: pg.descriptionFallback?.lang, 'data-status': pg.descriptionFallback?.status }, pg.description),
  );
  const section = el('section', { 'epub:type': 'chapter' }, header);
  if (pg.fallbacks > 0) {
    section.appendChild(
      el('p', { class: 'edition-notice', role: 'note' }, ctx.ui('status.pageFallbacks', { count: pg.fallbacks, language: ctx.ui(`language.${pg.sourceLanguage}`) })),
    );
  }
  for (const node of blocks(page, ctx, pg.blocks)) section.appendChild(node);
  const corrections = correctionsSection(page, ctx, pg.editorial.corrections);
  if (corrections) section.appendChild(corrections);
  page.body.appendChild(section);
  if (ctx.vertical) markUpright(page.body, ctx.lng);
  return page.toString();
}

/** A unit's element: its id, its language when it is a fallback, and the reader's notice. */
function text(page: XhtmlPage, ctx: ChapterContext, tag: string, view: TextView, attrs: Record<string, string> = {}): Element {
  const notice = view.status ? page.el('span', { class: 'notice', lang: ctx.lng }, ctx.ui(`status.${view.status}`)) : null;
  return page.html(tag, { id: view.id, ...attrs, lang: view.lang, 'data-status': view.status }, view.html, ctx.links, notice ? ' ' : null, notice);
}

function blocks(page: XhtmlPage, ctx: ChapterContext, list: Block[]): Element[] {
  const el = page.el.bind(page);
  return list.map((b) => {
    switch (b.type) {
      case 'heading':
        return text(page, ctx, `h${Math.min(Math.max(b.level, 2), 6)}`, b);
      case 'paragraph':
        return text(page, ctx, 'p', b);
      case 'list':
        return el(b.ordered ? 'ol' : 'ul', {}, ...b.items.map((item) => text(page, ctx, 'li', item)));
      case 'quote':
        return quote(page, ctx, b.quote);
      case 'figure':
        return el(
          'figure',
          { class: 'figure', id: `figure-${b.figure.id}` },
          el('p', { class: 'figure-title', lang: b.figure.title.lang }, b.figure.title.text),
          page.svg(b.figure.svg),
          b.figure.caption.length ? el('figcaption', {}, ...blocks(page, ctx, b.figure.caption)) : null,
        );
    }
  });
}

/** A quote as on the page: its words in their language, the original beside a translation, speaker, source and provenance. */
function quote(page: XhtmlPage, ctx: ChapterContext, q: QuoteView): Element {
  const el = page.el.bind(page);
  const lines = (lang: string, rows: string[], cls?: string) => el('blockquote', { class: cls, lang }, ...rows.map((line) => page.html('p', {}, line, ctx.links)));
  return el(
    'figure',
    { class: 'quote', id: `quote-${q.id}`, 'data-status': q.status },
    lines(q.lang, q.lines),
    q.original ? lines(q.original.lang, q.original.lines, 'original') : null,
    el(
      'figcaption',
      {},
      page.html('span', { class: 'speaker' }, q.speaker, ctx.links),
      page.html('span', { class: 'role' }, q.role, ctx.links),
      ' ',
      page.appendHtml(el('span', { class: 'source' }, ctx.ui('quote.source') + ctx.ui('quote.sourceSeparator')), q.source, ctx.links),
      ' ',
      el('span', { class: 'provenance' }, q.noteText),
    ),
  );
}

function correctionsSection(page: XhtmlPage, ctx: ChapterContext, corrections: CorrectionView[]): Element | null {
  if (!corrections.length) return null;
  const el = page.el.bind(page);
  return el(
    'section',
    { class: 'corrections', 'epub:type': 'errata' },
    el('h2', {}, ctx.ui('corrections.title')),
    ...corrections.map((c) => {
      // The note follows its date, as on the page: "2026年11月25日：…".
      const p = el(
        'p',
        { class: 'correction', id: `correction-${c.id}`, 'data-correction': c.id, lang: c.lang, 'data-status': c.status },
        el('time', { datetime: c.date, lang: ctx.lng }, c.dateText),
        ctx.ui('corrections.separator'),
      );
      page.appendHtml(p, c.html, ctx.links);
      if (c.status) p.appendChild(el('span', { class: 'notice', lang: ctx.lng }, ` ${ctx.ui(`status.${c.status}`)}`));
      return p;
    }),
  );
}
