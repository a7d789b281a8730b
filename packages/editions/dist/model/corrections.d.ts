import { type Finding } from '../errors.ts';
import type { Chapter } from './types.ts';
export declare const CORRECTIONS_FILE = "content/corrections.yml";
/** The i18next namespace of the notes: locales/<lng>/corrections.json. */
export declare const CORRECTIONS_NAMESPACE = "corrections";
export interface Correction {
    id: string;
    /** ISO date, YYYY-MM-DD. */
    date: string;
    /** The chapter's slug ("story" for the home page). */
    chapter: string;
    /** Ids of the units, quotes or figures of that chapter the correction changed. */
    units: string[];
    /** Inline Markdown in the source language. */
    note: string;
    line: number;
}
/** `isIsoDate("2026-11-25")` → true; `isIsoDate("2026-02-30")` → false */
export declare function isIsoDate(value: string): boolean;
/** Reads and validates content/corrections.yml against the story's pages; no file means no corrections. */
export declare function loadCorrections(root: string, pages: Chapter[], published: string, findings: Finding[]): Correction[];
export declare function parseCorrections(text: string, pages: Chapter[], published: string, findings: Finding[]): Correction[];
/** A chapter's corrections, oldest first. */
export declare function correctionsOf(all: readonly Correction[], slug: string): Correction[];
/** The last day the chapter changed: its latest correction, else the story's publication. */
export declare function lastModified(all: readonly Correction[], slug: string, published: string): string;
