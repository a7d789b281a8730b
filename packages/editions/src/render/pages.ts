/**
 * Builds the view of every page of every edition from the model: which text
 * each unit shows, in which language, with which status. Templates only lay
 * these views out; all decisions are made here, once.
 */
import { fixedNamespaces, type Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import { plainInline, renderInline, renderLines } from '../markdown/inline.ts';
import { allPages } from '../model/load.ts';
import { presentQuote, type QuoteNote } from '../model/quotes.ts';
import { originalForm, type OriginalForm } from '../model/provenance.ts';
import { quoteNoteText } from './provenance-note.ts';
import { languageName } from '../translator/language-name.ts';
import { directionAttribute } from './direction.ts';
import type { Chapter, Model, Quote, Unit } from '../model/types.ts';
import { lockKey } from '../locales/lock.ts';
import { statusItems, type StatusItem, type StatusOf, type UnitState } from '../status/units.ts';
import { renderFigureSvg, type LabelText } from './figures.ts';
import { feedUrl, pageUrl, storySlug } from '../urls.ts';
import { editorialView, formatDate, type EditorialView } from './editorial.ts';
import { settleIndexing } from './indexing.ts';

export interface TextView {
  id: string;
  html: string;
  /** Set when the text is not in the page's language (a fallback). */
  lang?: string;
  /** missing/outdated: shown in the source language (draft); revised: an outdated translation (strict). */
  status?: 'missing' | 'outdated' | 'revised';
}

export interface QuoteView {
  id: string;
  lang: string;
  lines: string[];
  /** The original wording, shown beside a translation when it was published. */
  original?: { lang: string; lines: string[] };
  /** The speaker's id (content/quotes.yml people), a search filter value. */
  speakerId: string;
  /** Caption parts, as HTML. */
  speaker: string;
  role: string;
  source: string;
  note: QuoteNote;
  /** How the sources published the original wording (src/model/provenance.ts). */
  originalForm: OriginalForm;
  noteText: string;
  status?: 'missing';
}

export interface FigureView {
  id: string;
  /** The drawing, labelled in the page's language: trusted SVG markup. */
  svg: string;
  /** Its title, shown above it (screen readers get it as the drawing's name). */
  title: LabelText;
  /** The caption's paragraphs and lists, units like any other. */
  caption: Block[];
}

export type Block =
  | ({ type: 'heading'; level: number } & TextView)
  | ({ type: 'paragraph' } & TextView)
  | { type: 'list'; list: number; ordered: boolean; items: TextView[] }
  | { type: 'quote'; quote: QuoteView }
  | { type: 'figure'; figure: FigureView };

export interface Link {
  url: string;
  title: string;
}

/**
 * What a chapter's page says at its head of its own translation state: it
 * holds a passage not yet translated, or one whose source changed since. Only
 * that page says it (the edition-wide figure is on the status page), so an
 * edit re-renders the pages it touches and no others.
 */
export interface ChapterMark {
  status: 'missing' | 'outdated';
  /** "要更新", from the status page's own column names (statusPage.*). */
  label: string;
  /** The anchor of the first marked passage on the chapter's page. */
  first: string;
}

export interface Alternate {
  locale: string;
  url: string;
  endonym: string;
  /** "日本語で読む", in the target language. */
  readIn: string;
  /** "この節を日本語で読む", in the target language. */
  readSection: string;
  current: boolean;
}

export interface PageView {
  locale: string;
  url: string;
  slug: string;
  kind: 'home' | 'chapter';
  /** Index in reading order: 0 for the story's home, then 1, 2, … */
  number: number;
  /** The number readers see ("Chapter 3"): 0 for the home and for back matter. */
  chapterNumber: number;
  title: TextView;
  /** Plain text, for <title> and meta tags. */
  titleText: string;
  storyTitle: string;
  description: string;
  /** Set when the standfirst is shown in another language (a draft's fallback). */
  descriptionFallback?: { lang: string; status: string };
  blocks: Block[];
  alternates: Alternate[];
  /** The `x-default` alternate: the root chooser for the home, the source edition for a chapter. */
  xDefault: string;
  /** The edition's Atom feed. */
  feedUrl: string;
  /** ISO date the story was published. */
  published: string;
  /** The same day as the edition writes it ("2026年11月23日"). */
  publishedText: string;
  contents: (Link & { current: boolean; number: number; chapterNumber: number })[];
  /** This page's own mark, if any of its passages is missing or outdated. */
  mark?: ChapterMark;
  previous: Link | null;
  next: Link | null;
  /** How many units and quotes on the page fall back to the source (draft mode). */
  fallbacks: number;
  /** The source language, for notices about fallbacks. */
  sourceLanguage: string;
  // The editorial record and indexing (issue #16): src/render/editorial.ts, src/render/indexing.ts.
  editorial: EditorialView;
  /** True while the page shows any unit in fallback: search engines must not index it. */
  noindex: boolean;
  /** The alternates search engines are told about: `alternates` without the pages that are noindex. */
  hreflang: Alternate[];
}

export interface RenderOptions {
  /** Treat every locale as draft: missing or outdated prose shows the source text, flagged. */
  draft?: boolean;
  /** The build's status items, when already worked out (see statusOnce). */
  status?: StatusOf;
}

/**
 * How many chapters a chapter page's contents list shows on each side of its
 * own; the edition's home lists them all. A full list on every page would
 * make each page grow with the story, and the site with its square (1,000
 * chapters: 3,000 pages of 1,000 links each).
 */
export const CONTENTS_AROUND = 5;

/**
 * The reading-order indexes a page's contents list shows: the home (0) and a
 * run of up to 2 × around + 1 chapters centred on the page, or everything on
 * the home. `contentsWindow(1001, 500)` → [0, 495, …, 505]; `contentsWindow(7, 3)` → [0, …, 6]
 */
export function contentsWindow(count: number, index: number, around = CONTENTS_AROUND): number[] {
  if (index === 0 || count - 1 <= 2 * around + 1) return Array.from({ length: count }, (_, i) => i);
  const lo = Math.max(1, Math.min(index - around, count - 1 - 2 * around));
  return [0, ...Array.from({ length: 2 * around + 1 }, (_, i) => lo + i)];
}

export interface EditionContext {
  model: Model;
  tr: Translator;
  locales: readonly Edition[];
  lng: string;
  /** Draft locale: fall back to the source for missing and outdated prose. */
  draft: boolean;
  /** "namespace:key" → state, for this locale. */
  states: Pick<ReadonlyMap<string, UnitState>, 'get'>;
  /** Chapter slug → its mark, for the chapters that have one. */
  marks: Pick<ReadonlyMap<string, ChapterMark>, 'get'>;
  /** The story's pages in reading order. */
  pages: Chapter[];
}

/** Every page of every edition, in locale order then reading order. */
export function buildPages(model: Model, tr: Translator, locales: readonly Edition[], options: RenderOptions = {}): PageView[] {
  const out: PageView[] = [];
  for (const locale of locales) {
    const ctx = editionContext(model, tr, locales, locale, options);
    ctx.pages.forEach((chapter, index) => out.push(buildPage(ctx, chapter, index)));
  }
  settleIndexing(out);
  return out;
}

/** What every page of one edition shares: worked out once per edition, not once per page. */
export function editionContext(model: Model, tr: Translator, locales: readonly Edition[], locale: Edition, options: RenderOptions = {}): EditionContext {
  const items = options.status?.(locale.code) ?? statusItems(model, tr, locale.code);
  const pages = allPages(model.story);
  const states = new Map(items.map((i) => [lockKey(i.namespace, i.key), i.state]));
  const label = (status: ChapterMark['status']) => tr.t(locale.code, fixedNamespaces.ui, `statusPage.${status}`);
  return {
    model,
    tr,
    locales,
    lng: locale.code,
    draft: options.draft === true || locale.mode === 'draft',
    states,
    marks: chapterMarks(pages, states, label),
    pages,
  };
}

/**
 * The context after an edit of some of its edition's strings (`namespaces`:
 * locale files, or chapters with their new text in `pages`), from the one
 * before: only those strings' states are looked up again, and the marks of
 * the chapters they hold (every chapter's when the quotes changed). Not for
 * an edit of the chrome (the marks' labels), nor one that changes which
 * quotes are used. The same context editionContext gives.
 */
export function patchedContext(before: EditionContext, items: readonly StatusItem[], namespaces: ReadonlySet<string>, pages: Chapter[] = before.pages): EditionContext {
  if (!(before.states instanceof Map) || !(before.marks instanceof Map) || namespaces.has(fixedNamespaces.ui))
    throw new Error('patchedContext: a context from editionContext, and no edit of the chrome');
  const states = new Map<string, UnitState>(before.states);
  // A chapter's units may have gone: its old ones are forgotten first.
  for (const c of before.pages) if (namespaces.has(c.slug)) for (const u of c.units) states.delete(lockKey(c.slug, u.id));
  for (const i of items) if (namespaces.has(i.namespace)) states.set(lockKey(i.namespace, i.key), i.state);
  const marks = new Map<string, ChapterMark>(before.marks);
  const again = namespaces.has(fixedNamespaces.quotes) ? pages : pages.filter((c) => namespaces.has(c.slug));
  const label = (status: ChapterMark['status']) => before.tr.t(before.lng, fixedNamespaces.ui, `statusPage.${status}`);
  const fresh = chapterMarks(again, states, label);
  for (const c of again) {
    const mark = fresh.get(c.slug);
    if (mark) marks.set(c.slug, mark);
    else marks.delete(c.slug);
  }
  return { ...before, states, marks, pages };
}

/**
 * Each chapter's mark from the states of its passages and quotes: "missing"
 * if any is missing, else "outdated" if any is. A chapter with neither has none.
 */
export function chapterMarks(pages: readonly Chapter[], states: ReadonlyMap<string, UnitState>, label: (s: ChapterMark['status']) => string): Map<string, ChapterMark> {
  const marks = new Map<string, ChapterMark>();
  for (const c of pages) {
    let found: { status: ChapterMark['status']; first: string } | null = null;
    for (const u of c.units) {
      if (u.kind === 'figure') continue;
      const quote = u.kind === 'quote';
      const state = states.get(quote ? lockKey(fixedNamespaces.quotes, `quote.${u.id}`) : lockKey(c.slug, u.id));
      if (state !== 'missing' && state !== 'outdated') continue;
      const anchor = quote ? `quote-${u.id}` : u.id;
      if (state === 'missing' && found?.status !== 'missing') found = { status: 'missing', first: anchor };
      else found ??= { status: state, first: anchor };
    }
    if (found) marks.set(c.slug, { ...found, label: label(found.status) });
  }
  return marks;
}

/**
 * Every page's number, counted once per list of pages: each page's contents
 * asks for a window of them, and counting afresh each time made the build
 * quadratic in the chapters (docs/performance.md).
 */
const numbersOf = new WeakMap<readonly Pick<Chapter, 'numbered'>[], number[]>();

/**
 * The number a reader sees for the page at `index` in reading order: the home
 * and back matter have none (0); chapters count from 1, skipping back matter.
 * `chapterNumber([home, a, sources, b], 3)` → 2
 */
export function chapterNumber(pages: readonly Pick<Chapter, 'numbered'>[], index: number): number {
  let numbers = numbersOf.get(pages);
  if (!numbers) {
    let n = 0;
    numbers = pages.map((c, i) => (i === 0 || c.numbered === false ? 0 : ++n));
    numbersOf.set(pages, numbers);
  }
  return numbers[index] ?? 0;
}

/** The link to the page at `index` in reading order, titled in this edition. */
function linkTo(ctx: EditionContext, index: number): Link {
  const c = ctx.pages[index]!;
  return { url: pageUrl(ctx.lng, storySlug(ctx.model.story, c)), title: plainText(ctx.tr, ctx.lng, c, 'title', ctx.model.story.sourceLanguage) };
}

/** A unit as plain text (titles, meta tags): the translation, else the source in its own language. */
function plainText(tr: Translator, lng: string, c: Chapter, id: string, source: string): string {
  return tr.has(lng, c.slug, id) ? plainInline(tr.t(lng, c.slug, id), lng) : plainInline(c.units.find((u) => u.id === id)?.source ?? '', source);
}

export function buildPage(ctx: EditionContext, chapter: Chapter, index: number): PageView {
  const { model, tr, locales, lng, pages } = ctx;
  const source = model.story.sourceLanguage;
  const slugOf = (c: Chapter) => storySlug(model.story, c);
  const text = (c: Chapter, unit: Pick<Unit, 'id' | 'source'>): TextView => {
    const state = ctx.states.get(lockKey(c.slug, unit.id)) ?? 'source';
    const fallback = state === 'missing' || (state === 'outdated' && ctx.draft);
    if (fallback) return { id: unit.id, html: renderInline(unit.source, source), lang: source, status: state };
    const view: TextView = { id: unit.id, html: renderInline(tr.t(lng, c.slug, unit.id), lng) };
    return state === 'outdated' ? { ...view, status: 'revised' } : view;
  };
  const plain = (c: Chapter, id: string) => plainText(tr, lng, c, id, source);

  const blocks: Block[] = [];
  let fallbacks = 0;
  let figure: FigureView | null = null;
  for (const unit of chapter.units) {
    if (unit.kind === 'title' || unit.kind === 'description') continue;
    if (unit.kind === 'quote') {
      const quote = quoteView(model, tr, model.quotes.get(unit.id)!, lng);
      if (quote.status) fallbacks++;
      blocks.push({ type: 'quote', quote });
      continue;
    }
    if (unit.kind === 'figure') {
      const labels = figureLabels(tr, unit.id, lng, source);
      figure = { id: unit.id, svg: renderFigureSvg(model.figures.get(unit.id)!, labels.get), title: labels.get('title'), caption: [] };
      fallbacks += labels.fallbacks() - (figure.title.lang ? 1 : 0);
      blocks.push({ type: 'figure', figure });
      continue;
    }
    // A figure's caption units follow it; they go inside it.
    const into = unit.figure && figure?.id === unit.figure ? figure.caption : blocks;
    const view = text(chapter, unit);
    if (view.lang) fallbacks++;
    if (unit.kind === 'heading') into.push({ type: 'heading', level: unit.level ?? 2, ...view });
    else if (unit.kind === 'paragraph') into.push({ type: 'paragraph', ...view });
    else {
      const last = into.at(-1);
      if (last?.type === 'list' && last.list === unit.list) last.items.push(view);
      else into.push({ type: 'list', list: unit.list ?? 0, ordered: unit.ordered === true, items: [view] });
    }
  }

  const titleUnit = chapter.units.find((u) => u.id === 'title')!;
  const descriptionUnit = chapter.units.find((u) => u.id === 'description');
  // The title and standfirst fall back like any unit: marked with their language, and the page is not indexed as this one.
  const title = text(chapter, titleUnit);
  const { lang: descriptionLang, status: descriptionStatus } = descriptionUnit ? text(chapter, descriptionUnit) : {};
  if (title.lang) fallbacks++;
  if (descriptionLang) fallbacks++;
  const editorial = editorialView(ctx, chapter);
  fallbacks += editorial.fallbacks;
  const alternates = alternatesFor(tr, locales, lng, slugOf(chapter));
  const ownMark = ctx.marks.get(chapter.slug);
  return {
    locale: lng,
    url: pageUrl(lng, slugOf(chapter)),
    slug: slugOf(chapter),
    kind: chapter === model.story.home ? 'home' : 'chapter',
    number: index,
    chapterNumber: chapterNumber(pages, index),
    title,
    titleText: plain(chapter, 'title'),
    storyTitle: linkTo(ctx, 0).title,
    description: plain(chapter, 'description'),
    ...(descriptionLang ? { descriptionFallback: { lang: descriptionLang, status: descriptionStatus ?? 'missing' } } : {}),
    blocks,
    alternates,
    xDefault: chapter === model.story.home ? '/' : pageUrl(source, slugOf(chapter)),
    feedUrl: feedUrl(lng),
    published: model.story.published,
    publishedText: formatDate(tr, model.story.published, lng),
    contents: contentsWindow(pages.length, index).map((i) => ({ ...linkTo(ctx, i), current: i === index, number: i, chapterNumber: chapterNumber(pages, i) })),
    ...(ownMark ? { mark: ownMark } : {}),
    previous: index > 0 ? linkTo(ctx, index - 1) : null,
    next: index < pages.length - 1 ? linkTo(ctx, index + 1) : null,
    fallbacks,
    sourceLanguage: source,
    editorial,
    // Until settleIndexing() has seen every edition's page.
    noindex: fallbacks > 0,
    hreflang: alternates,
  };
}

/** What the shared layout needs of a page that is not a chapter (search, translation status). */
export interface ToolPageHead {
  locale: string;
  url: string;
  titleText: string;
  storyTitle: string;
  description: string;
  alternates: Alternate[];
  /** The `x-default` alternate: the same page in the source edition. */
  xDefault: string;
  feedUrl: string;
}

/** The same page in every edition, labelled in each edition's own language. */
export function alternatesFor(tr: Translator, locales: readonly Edition[], lng: string, slug: string): Alternate[] {
  return locales.map((l) => ({
    locale: l.code,
    url: pageUrl(l.code, slug),
    endonym: l.endonym,
    readIn: tr.t(l.code, fixedNamespaces.ui, 'switcher.readIn'),
    readSection: tr.t(l.code, fixedNamespaces.ui, 'switcher.readSection'),
    current: l.code === lng,
  }));
}

function quoteView(model: Model, tr: Translator, q: Quote, lng: string): QuoteView {
  const ns = fixedNamespaces.quotes;
  const ui = (key: string, values?: Record<string, string>) => tr.t(lng, fixedNamespaces.ui, key, values);
  const p = presentQuote(q, lng, model.story.sourceLanguage);
  const person = model.people.get(q.speaker)!;
  const has = (key: string) => tr.has(lng, ns, key);
  /** A caption string as HTML, with the locale's quotation marks; a draft's fallback is marked with its language, as every fallback is. */
  const source = model.story.sourceLanguage;
  const inline = (key: string, fallback: string) =>
    has(key)
      ? renderInline(tr.t(lng, ns, key), lng)
      : lng === source
        ? renderInline(fallback, lng)
        : `<span lang="${source}"${directionAttribute(source, model)} data-status="missing">${renderInline(fallback, source)}</span>`;
  const base = {
    id: q.id,
    speakerId: person.id,
    speaker: inline(`person.${person.id}.name`, person.name),
    role: inline(`person.${person.id}.role`, person.role),
    source: inline(`source.${q.source}`, model.sources.get(q.source)!.text),
    note: p.note,
    originalForm: originalForm(q),
    noteText: quoteNoteText(ui, lng, p.note, q, (code) => languageName(tr, lng, code)),
    ...(q.original && p.shows === 'translation' ? { original: { lang: q.language, lines: renderLines(q.original, q.language === 'und' ? lng : q.language) } } : {}),
  };
  const key = `quote.${q.id}`;
  if (p.from === 'content') {
    // The published wording, looked up through i18next (the source locale's resources come from content/).
    const wording = p.shows === 'original' && q.original ? q.original : has(key) ? tr.t(lng, ns, key) : q.text;
    return { ...base, lang: p.lang, lines: renderLines(wording, localeOr(p.lang, lng, model.story.editions)) };
  }
  if (has(key)) return { ...base, lang: p.lang, lines: renderLines(tr.t(lng, ns, key), lng) };
  // Draft only: the build refuses a missing quote unless --draft (see checks). Readers get the source text, marked, never a note to translators.
  return { ...base, lang: source, lines: renderLines(q.text, source), status: 'missing', noteText: ui('status.missing') };
}

/** A figure's labels in `lng`; a missing one shows the source text, marked with its language. */
function figureLabels(tr: Translator, id: string, lng: string, source: string) {
  let missing = 0;
  const ns = fixedNamespaces.figures;
  return {
    get: (key: string): LabelText => {
      if (tr.has(lng, ns, `${id}.${key}`)) return { text: tr.t(lng, ns, `${id}.${key}`) };
      missing++;
      return { text: tr.t(source, ns, `${id}.${key}`), lang: source };
    },
    fallbacks: () => missing,
  };
}

/** The markdown renderer of `code` if it is an edition language, else of the page. */
function localeOr(code: string, fallback: string, editions: readonly Edition[]): string {
  return editions.some((e) => e.code === code) ? code : fallback;
}
