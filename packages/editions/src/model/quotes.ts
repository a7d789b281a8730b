/**
 * How an edition presents a quote: original words or a translation, and what
 * it must say about that. An edition never presents a translation as someone's
 * original words (DESIGN.md, "The source model").
 */
import type { Quote } from './types.ts';

export type QuoteNote =
  | 'original' // these are the speaker's own words
  | 'published-translation' // the translation the source published; original unpublished
  | 'published-unstated' // as published; the source does not say which language was spoken
  | 'not-original' // in the speaker's language, but our translation: the original was not published
  | 'translated' // our translation of the original words
  | 'translated-published' // our translation of a published translation
  | 'translated-unstated'; // our translation; the spoken language was not stated

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
 * `text` in content/quotes.yml is written in the source language: the
 * published wording when it was published in that language, otherwise the
 * story's own translation of it. So the source edition always shows `text`,
 * and the others translate it in locales/ (or show `original:` in its own
 * language).
 *
 * `presentQuote({language: "ko", published: "en"}, "ko", "en")` →
 * { shows: "translation", lang: "ko", note: "not-original", from: "locale" }
 */
export function presentQuote(q: Pick<Quote, 'language' | 'published' | 'original'>, edition: string, source: string): QuotePresentation {
  if (q.original && edition === q.language) return { shows: 'original', lang: q.language, note: 'original', from: 'content' };
  if (edition === source && edition === q.published) {
    if (q.language === q.published) return { shows: 'original', lang: edition, note: 'original', from: 'content' };
    const note = q.language === 'und' ? 'published-unstated' : 'published-translation';
    return { shows: 'translation', lang: edition, note, from: 'content' };
  }
  return { shows: 'translation', lang: edition, note: translationNote(q, edition), from: edition === source ? 'content' : 'locale' };
}

/** What an edition's own translation of a quote says about itself. */
function translationNote(q: Pick<Quote, 'language' | 'published'>, edition: string): QuoteNote {
  if (edition === q.language) return 'not-original';
  if (q.language === 'und') return 'translated-unstated';
  return q.language === q.published ? 'translated' : 'translated-published';
}
