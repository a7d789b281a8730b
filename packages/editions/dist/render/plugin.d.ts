import type { BuildState } from './build-state.ts';
export type { BuildState } from './build-state.ts';
import type { EleventyConfig } from './eleventy.ts';
export interface EditionsOptions {
    /** A build the caller already loaded and validated (`npm run build` does, to print errors cleanly): used for the first build. */
    prepared?: BuildState;
    /** Project root holding content/ and locales/ (default: $EDITIONS_ROOT, else the working directory). */
    root?: string;
    /** Render missing translations as flagged source text instead of failing. */
    draft?: boolean;
    /** Absolute origin for canonical and alternate links. */
    siteUrl?: string;
    /** Skip the Pagefind index (for tests that only need HTML). */
    search?: boolean;
    /** `editions start`: strict editions are served as drafts while being written; what their build would refuse is summarised. */
    preview?: boolean;
}
/** Loads and validates the source; throws an EditionsError naming every problem. `track`: record what each page reads (watch mode). */
export declare function prepareBuild(root: string, draft: boolean, pseudo?: boolean, track?: boolean, preview?: boolean): Promise<BuildState>;
declare function editionsPlugin(eleventyConfig: EleventyConfig, options?: EditionsOptions): void;
export default editionsPlugin;
declare namespace editionsPlugin {
    var eleventyPluginOptions: {
        unique: boolean;
    };
}
