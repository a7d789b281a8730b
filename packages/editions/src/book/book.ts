/**
 * An edition as an EPUB 3 book, from the pages the build already made: the
 * home's standfirst, every chapter in reading order, a navigation document
 * and a colophon with the credits and what the edition translates. A draft
 * edition's book is built like its pages: a fallback is shown in the source
 * language, marked `xml:lang` and with the reader's notice.
 */
import { readFileSync } from '../files/own-files.ts';
import path from 'node:path';
import { engineDir, fixedNamespaces, paths, type Edition } from '../config.ts';
import type { PageView } from '../render/pages.ts';
import type { Translator } from '../translator/i18n.ts';
import { pageUrl } from '../urls.ts';
import { chapterDocument, type ChapterContext } from './chapter.ts';
import { zipBook, type BookFile, type BookMetadata } from './package.ts';
import { XhtmlPage, type LinkResolver } from './xhtml.ts';
import { markUpright } from './vertical.ts';

const XHTML_TYPE = 'application/xhtml+xml';

/** The book's styles, read once: the shared one, and the vertical one for editions set vertically. */
const styles = new Map<string, string>();
function style(name: string): string {
  let css = styles.get(name);
  if (css === undefined) {
    css = readFileSync(path.join(engineDir, paths.templates, 'book', name), 'utf8');
    styles.set(name, css);
  }
  return css;
}

/** `chapterFile(home)` → "text/home.xhtml"; a chapter → "text/<slug>.xhtml". */
function chapterFile(pg: PageView): string {
  return `text/${pg.kind === 'home' ? 'home' : pg.slug}.xhtml`;
}

/** The ids a page's document holds, so a link into it keeps its fragment only when it leads somewhere. */
function idsOf(pg: PageView): Set<string> {
  const ids = new Set(['title', 'description']);
  const walk = (blocks: PageView['blocks']) => {
    for (const b of blocks) {
      if (b.type === 'heading' || b.type === 'paragraph') ids.add(b.id);
      else if (b.type === 'list') b.items.forEach((i) => ids.add(i.id));
      else if (b.type === 'quote') ids.add(`quote-${b.quote.id}`);
      else {
        ids.add(`figure-${b.figure.id}`);
        walk(b.figure.caption);
      }
    }
  };
  walk(pg.blocks);
  pg.editorial.corrections.forEach((c) => ids.add(`correction-${c.id}`));
  return ids;
}

/**
 * Links of the text, for the book: a link to a page of this edition goes to
 * its document; any other page of the site becomes absolute; http(s) and
 * mailto stay; anything else keeps only its text.
 * `resolve("/ja/the-route/#kursk")` → "the-route.xhtml#kursk"
 */
function linkResolver(pages: PageView[], origin: string): LinkResolver {
  const byUrl = new Map(pages.map((p) => [p.url, { file: chapterFile(p).slice('text/'.length), ids: idsOf(p) }]));
  return (href) => {
    if (/^(https?:|mailto:)/i.test(href)) return href;
    if (href.startsWith('#')) return null;
    if (!href.startsWith('/') || href.startsWith('//')) return null;
    const [url = '', fragment] = href.split('#', 2);
    const target = byUrl.get(url);
    if (!target) return origin + href;
    return fragment && target.ids.has(fragment) ? `${target.file}#${fragment}` : target.file;
  };
}

export interface BookInput {
  edition: Edition;
  /** The edition's story pages, home first, in reading order. */
  pages: PageView[];
  tr: Translator;
  sourceLanguage: string;
  /** The site's absolute origin: the book's identifier and its links back. */
  origin: string;
}

/** The book's files (documents and styles), in manifest order. */
export function bookFiles({ edition, pages, tr, origin }: BookInput): BookFile[] {
  const lng = edition.code;
  const vertical = edition.book === 'vertical';
  const ui = (key: string, values?: Record<string, string | number>) => tr.t(lng, fixedNamespaces.ui, key, values);
  const css = vertical ? ['book.css', 'vertical.css'] : ['book.css'];
  const ctx: ChapterContext = { lng, vertical, ui, links: linkResolver(pages, origin), css: css.map((c) => `../${c}`) };
  const home = pages[0]!;
  const documents: BookFile[] = pages.map((pg) => ({
    href: chapterFile(pg),
    mediaType: XHTML_TYPE,
    body: chapterDocument(ctx, pg),
    spine: true,
    ...(pg.blocks.some((b) => b.type === 'figure') ? { properties: 'svg' } : {}),
  }));
  const colophon: BookFile = { href: 'text/colophon.xhtml', mediaType: XHTML_TYPE, body: colophonDocument(ctx, home, origin), spine: true };
  return [
    { href: 'nav.xhtml', mediaType: XHTML_TYPE, body: navDocument(ctx, pages), properties: 'nav', spine: false },
    ...css.map((name): BookFile => ({ href: name, mediaType: 'text/css', body: style(name) })),
    ...documents,
    colophon,
  ];
}

export function bookMetadata({ edition, pages, tr, sourceLanguage, origin }: BookInput): BookMetadata {
  const lng = edition.code;
  const home = pages[0]!;
  const modified = pages.reduce((latest, p) => (p.editorial.modified > latest ? p.editorial.modified : latest), home.published);
  return {
    identifier: origin + encodeURI(pageUrl(lng, '')),
    title: home.titleText,
    language: lng,
    description: home.description,
    publisher: tr.t(lng, fixedNamespaces.ui, 'site.name'),
    published: home.published,
    modified,
    creators: home.editorial.byline.map((c) => c.name),
    translators: home.editorial.translators.map((c) => c.name),
    ...(lng === sourceLanguage ? {} : { source: origin + encodeURI(pageUrl(sourceLanguage, '')) }),
    direction: edition.book === 'vertical' ? 'rtl' : 'ltr',
  };
}

/** The edition's .epub, deterministic for a given model. */
export function buildBook(input: BookInput): Uint8Array {
  return zipBook(bookMetadata(input), bookFiles(input));
}

function navDocument(ctx: ChapterContext, pages: PageView[]): string {
  const page = new XhtmlPage(ctx.lng, ctx.ui('nav.contents'), ['book.css', ...(ctx.vertical ? ['vertical.css'] : [])]);
  const el = page.el.bind(page);
  const item = (href: string, title: string) => el('li', {}, el('a', { href }, title));
  page.body.appendChild(
    el(
      'nav',
      { 'epub:type': 'toc', id: 'toc' },
      el('h1', {}, ctx.ui('nav.contents')),
      el('ol', {}, ...pages.map((p) => item(chapterFile(p), p.titleText)), item('text/colophon.xhtml', ctx.ui('site.edition'))),
    ),
  );
  if (ctx.vertical) markUpright(page.body, ctx.lng);
  return page.toString();
}

/** The back of the book: who wrote and translated it, when, and where it is published. */
function colophonDocument(ctx: ChapterContext, home: PageView, origin: string): string {
  const page = new XhtmlPage(ctx.lng, ctx.ui('site.edition'), ctx.css, { 'epub:type': 'backmatter' });
  const el = page.el.bind(page);
  const names = (list: { name: string }[]) => list.map((c) => c.name).join(ctx.ui('credits.separator'));
  const home_ = origin + encodeURI(home.url);
  page.body.appendChild(
    el(
      'section',
      { class: 'colophon', 'epub:type': 'colophon' },
      el('h1', {}, home.storyTitle),
      el('p', {}, ctx.ui('site.edition')),
      el(
        'dl',
        {},
        ...(home.editorial.byline.length ? [el('dt', {}, ctx.ui('credits.byline')), el('dd', {}, names(home.editorial.byline))] : []),
        ...(home.editorial.translators.length ? [el('dt', {}, ctx.ui('credits.translators')), el('dd', {}, names(home.editorial.translators))] : []),
      ),
      el('p', {}, el('time', { datetime: home.published }, ctx.ui('corrections.date', { date: Date.parse(`${home.published}T00:00:00Z`) }))),
      el('p', {}, el('a', { href: home_ }, home_)),
      el('p', {}, ctx.ui('site.credit')),
    ),
  );
  if (ctx.vertical) markUpright(page.body, ctx.lng);
  return page.toString();
}
