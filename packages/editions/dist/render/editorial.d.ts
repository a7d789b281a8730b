import type { Credit } from '../model/credits.ts';
import type { Chapter } from '../model/types.ts';
import type { EditionContext } from './pages.ts';
export interface CorrectionView {
    id: string;
    /** ISO date, for `<time datetime>`. */
    date: string;
    /** The date as the edition writes it ("2026年11月25日"). */
    dateText: string;
    /** The note as HTML, and as plain text (structured data). */
    html: string;
    text: string;
    /** Set when the note is shown in the source language (a fallback). */
    lang?: string;
    status?: 'missing' | 'outdated' | 'revised';
}
export interface EditorialView {
    corrections: CorrectionView[];
    /** ISO date the page last changed: its latest correction, else the story's publication. */
    modified: string;
    byline: Credit[];
    /** This edition's translators (none in the source edition). */
    translators: Credit[];
    /** How many notes fall back to the source language. */
    fallbacks: number;
}
/**
 * A day as the edition writes it, through i18next's Intl formatter, so the
 * format is the translator's to choose (`corrections.date` in ui.json):
 * "2026-11-25" → "November 25, 2026", "2026年11月25日", "2026년 11월 25일".
 */
export declare function formatDate(tr: Pick<EditionContext['tr'], 't'>, iso: string, lng: string): string;
export declare function editorialView(ctx: EditionContext, chapter: Chapter): EditorialView;
