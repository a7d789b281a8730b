/**
 * The parallel (bilingual) view of a chapter: two editions side by side,
 * aligned by unit id, for every chapter and every ordered pair of editions.
 * Built from the two editions' page views, so each side shows exactly what
 * that edition's chapter shows; a passage that edition lacks (draft) is
 * shown as missing on its side, never filled from the other.
 */
import { type Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Alternate, FigureView, PageView, QuoteView, TextView } from './pages.ts';
/** One unit in both editions; `anchor` is its id on the single-edition chapter page too, so links carry over. */
interface PairOf<T> {
    anchor: string;
    first: T;
    second: T;
}
export type Row = ({
    type: 'text';
    tag: 'p' | `h${number}`;
} & PairOf<TextView>) | ({
    type: 'item';
    ordered: boolean;
    number: number;
} & PairOf<TextView>) | ({
    type: 'quote';
} & PairOf<QuoteView>)
/** A figure once, labelled in the first edition; its caption's units in pairs. */
 | {
    type: 'figure';
    anchor: string;
    figure: FigureView;
    caption: Row[];
};
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
    title: {
        first: TextView;
        second: TextView;
    };
    standfirst: {
        first: SideText;
        second: SideText;
    };
    rows: Row[];
    /** The masthead: the same pair with each edition first. */
    alternates: Alternate[];
    /** Each edition's chapter on its own, labelled in its own language. */
    chapters: {
        locale: string;
        url: string;
        label: string;
    }[];
    feedUrl: string;
}
/** Every chapter's parallel view, for every ordered pair of editions. */
export declare function buildParallelPages(pages: readonly PageView[], tr: Translator, locales: readonly Edition[]): ParallelPageView[];
/**
 * Watch mode: of `all`, the views whose either side is among the pages an
 * edit changed; every view when `changed` is undefined (a full build).
 */
export declare function parallelPagesToWrite(all: ParallelPageView[], changed: readonly PageView[] | undefined): ParallelPageView[];
export declare function parallelPage(first: PageView, second: PageView, tr: Translator, locales: readonly Edition[]): ParallelPageView;
/**
 * Where an edition's link in the masthead of the `first`|`second` view leads:
 * that edition first, beside `second` (or beside `first` when it is `second`).
 * `parallelAlternate("en", "ja", "en", "x")` → "/en/x/parallel/ja/"
 */
export declare function parallelAlternate(lng: string, first: string, second: string, slug: string): string;
/** A chapter's links to its parallel views, one per other edition: "Read side by side with Japanese", in the chapter's language. */
export declare function parallelLinks(page: Pick<PageView, 'locale' | 'slug' | 'kind' | 'alternates'>, tr: Translator): {
    locale: string;
    url: string;
    label: string;
}[];
export {};
