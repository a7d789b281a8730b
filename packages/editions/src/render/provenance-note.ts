/**
 * The note under a quote: how the edition's text relates to what was said
 * (src/model/quotes.ts), then, when it speaks of the original wording, how
 * the sources published that wording (src/model/provenance.ts).
 */
import { notesOriginal, originalForm } from '../model/provenance.ts';
import type { QuoteNote } from '../model/quotes.ts';
import type { Quote } from '../model/types.ts';

type Ui = (key: string, values?: Record<string, string>) => string;

/** "English translation as published. The original Korean was published only as an image; no transcription of it is available." */
export function quoteNoteText(
  ui: Ui,
  lng: string,
  note: QuoteNote,
  q: Pick<Quote, 'language' | 'published' | 'original' | 'originalForm'>,
  name: (code: string) => string = (code) => ui(`language.${code}`),
): string {
  const values = { language: name(q.language), published: name(q.published) };
  const text = ui(`quote.note.${note}`, values);
  if (!notesOriginal(note)) return text;
  return `${text}${sentenceGap(lng)}${ui(`quote.original.${originalForm(q)}`, values)}`;
}

/**
 * What separates two sentences: nothing in Japanese and Chinese, a space
 * elsewhere. (A language fact: its home is the languages module.)
 * `sentenceGap("ja")` → ""; `sentenceGap("ko")` → " "
 */
export function sentenceGap(lng: string): string {
  return /^(ja|zh)(-|$)/.test(lng) ? '' : ' ';
}
