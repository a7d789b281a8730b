/**
 * What the sources published of a quote's original wording, so that every
 * edition says what is true about it (content/quotes.yml, `originalForm:`):
 *   text       the original wording was published as text: `original:` holds it
 *   image      published only as an image (a photographed note): no transcription available
 *   recording  published only as a recording (a video): no transcription available
 *   none       not published at all: the sources give only the translation
 * A quote published in the language it was said in is its own original (text).
 */
import type { Quote } from './types.ts';
import type { QuoteNote } from './quotes.ts';

export const ORIGINAL_FORMS = ['text', 'image', 'recording', 'none'] as const;
export type OriginalForm = (typeof ORIGINAL_FORMS)[number];

/** `originalForm({language: "ko", published: "en", originalForm: "image"})` → "image"; unset → "none" */
export function originalForm(q: Pick<Quote, 'language' | 'published' | 'original' | 'originalForm'>): OriginalForm {
  if (q.language === q.published || q.original) return 'text';
  return q.originalForm ?? 'none';
}

/** The notes that speak of the original wording, and so say how it was published. */
export function notesOriginal(note: QuoteNote): boolean {
  return note === 'published-translation' || note === 'not-original' || note === 'translated-published';
}

/** What is inconsistent in a quote's provenance, as details of a bad-quote finding. */
export function provenanceProblems(q: Pick<Quote, 'language' | 'published' | 'original' | 'originalForm'>, sourceLanguage: string): string[] {
  // `text` is in the source language (src/model/quotes.ts): words published in another language of their own need that wording.
  if (q.language === q.published && q.published !== sourceLanguage && !q.original) {
    return [
      `the quote was published in its own language (${q.published}), and "text" is its translation into the source language (${sourceLanguage}): give the published wording in "original"`,
    ];
  }
  const form = q.originalForm;
  if (form === undefined) return [];
  if (!(ORIGINAL_FORMS as readonly string[]).includes(form)) return [`originalForm "${form}" is not one of ${ORIGINAL_FORMS.join(', ')}`];
  if (form === 'text' && !q.original && q.language !== q.published) return ['originalForm is "text" but "original" does not give the wording: quote it'];
  if (form !== 'text' && q.original) return [`"original" gives the wording, so originalForm must be "text", not "${form}"`];
  if (form !== 'text' && q.language === q.published) return [`the quote is published in its own language (${q.language}), so originalForm must be "text"`];
  return [];
}
