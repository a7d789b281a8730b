/**
 * Builds the view of every page of every edition from the model: which text
 * each unit shows, in which language, with which status. Templates only lay
 * these views out; all decisions are made here, once.
 */
import { fixedNamespaces, localeConfig, type LocaleConfig } from '../config.ts';
import type { Translator } from '../locales/i18n.ts';
import { plainInline, renderInline, renderLines } from '../markdown/inline.ts';
import { allPages } from '../model/load.ts';
import { presentQuote, type QuoteNote } from '../model/quotes.ts';
import type { Chapter, Model, Quote, Unit } from '../model/types.ts';
import { localeFile } from '../status/units.ts';
import { renderFigureSvg, type LabelText } from './figures.ts';
import { feedUrl, pageUrl } from './urls.ts';

export interface TextView {
  id: string;
  html: string;
  /** Set when the text is not in the page's language (a fallback). */
  lang?: string;
  status?: 'missing';
}

export interface QuoteView {
  id: string;
  lang: string;
  lines: string[];
  /** The original wording, shown beside a translation when it was published. */
  original?: { lang: string; lines: string[] };
  /** Caption parts, as HTML. */
  speaker: string;
  role: string;
  source: string;
  note: QuoteNote;
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

export interface Link { url: string; title: string }

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
  /** 1-based chapter number; 0 for the story's home. */
  number: number;
  title: TextView;
  /** Plain text, for <title> and meta tags. */
  titleText: string;
  storyTitle: string;
  description: string;
  blocks: Block[];
  alternates: Alternate[];
  /** The `x-default` alternate: the root chooser for the home, the source edition for a chapter. */
  xDefault: string;
  /** The edition's Atom feed. */
  feedUrl: string;
  /** ISO date the story was published. */
  published: string;
  contents: (Link & { current: boolean; number: number })[];
  previous: Link | null;
  next: Link | null;
  /** How many units and quotes on the page fall back to the source (draft mode). */
  fallbacks: number;
}

export interface RenderOptions {
  /** Render missing prose and quotes as flagged source text instead of failing. */
  draft: boolean;
}

/** Every page of every edition, in locale order then reading order. */
export function buildPages(model: Model, tr: Translator, locales: readonly LocaleConfig[]): PageView[] {
  const pages = allPages(model.story);
  const out: PageView[] = [];
  for (const locale of locales) {
    pages.forEach((chapter, index) => out.push(buildPage(model, tr, locales, locale.code, chapter, index)));
  }
  return out;
}

function buildPage(model: Model, tr: Translator, locales: readonly LocaleConfig[], lng: string, chapter: Chapter, index: number): PageView {
  const source = model.story.sourceLanguage;
  const pages = allPages(model.story);
  const slugOf = (c: Chapter) => (c === model.story.home ? '' : c.slug);
  const text = (c: Chapter, unit: Pick<Unit, 'id' | 'source'>): TextView => {
    if (tr.has(lng, c.slug, unit.id)) return { id: unit.id, html: renderInline(tr.t(lng, c.slug, unit.id), lng) };
    return { id: unit.id, html: renderInline(unit.source, source), lang: source, status: 'missing' };
  };
  const plain = (c: Chapter, id: string) => (tr.has(lng, c.slug, id) ? plainInline(tr.t(lng, c.slug, id), lng) : plainInline(c.units.find((u) => u.id === id)?.source ?? '', source));
  const link = (c: Chapter): Link => ({ url: pageUrl(lng, slugOf(c)), title: plain(c, 'title') });

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
    if (view.status) fallbacks++;
    if (unit.kind === 'heading') into.push({ type: 'heading', level: unit.level ?? 2, ...view });
    else if (unit.kind === 'paragraph') into.push({ type: 'paragraph', ...view });
    else {
      const last = into.at(-1);
      if (last?.type === 'list' && last.list === unit.list) last.items.push(view);
      else into.push({ type: 'list', list: unit.list ?? 0, ordered: unit.ordered === true, items: [view] });
    }
  }

  const titleUnit = chapter.units.find((u) => u.id === 'title')!;
  return {
    locale: lng,
    url: pageUrl(lng, slugOf(chapter)),
    slug: slugOf(chapter),
    kind: chapter === model.story.home ? 'home' : 'chapter',
    number: index,
    title: text(chapter, titleUnit),
    titleText: plain(chapter, 'title'),
    storyTitle: plain(model.story.home, 'title'),
    description: plain(chapter, 'description'),
    blocks,
    alternates: locales.map((l) => ({
      locale: l.code,
      url: pageUrl(l.code, slugOf(chapter)),
      endonym: l.endonym,
      readIn: tr.t(l.code, fixedNamespaces.ui, 'switcher.readIn'),
      readSection: tr.t(l.code, fixedNamespaces.ui, 'switcher.readSection'),
      current: l.code === lng,
    })),
    xDefault: chapter === model.story.home ? '/' : pageUrl(source, slugOf(chapter)),
    feedUrl: feedUrl(lng),
    published: model.story.published,
    contents: pages.map((c, i) => ({ ...link(c), current: c === chapter, number: i })),
    previous: index > 0 ? link(pages[index - 1]!) : null,
    next: index < pages.length - 1 ? link(pages[index + 1]!) : null,
    fallbacks,
  };
}

function quoteView(model: Model, tr: Translator, q: Quote, lng: string): QuoteView {
  const ns = fixedNamespaces.quotes;
  const ui = (key: string, values?: Record<string, string>) => tr.t(lng, fixedNamespaces.ui, key, values);
  const languageName = (code: string) => ui(`language.${code}`);
  const p = presentQuote(q, lng);
  const person = model.people.get(q.speaker)!;
  const has = (key: string) => tr.has(lng, ns, key);
  /** A caption string as HTML, with the locale's quotation marks. */
  const inline = (key: string, fallback: string) => renderInline(has(key) ? tr.t(lng, ns, key) : fallback, lng);
  const base = {
    id: q.id,
    speaker: inline(`person.${person.id}.name`, person.name),
    role: inline(`person.${person.id}.role`, person.role),
    source: inline(`source.${q.source}`, model.sources.get(q.source)!.text),
    note: p.note,
    noteText: ui(`quote.note.${p.note}`, { language: languageName(q.language), published: languageName(q.published) }),
    ...(q.original && p.shows === 'translation' ? { original: { lang: q.language, lines: renderLines(q.original, q.language === 'und' ? lng : q.language) } } : {}),
  };
  if (p.from === 'content') {
    const wording = p.shows === 'original' && q.original ? q.original : q.text;
    return { ...base, lang: p.lang, lines: renderLines(wording, localeOr(p.lang, lng)) };
  }
  const key = `quote.${q.id}`;
  if (has(key)) return { ...base, lang: p.lang, lines: renderLines(tr.t(lng, ns, key), lng) };
  // Draft only: the build refuses a missing quote unless --draft (see checks).
  return { ...base, lang: q.published, lines: renderLines(q.text, localeOr(q.published, lng)), status: 'missing', noteText: ui('status.quoteMissing', { file: localeFile(lng, ns), key }) };
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
function localeOr(code: string, fallback: string): string {
  try { return localeConfig(code).code; } catch { return fallback; }
}
