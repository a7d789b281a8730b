/**
 * Builds the view of every page of every edition from the model: which text
 * each unit shows, in which language, with which status. Templates only lay
 * these views out; all decisions are made here, once.
 */
import { type Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import { type QuoteNote } from '../model/quotes.ts';
import { type OriginalForm } from '../model/provenance.ts';
import type { Chapter, Model } from '../model/types.ts';
import { type StatusOf, type UnitState } from '../status/units.ts';
import { type LabelText } from './figures.ts';
import { type EditorialView } from './editorial.ts';
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
    original?: {
        lang: string;
        lines: string[];
    };
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
export type Block = ({
    type: 'heading';
    level: number;
} & TextView) | ({
    type: 'paragraph';
} & TextView) | {
    type: 'list';
    list: number;
    ordered: boolean;
    items: TextView[];
} | {
    type: 'quote';
    quote: QuoteView;
} | {
    type: 'figure';
    figure: FigureView;
};
export interface Link {
    url: string;
    title: string;
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
    contents: (Link & {
        current: boolean;
        number: number;
    })[];
    previous: Link | null;
    next: Link | null;
    /** How many units and quotes on the page fall back to the source (draft mode). */
    fallbacks: number;
    /** Share of the edition's strings that are translated and current, in whole percent. */
    completeness: number;
    /** The source language, for notices about fallbacks. */
    sourceLanguage: string;
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
export declare const CONTENTS_AROUND = 5;
/**
 * The reading-order indexes a page's contents list shows: the home (0) and a
 * run of up to 2 × around + 1 chapters centred on the page, or everything on
 * the home. `contentsWindow(1001, 500)` → [0, 495, …, 505]; `contentsWindow(7, 3)` → [0, …, 6]
 */
export declare function contentsWindow(count: number, index: number, around?: number): number[];
export interface EditionContext {
    model: Model;
    tr: Translator;
    locales: readonly Edition[];
    lng: string;
    /** Draft locale: fall back to the source for missing and outdated prose. */
    draft: boolean;
    /** "namespace:key" → state, for this locale. */
    states: Pick<ReadonlyMap<string, UnitState>, 'get'>;
    completeness: number;
    /** The story's pages in reading order. */
    pages: Chapter[];
}
/** Every page of every edition, in locale order then reading order. */
export declare function buildPages(model: Model, tr: Translator, locales: readonly Edition[], options?: RenderOptions): PageView[];
/** What every page of one edition shares: worked out once per edition, not once per page. */
export declare function editionContext(model: Model, tr: Translator, locales: readonly Edition[], locale: Edition, options?: RenderOptions): EditionContext;
export declare function buildPage(ctx: EditionContext, chapter: Chapter, index: number): PageView;
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
export declare function alternatesFor(tr: Translator, locales: readonly Edition[], lng: string, slug: string): Alternate[];
