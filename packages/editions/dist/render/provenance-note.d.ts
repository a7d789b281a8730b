import type { QuoteNote } from '../model/quotes.ts';
import type { Quote } from '../model/types.ts';
type Ui = (key: string, values?: Record<string, string>) => string;
/** "English translation as published. The original Korean was published only as an image; no transcription of it is available." */
export declare function quoteNoteText(ui: Ui, lng: string, note: QuoteNote, q: Pick<Quote, 'language' | 'published' | 'original' | 'originalForm'>): string;
/**
 * What separates two sentences: nothing in Japanese and Chinese, a space
 * elsewhere. (A language fact: its home is the languages module.)
 * `sentenceGap("ja")` → ""; `sentenceGap("ko")` → " "
 */
export declare function sentenceGap(lng: string): string;
export {};
