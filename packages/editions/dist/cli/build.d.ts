import { type BuildState } from '../render/plugin.ts';
export interface BuildOptions {
    /** Folder holding content/ and locales/. */
    root: string;
    /** Output folder, relative to root. */
    out: string;
    draft: boolean;
    /** Pseudo-localize every string (the hard-coded-string test). */
    pseudo?: boolean;
    /** Templates folder; defaults to Editions' own (tests pass a modified copy). */
    templates?: string;
    /** Build this edition only, with a manifest for `npm run build:merge` (a shard). */
    locale?: string;
}
export declare function build({ root, out, draft, pseudo, templates, locale }: BuildOptions): Promise<void>;
/**
 * Renders `state` with Eleventy into a staging folder, lets `finish` add to
 * it, and only then swaps it in for `target`: on any error `target` is left
 * as it was. Shared by the build and the merge.
 */
export declare function renderSite(state: BuildState, root: string, target: string, templates?: string, finish?: (staging: string) => Promise<void>): Promise<void>;
export declare function main(args: string[]): Promise<void>;
