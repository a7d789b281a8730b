import { type Finding } from '../errors.ts';
import type { Chapter, Model } from './types.ts';
export interface Loaded {
    model: Model;
    /** Warnings (errors are thrown). */
    findings: Finding[];
}
/**
 * Loads and validates the whole source. Throws an EditionsError listing every
 * error found (not only the first), so one run shows all there is to fix.
 */
export declare function loadModel(root: string): Promise<Loaded>;
/** The story's home page followed by its chapters, in reading order. */
export declare function allPages(story: {
    home: Chapter;
    chapters: Chapter[];
}): Chapter[];
