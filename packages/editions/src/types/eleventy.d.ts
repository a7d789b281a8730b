// Eleventy 3 ships no type declarations; this covers the programmatic API we use.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        configPath?: string;
        quietMode?: boolean;
        runMode?: 'build' | 'serve' | 'watch';
        /** Extra configuration, run after the config file (the bench hooks its timers in here). */
        config?: (eleventyConfig: any) => void;
      },
    );
    write(): Promise<unknown>;
    init(): Promise<void>;
    /** Builds, then rebuilds on every change of a watched file. */
    watch(): Promise<void>;
    stopWatch(): Promise<void>;
  }
}
