import Eleventy from '@11ty/eleventy';
import { type EditionsOptions } from './plugin.ts';
import type { EleventyConfig } from './eleventy.ts';
export interface EleventyRun {
    /** The publication's folder. */
    root: string;
    output: string;
    runMode: 'build' | 'watch' | 'serve';
    plugin?: Omit<EditionsOptions, 'root'>;
    /** Templates folder; defaults to Editions' own (tests pass a modified copy). */
    templates?: string;
    /** More configuration (tests listen to Eleventy's events). */
    configure?: (config: EleventyConfig) => void;
}
export declare function templatesDir(): string;
export declare function createEleventy({ root, output, runMode, plugin, templates, configure }: EleventyRun): Promise<InstanceType<typeof Eleventy>>;
