/**
 * The parallel (bilingual) view of a chapter: two editions side by side,
 * aligned by unit id, for every chapter and every ordered pair of editions.
 * Built from the two editions' page views, so each side shows exactly what
 * that edition's chapter shows; a passage that edition lacks (draft) is
 * shown as missing on its side, never filled from the other.
 */
import { fixedNamespaces, type Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import { languageName } from '../translator/language-name.ts';
import type { Alternate, Block, FigureView, PageView, QuoteView, TextView } from './pages.ts';
import { pageUrl, parallelUrl } from '../urls.ts';
import type { CorrectionView } from './editorial.ts';

/** One unit in both editions; `anchor` is its id on the single-edition chapter page too, so links carry over. */
interface PairOf<T> {
  anchor: string;
  first: T;
  second: T;
}

export type Row =
  | ({ type: 'text'; tag: 'p' | `h${number}` } & PairOf<TextView>)
  | ({ type: 'item'; ordered: boolean; number: number } & PairOf<TextView>)
  | ({ type: 'quote' } & PairOf<QuoteView>)
  /** A figure once, labelled in the first edition; its caption's units in pairs. */
  | { type: 'figure'; anchor: string; figure: FigureView; caption: Row[] };

/** Text shown for a unit on one side: the edition's text, or what it lacks. */
export interface SideText {
  id: string;
  text: string;
  status?: 'missing';
}

export interface ParallelPageView {
  kind: 'parallel';
  /** The first edition: the page's language, its chrome and its URL prefix. */
  locale: string;
  /** The edition beside it. */
  other: string;
  url: string;
  slug: string;
  /** The first edition's chapter: the canonical page. */
  canonical: string;
  titleText: string;
  storyTitle: string;
  description: string;
  /** "Japanese and English side by side", in the first edition's language. */
  heading: string;
  title: { first: TextView; second: TextView };
  standfirst: { first: SideText; second: SideText };
  rows: Row[];
  /** The masthead: the same pair with each edition first. */
  alternates: Alternate[];
  /** Each edition's corrections of the chapter, in its own words. */
  corrections: { first: CorrectionView[]; second: CorrectionView[] };
  /** Each edition's chapter on its own, labelled in its own language. */
  chapters: { locale: string; url: string; label: string }[];
  feedUrl: string;
}

/** Every chapter's parallel view, for every ordered pair of editions; with `firstLocale`, only the pairs that edition leads. */
export function buildParallelPages(pages: readonly PageView[], tr: Translator, locales: readonly Edition[], firstLocale?: string): ParallelPageView[] {
  const byKey = new Map(pages.map((p) => [`${p.locale}/${p.slug}`, p]));
  const out: ParallelPageView[] = [];
  for (const first of pages) {
    if (first.kind !== 'chapter' || (firstLocale !== undefined && first.locale !== firstLocale)) continue;
    for (const l of locales) {
      const second = byKey.get(`${l.code}/${first.slug}`);
      if (second && second !== first) out.push(parallelPage(first, second, tr, locales));
    }
  }
  return out;
}

/**
 * Watch mode: of `all`, the views whose either side is among the pages an
 * edit changed; every view when `changed` is undefined (a full build).
 */
export function parallelPagesToWrite(all: ParallelPageView[], changed: readonly PageView[] | undefined): ParallelPageView[] {
  if (!changed) return all;
  const touched = new Set(changed.map((p) => `${p.locale}/${p.slug}`));
  return all.filter((v) => touched.has(`${v.locale}/${v.slug}`) || touched.has(`${v.other}/${v.slug}`));
}

export function parallelPage(first: PageView, second: PageView, tr: Translator, locales: readonly Edition[]): ParallelPageView {
  const ui = (lng: string, key: string, values?: Record<string, string>) => tr.t(lng, fixedNamespaces.ui, key, values);
  const nameOf = (code: string) => languageName(tr, first.locale, code);
  const standfirst = (p: PageView): SideText =>
    tr.has(p.locale, p.slug, 'description') ? { id: 'description', text: p.description } : { id: 'description', text: ui(p.locale, 'status.missing'), status: 'missing' };
  return {
    kind: 'parallel',
    locale: first.locale,
    other: second.locale,
    url: parallelUrl(first.locale, first.slug, second.locale),
    slug: first.slug,
    canonical: first.url,
    titleText: first.titleText,
    storyTitle: first.storyTitle,
    description: first.description,
    heading: ui(first.locale, 'parallel.heading', { first: nameOf(first.locale), second: nameOf(second.locale) }),
    title: { first: first.title, second: second.title },
    standfirst: { first: standfirst(first), second: standfirst(second) },
    rows: alignRows(first.blocks, unitsById(second.blocks)),
    alternates: first.alternates.map((alt) => ({ ...alt, url: parallelAlternate(alt.locale, first.locale, second.locale, first.slug) })),
    corrections: { first: first.editorial.corrections, second: second.editorial.corrections },
    chapters: [first, second].map((p) => ({ locale: p.locale, url: pageUrl(p.locale, p.slug), label: ui(p.locale, 'parallel.only') })),
    feedUrl: first.feedUrl,
  };
}

/**
 * Where an edition's link in the masthead of the `first`|`second` view leads:
 * that edition first, beside `second` (or beside `first` when it is `second`).
 * `parallelAlternate("en", "ja", "en", "x")` → "/en/x/parallel/ja/"
 */
export function parallelAlternate(lng: string, first: string, second: string, slug: string): string {
  if (lng === first) return parallelUrl(first, slug, second);
  return parallelUrl(lng, slug, lng === second ? first : second);
}

type UnitView = TextView | QuoteView | FigureView;

/** Every unit of an edition's page by id: paragraphs, headings, list items, quotes, figures and their captions. */
function unitsById(blocks: readonly Block[], into = new Map<string, UnitView>()): Map<string, UnitView> {
  for (const b of blocks) {
    if (b.type === 'list') for (const item of b.items) into.set(item.id, item);
    else if (b.type === 'quote') into.set(b.quote.id, b.quote);
    else if (b.type === 'figure') {
      into.set(b.figure.id, b.figure);
      unitsById(b.figure.caption, into);
    } else into.set(b.id, b);
  }
  return into;
}

/** The first edition's blocks, each unit paired with the unit of the same id in the second. */
function alignRows(blocks: readonly Block[], second: Map<string, UnitView>): Row[] {
  const other = <T extends UnitView>(id: string): T => {
    const found = second.get(id);
    // Both pages are built from the same chapter's units, so this is a bug, not bad input.
    if (!found) throw new Error(`Editions: unit "${id}" is on one edition's page and not the other's.`);
    return found as T;
  };
  return blocks.flatMap((b): Row[] => {
    switch (b.type) {
      case 'heading':
        return [{ type: 'text', tag: `h${b.level}`, anchor: b.id, first: b, second: other<TextView>(b.id) }];
      case 'paragraph':
        return [{ type: 'text', tag: 'p', anchor: b.id, first: b, second: other<TextView>(b.id) }];
      case 'list':
        return b.items.map((item, i) => ({ type: 'item', ordered: b.ordered, number: i + 1, anchor: item.id, first: item, second: other<TextView>(item.id) }));
      case 'quote':
        return [{ type: 'quote', anchor: `quote-${b.quote.id}`, first: b.quote, second: other<QuoteView>(b.quote.id) }];
      case 'figure':
        return [{ type: 'figure', anchor: `figure-${b.figure.id}`, figure: b.figure, caption: alignRows(b.figure.caption, second) }];
    }
  });
}

/** A chapter's links to its parallel views, one per other edition: "Read side by side with Japanese", in the chapter's language. */
export function parallelLinks(page: Pick<PageView, 'locale' | 'slug' | 'kind' | 'alternates'>, tr: Translator): { locale: string; url: string; label: string }[] {
  if (page.kind !== 'chapter') return [];
  const ui = (key: string, values?: Record<string, string>) => tr.t(page.locale, fixedNamespaces.ui, key, values);
  return page.alternates
    .filter((a) => !a.current)
    .map((a) => ({
      locale: a.locale,
      url: parallelUrl(page.locale, page.slug, a.locale),
      label: ui('parallel.readWith', { language: languageName(tr, page.locale, a.locale) }),
    }));
}
