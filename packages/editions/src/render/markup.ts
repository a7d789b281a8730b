/**
 * The markup of a page's units — paragraphs, headings, lists, quotes, figures,
 * corrections — and of the parallel view built from them, written here as
 * strings rather than as Nunjucks macros: these are most of every page's
 * bytes, and a macro call per unit per page cost the build more than all the
 * rest of its templates. The layouts keep the chrome (head, masthead, footer)
 * and insert these with `| safe`; every text from a view is escaped here as
 * the templates' autoescape would escape it.
 */
import { fixedNamespaces } from '../config.ts';
import type { Model } from '../model/types.ts';
import type { Translator } from '../translator/i18n.ts';
import { directionAttribute } from './direction.ts';
import type { CorrectionView } from './editorial.ts';
import type { ParallelPageView, Row, SideText } from './parallel-page.ts';
import type { Alternate, Block, FigureView, PageView, QuoteView, TextView } from './pages.ts';
import { parallelLinks } from './parallel-page.ts';
import { bookUrl } from '../urls.ts';

const escapes: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '\\': '&#92;' };

/** Text made safe inside an element or a quoted attribute: the characters the templates' autoescape replaces, replaced alike. */
export function escapeHtml(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  return String(value).replace(/[&"'<>\\]/g, (c) => escapes[c]!);
}

/** What the markup needs of the build: chrome strings and text direction. */
export interface MarkupContext {
  /** A chrome string (`ui` namespace), escaped. */
  t(lng: string, key: string, values?: Record<string, string | number>): string;
  /** ` dir="rtl"` and the like (direction.ts): trusted. */
  dir(code: string): string;
}

export function markupContext(model: Model, tr: Translator): MarkupContext {
  return {
    t: (lng, key, values) => escapeHtml(tr.t(lng, fixedNamespaces.ui, key, values)),
    dir: (code) => directionAttribute(code, model),
  };
}

/** ` lang="ja"` with its direction, for text not in the page's language; nothing without a language. */
const langOf = (m: MarkupContext, lang: string | undefined) => (lang ? ` lang="${escapeHtml(lang)}"${m.dir(lang)}` : '');
const statusAttr = (status: string | undefined) => (status ? ` data-status="${escapeHtml(status)}"` : '');

/** The blocks of an edition's page (home or chapter), in the page's language `locale`; `alternates` give each heading its links to the same section elsewhere. */
export function blocksHtml(m: MarkupContext, page: { locale: string; alternates: readonly Alternate[] }, blocks: readonly Block[]): string {
  let out = '';
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        out += `\n<h${b.level} ${unitAttributes(m, b)}><span class="heading-text">${b.html}</span> ${sectionSwitch(m, page.alternates, b.id)}</h${b.level}>${notice(m, page.locale, b)}`;
        break;
      case 'paragraph':
        out += `\n<p ${unitAttributes(m, b)}>${b.html}${notice(m, page.locale, b)}</p>`;
        break;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        out += `\n<${tag}>${b.items.map((item) => `<li ${unitAttributes(m, item)}>${item.html}${notice(m, page.locale, item)}</li>`).join('')}</${tag}>`;
        break;
      }
      case 'quote':
        out += `\n${quoteHtml(m, page.locale, b.quote, true)}`;
        break;
      case 'figure':
        out += `\n${figureHtml(m, b.figure, `figure-${b.figure.id}`, blocksHtml(m, page, b.figure.caption))}`;
        break;
    }
  }
  return out;
}

function unitAttributes(m: MarkupContext, unit: TextView): string {
  return `id="${escapeHtml(unit.id)}"${langOf(m, unit.lang)}${statusAttr(unit.status)}`;
}

/** What a unit shown in fallback says of itself, in the page's language. */
function notice(m: MarkupContext, locale: string, unit: TextView): string {
  return unit.status ? `<span class="notice" data-pagefind-ignore lang="${escapeHtml(locale)}"${m.dir(locale)}>${m.t(locale, `status.${unit.status}`)}</span>` : '';
}

/** A heading's links to the same section in the other editions. */
function sectionSwitch(m: MarkupContext, alternates: readonly Alternate[], id: string): string {
  const links = alternates
    .filter((alt) => !alt.current)
    .map(
      (alt) =>
        `\n<a href="${escapeHtml(alt.url)}#${escapeHtml(id)}" hreflang="${escapeHtml(alt.locale)}" lang="${escapeHtml(alt.locale)}"${m.dir(alt.locale)}>${escapeHtml(alt.endonym)}<span class="vh"> — ${escapeHtml(alt.readSection)}</span></a>`,
    );
  return `<span class="section-switch" data-pagefind-ignore>${links.join('')}</span>`;
}

/**
 * A quote with its caption, in an edition whose language is `locale`.
 * `anchored = false`: the quote is shown twice on the page (the parallel view), so its row carries the id.
 */
export function quoteHtml(m: MarkupContext, locale: string, q: QuoteView, anchored: boolean): string {
  const lines = (list: readonly string[]) => list.map((line) => `<p>${line}</p>`).join('');
  const original = q.original ? `\n  <blockquote class="original" lang="${escapeHtml(q.original.lang)}"${m.dir(q.original.lang)}>${lines(q.original.lines)}</blockquote>` : '';
  // Search indexes the quote and its speaker (also a filter), not the caption's boilerplate.
  return (
    `<figure class="quote"${anchored ? ` id="quote-${escapeHtml(q.id)}"` : ''}>\n` +
    `  <blockquote data-quote="${escapeHtml(q.id)}" lang="${escapeHtml(q.lang)}"${m.dir(q.lang)}${statusAttr(q.status)}>${lines(q.lines)}</blockquote>${original}\n` +
    '  <figcaption>\n' +
    `    <span class="speaker" data-pagefind-filter="speaker:${escapeHtml(q.speakerId)}">${q.speaker}</span><span class="role" data-pagefind-ignore>${q.role}</span>\n` +
    `    <span class="source" data-pagefind-ignore>${m.t(locale, 'quote.source')}${m.t(locale, 'quote.sourceSeparator')}${q.source}</span>\n` +
    `    <span class="provenance" data-note="${escapeHtml(q.note)}" data-original="${escapeHtml(q.originalForm)}" data-pagefind-ignore>${escapeHtml(q.noteText)}</span>\n` +
    '  </figcaption>\n' +
    '</figure>'
  );
}

/** A figure: its title, the drawing (trusted SVG) and its caption's markup. */
function figureHtml(m: MarkupContext, f: FigureView, anchor: string, caption: string): string {
  return (
    `<figure class="figure" id="${escapeHtml(anchor)}" data-figure="${escapeHtml(f.id)}">\n` +
    `  <p class="figure-title" aria-hidden="true"${langOf(m, f.title.lang)}>${escapeHtml(f.title.text)}</p>\n` +
    `  ${f.svg}` +
    (f.caption.length ? `\n  <figcaption>${caption}</figcaption>` : '') +
    '\n</figure>'
  );
}

/** A dated correction note; `anchored = false` in the parallel view, which may show one note on both sides. */
export function correctionHtml(m: MarkupContext, locale: string, c: CorrectionView, anchored: boolean): string {
  const own = `lang="${escapeHtml(locale)}"${m.dir(locale)}`;
  return (
    `<p class="correction"${anchored ? ` id="correction-${escapeHtml(c.id)}"` : ''} data-correction="${escapeHtml(c.id)}"${langOf(m, c.lang)}${statusAttr(c.status)}>` +
    `<time datetime="${escapeHtml(c.date)}" ${own}>${escapeHtml(c.dateText)}</time>${m.t(locale, 'corrections.separator')}${c.html}` +
    (c.status ? `<span class="notice" ${own}>${m.t(locale, `status.${c.status}`)}</span>` : '') +
    '</p>'
  );
}

/** Credited names, joined in the edition's way. A name is a name in every edition: translate="no" (tools, and the pseudo-localization gate, leave it alone). */
export function namesHtml(m: MarkupContext, locale: string, list: readonly { name: string; url?: string }[]): string {
  return list
    .map((c) => (c.url ? `<a href="${escapeHtml(c.url)}" rel="author" translate="no">${escapeHtml(c.name)}</a>` : `<span translate="no">${escapeHtml(c.name)}</span>`))
    .join(m.t(locale, 'credits.separator'));
}

/**
 * The parallel view's `<main>`: two editions of a chapter, unit by unit. Each
 * row (.pair) holds the unit in both languages, each side an element with
 * data-unit and its own lang. Not indexed for search: no data-pagefind-body.
 */
export function parallelHtml(m: MarkupContext, pg: ParallelPageView): string {
  const lngs = [pg.locale, pg.other] as const;
  const both = <T>(pair: { first: T; second: T }, each: (lng: string, v: T) => string) => each(lngs[0], pair.first) + each(lngs[1], pair.second);
  const own = (lng: string) => `lang="${escapeHtml(lng)}"${m.dir(lng)}`;
  const standfirst = (lng: string, s: SideText) => `<p class="side" data-unit="description" ${own(lng)}${statusAttr(s.status)}>${escapeHtml(s.text)}</p>`;
  const chapters = pg.chapters.map((c) => `<a href="${escapeHtml(c.url)}" hreflang="${escapeHtml(c.locale)}" ${own(c.locale)} data-passage>${escapeHtml(c.label)}</a>`).join('');
  let corrections = '';
  if (pg.corrections.first.length || pg.corrections.second.length) {
    const slug = escapeHtml(pg.slug);
    corrections =
      `\n    <section class="corrections" aria-labelledby="corrections-${slug}">\n` +
      `      <h2 id="corrections-${slug}" class="pair">${lngs.map((lng) => `<span class="side" ${own(lng)}>${m.t(lng, 'corrections.title')}</span>`).join('')}</h2>\n` +
      `      <div class="pair">${both(pg.corrections, (lng, list) => `<div class="side" ${own(lng)}>${list.map((c) => correctionHtml(m, lng, c, false)).join('')}</div>`)}</div>\n` +
      '    </section>';
  }
  return (
    '<main id="story" class="parallel">\n  <article>\n    <header class="chapter-head">\n' +
    `      <p class="kicker">${escapeHtml(pg.heading)}</p>\n` +
    `      <h1 id="title" class="pair">${both(pg.title, (lng, v) => side(m, 'span', lng, v))}</h1>\n` +
    `      <div class="pair standfirst">${both(pg.standfirst, standfirst)}</div>\n` +
    `      <p class="parallel-chapters">${chapters}</p>\n` +
    '    </header>\n    ' +
    parallelRows(m, lngs, pg.rows) +
    corrections +
    '\n  </article>\n</main>'
  );
}

function parallelRows(m: MarkupContext, lngs: readonly [string, string], rows: readonly Row[]): string {
  let out = '';
  for (const r of rows) {
    if (r.type === 'figure') {
      out += `\n${figureHtml(m, r.figure, r.anchor, parallelRows(m, lngs, r.caption))}`;
      continue;
    }
    out += `\n<div class="pair" id="${escapeHtml(r.anchor)}">`;
    for (const [i, lng] of lngs.entries()) {
      if (r.type === 'text') out += side(m, r.tag, lng, i === 0 ? r.first : r.second);
      else if (r.type === 'item') out += listSide(m, r.ordered, r.number, lng, i === 0 ? r.first : r.second);
      else {
        const q = i === 0 ? r.first : r.second;
        out += `\n<div class="side" data-unit="${escapeHtml(q.id)}" lang="${escapeHtml(lng)}"${m.dir(lng)}${statusAttr(q.status)}>${quoteHtml(m, lng, q, false)}</div>`;
      }
    }
    out += '\n</div>';
  }
  return out;
}

/** A unit on one side: its text, or a notice where that edition lacks it. */
function side(m: MarkupContext, tag: string, lng: string, v: TextView): string {
  const open = `<${tag} class="side" data-unit="${escapeHtml(v.id)}" lang="${escapeHtml(lng)}"${m.dir(lng)}${statusAttr(v.status)}>`;
  const lacking = v.status === 'missing' || v.status === 'outdated';
  return `${open}${lacking ? `<span class="notice">${m.t(lng, `parallel.${v.status}`)}</span>` : v.html}</${tag}>`;
}

function listSide(m: MarkupContext, ordered: boolean, number: number, lng: string, v: TextView): string {
  const tag = ordered ? 'ol' : 'ul';
  const lacking = v.status === 'missing' || v.status === 'outdated';
  const open = `<${tag} class="side" data-unit="${escapeHtml(v.id)}" lang="${escapeHtml(lng)}"${m.dir(lng)}${ordered ? ` start="${number}"` : ''}${statusAttr(v.status)}>`;
  return `${open}${lacking ? `<li><span class="notice">${m.t(lng, `parallel.${v.status}`)}</span></li>` : `<li>${v.html}</li>`}</${tag}>`;
}

/**
 * An edition's story page (its home or a chapter): the `<main>` of it, with
 * its head, units, corrections, pager and contents. `indexed`: the page kind's
 * text goes to the search index (page-kinds.ts).
 */
export function storyPageHtml(m: MarkupContext, tr: Translator, pg: PageView, indexed: boolean): string {
  const e = escapeHtml;
  const lng = pg.locale;
  const slug = e(pg.slug || 'home');
  let head = '\n    <header class="chapter-head">\n      ';
  if (pg.chapterNumber) head += `<p class="kicker" data-pagefind-ignore>${m.t(lng, 'nav.chapterNumber', { number: pg.chapterNumber })}</p>`;
  const title = pg.title.lang ? `${langOf(m, pg.title.lang)} data-status="${e(pg.title.status)}"` : '';
  head += `\n      <h1 id="title"${title}>${pg.title.html}</h1>`;
  // Its own id: the search index's anchors then keep it apart from the title (see assets/search/results.js).
  const fallback = pg.descriptionFallback ? `${langOf(m, pg.descriptionFallback.lang)} data-status="${e(pg.descriptionFallback.status)}"` : '';
  head += `\n      <p class="standfirst" id="description"${fallback}>${e(pg.description)}</p>`;
  if (pg.kind === 'home') {
    // The story's front page says who tells it and when, as a newspaper's does; and offers the edition as a book (src/book/).
    const byline = pg.editorial.byline.length
      ? `<span class="byline">${m.t(lng, 'credits.byline')}<span class="credit-names">${namesHtml(m, lng, pg.editorial.byline)}</span></span>`
      : '';
    head += `\n      <p class="dateline" data-pagefind-ignore>${byline}<time datetime="${e(pg.published)}">${e(pg.publishedText)}</time></p>`;
    head += `\n      <p class="book-link" data-pagefind-ignore><a href="${e(bookUrl(lng))}" type="application/epub+zip" download>${m.t(lng, 'book.download')}</a></p>`;
  }
  const parallel = parallelLinks(pg, tr);
  if (parallel.length)
    head += `\n      <p class="parallel-links" data-pagefind-ignore>${parallel.map((p) => `<a href="${e(p.url)}" data-parallel="${e(p.locale)}" data-passage>${e(p.label)}</a>`).join('')}</p>`;
  head += '\n    </header>';
  // Only a page holding a marked passage says so; the edition-wide figure is on the status page.
  if (pg.fallbacks > 0 || pg.mark) {
    const mark = pg.mark ? `<a href="#${e(pg.mark.first)}">${e(pg.mark.label)}</a>` : '';
    const fallbacks =
      pg.fallbacks > 0 ? `<span>${m.t(lng, 'status.pageFallbacks', { count: pg.fallbacks, language: tr.t(lng, fixedNamespaces.ui, `language.${pg.sourceLanguage}`) })}</span>` : '';
    head += `\n    <p class="edition-notice" role="note" data-pagefind-ignore${pg.mark ? ` data-mark="${e(pg.mark.status)}"` : ''}>${mark}${fallbacks}</p>`;
  }
  let corrections = '';
  if (pg.editorial.corrections.length) {
    corrections = `\n<section class="corrections" aria-labelledby="corrections-${slug}" data-pagefind-ignore>\n  <h2 id="corrections-${slug}">${m.t(lng, 'corrections.title')}</h2>`;
    for (const c of pg.editorial.corrections) corrections += `\n  ${correctionHtml(m, lng, c, true)}`;
    corrections += '\n</section>';
  }
  const previous = pg.previous ? `<a rel="prev" href="${e(pg.previous.url)}"><span>${m.t(lng, 'nav.previous')}</span> ${e(pg.previous.title)}</a>` : '';
  const next = pg.next ? `<a rel="next" href="${e(pg.next.url)}"><span>${m.t(lng, pg.kind === 'home' ? 'nav.start' : 'nav.next')}</span> ${e(pg.next.title)}</a>` : '';
  // Numbered as the chapters are: the home and back matter carry no number.
  const contents = pg.contents
    .map(
      (c) =>
        `\n      <li${c.chapterNumber ? ` value="${c.chapterNumber}"` : ' class="unnumbered"'}><a href="${e(c.url)}"${c.current ? ' aria-current="page"' : ''}>${e(c.title)}</a></li>`,
    )
    .join('');
  return (
    `<main id="story" class="${e(pg.kind)}">\n  <article${indexed ? ' data-pagefind-body' : ''} data-pagefind-filter="chapter:${slug}">` +
    head +
    `\n    ${blocksHtml(m, pg, pg.blocks)}${corrections}\n` +
    `\n  </article>\n  <nav class="pager" aria-label="${m.t(lng, 'nav.chapters')}">\n    ${previous}\n    ${next}\n  </nav>` +
    `\n  <nav class="contents" aria-labelledby="contents-${slug}">\n    <h2 id="contents-${slug}">${m.t(lng, 'nav.contents')}</h2>\n    <ol>${contents}\n    </ol>\n  </nav>\n</main>`
  );
}
