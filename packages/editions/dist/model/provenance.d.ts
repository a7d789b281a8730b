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
export declare const ORIGINAL_FORMS: readonly ['text', 'image', 'recording', 'none'];
export type OriginalForm = (typeof ORIGINAL_FORMS)[number];
/** `originalForm({language: "ko", published: "en", originalForm: "image"})` → "image"; unset → "none" */
export declare function originalForm(q: Pick<Quote, 'language' | 'published' | 'original' | 'originalForm'>): OriginalForm;
/** The notes that speak of the original wording, and so say how it was published. */
export declare function notesOriginal(note: QuoteNote): boolean;
/** What is inconsistent in a quote's provenance, as details of a bad-quote finding. */
export declare function provenanceProblems(q: Pick<Quote, 'language' | 'published' | 'original' | 'originalForm'>): string[];
