import { type Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { type StatusOf } from '../status/units.ts';
import { type EditionContext, type PageView, type RenderOptions } from './pages.ts';
/** "ja" + "the-notes" + "p-1" → one key naming a string of one edition. */
export declare const readKey: (lng: string, ns: string, key: string) => string;
export interface Tracked {
    /** Page URL → every string its view read. */
    reads: Map<string, Set<string>>;
    /** Per edition, what its pages were built from (unit states, completeness). */
    contexts: Map<string, EditionContext>;
    /** The status the pages were built with, for the next edit to start from (incremental-content.ts). */
    status?: StatusOf;
}
/** Every page of every edition, as buildPages makes them, plus what each one read. */
export declare function buildTrackedPages(model: Model, tr: Translator, locales: readonly Edition[], options?: RenderOptions): {
    pages: PageView[];
    tracked: Tracked;
};
export interface Update {
    /** The pages to write: only those that read a changed string. */
    changed: PageView[];
    /** True when a unit's state changed, so the status pages must be rebuilt. */
    statusChanged: boolean;
    /** The status this update worked out, for the status pages to reuse. */
    status?: StatusOf;
}
/**
 * Applies the edited locale files to the model, the translator and `pages`
 * (in place). Returns the pages to re-render, or null when this edit needs a
 * full build. Throws an EditionsError when the edit breaks the build gate.
 */
export declare function applyLocaleEdits(root: string, model: Model, tr: Translator, pages: PageView[], tracked: Tracked, files: string[], options: RenderOptions & {
    locales: readonly Edition[];
    verdict?: {
        draft: boolean;
        preview: boolean;
    };
}): Promise<Update | null>;
/**
 * Builds again, in place, each page `stale` picks (from its view and what it
 * read last time), with the editions' current contexts; returns those pages.
 */
export declare function rerender(pages: PageView[], tracked: Tracked, stale: (page: PageView, reads: Set<string>) => boolean): PageView[];
