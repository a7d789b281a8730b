/**
 * How an edition presents a quote: original words or a translation, and what
 * it must say about that. An edition never presents a translation as someone's
 * original words (DESIGN.md, "The source model").
 */
import type { Quote } from './types.ts';
export type QuoteNote = 'original' | 'published-translation' | 'published-unstated' | 'not-original' | 'translated' | 'translated-published' | 'translated-unstated';
export interface QuotePresentation {
    /** Does the edition show the original wording (from content/) or a translation (from locales/)? */
    shows: 'original' | 'translation';
    /** BCP 47 language of the text shown: the `lang` attribute. */
    lang: string;
    note: QuoteNote;
    /** Where the edition's text comes from: the published wording, or locales/. */
    from: 'content' | 'locale';
}
/**
 * `presentQuote({language: "ko", published: "en"}, "ko")` →
 * { shows: "translation", lang: "ko", note: "not-original", from: "locale" }
 */
export declare function presentQuote(q: Pick<Quote, 'language' | 'published' | 'original'>, edition: string): QuotePresentation;
