import { type Finding } from '../errors.ts';
import type { Model } from '../model/types.ts';
/** What the browser reads off a `[data-quote]` element. */
export interface RenderedQuote {
    id: string;
    lang: string | null;
    text: string;
    status: string | null;
}
export interface PageRef {
    url: string;
    locale: string;
    slug: string;
}
/** The quote ids a page must show, in order: `expectedQuotes(model, "the-letter")` → ["letter-kim", …] */
export declare function expectedQuotes(model: Model, slug: string): string[];
export declare function checkPageQuotes(model: Model, page: PageRef, rendered: RenderedQuote[]): Finding[];
/** The browser gate's verdict on a page: what it found, weighed like every other finding (./verdict.ts); the errors fail CI. */
export declare function pageQuoteErrors(model: Model, page: PageRef, rendered: RenderedQuote[]): Finding[];
