/** The part of Eleventy's configuration API the Editions plugin uses (Eleventy ships no types for it). */
export interface EleventyConfig {
  addWatchTarget(target: string): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  setNunjucksEnvironmentOptions(options: { autoescape: boolean; throwOnUndefined: boolean }): void;
  // Eleventy's event payloads differ per event; each handler states the shape it reads.
  on(event: string, handler: (arg: any) => unknown): void;
  addGlobalData(name: string, data: unknown): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
}
