/**
 * The search page, one per edition (/<lng>/search/): a form that works as a
 * plain GET form, and the strings and filter choices its script needs. The
 * script (assets/search/search.js) loads only here; chapters carry none.
 */
import { type Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { type ToolPageHead } from './pages.ts';
/** The filter value of the story's own page, which has no slug. */
export declare const HOME_FILTER = "home";
export interface Choice {
    value: string;
    label: string;
}
export interface SearchPageView extends ToolPageHead {
    kind: 'search';
    /** Filter by chapter (Pagefind filter "chapter"), in reading order. */
    chapters: Choice[];
    /** Filter by quoted speaker (Pagefind filter "speaker"). */
    speakers: Choice[];
    /** Strings the script shows, with {{count}} and {{query}} left for it to fill. */
    messages: SearchMessages;
}
export interface SearchMessages {
    searching: string;
    /** By plural category of the edition's language ("one", "other"…). */
    results: Record<string, string>;
    found: Record<string, string>;
    none: string;
    failed: string;
}
export declare function buildSearchPages(model: Model, tr: Translator, locales: readonly Edition[]): SearchPageView[];
