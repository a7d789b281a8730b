// Wiring only: the Editions plugin does the work (src/render/plugin.ts).
// Eleventy runs under tsx (see package.json), so it can load TypeScript; the
// imports are dynamic because Eleventy's watcher parses static imports of the
// config as JavaScript, and these modules are TypeScript.
export default async function (eleventyConfig) {
  // `npm run build` hands over the plugin it runs with (src/cli/build.ts), possibly from a bundle;
  // `npm start` imports it here.
  const editions = globalThis[Symbol.for('editions.plugin')] ?? (await import('./src/render/plugin.ts')).default;
  eleventyConfig.addPlugin(editions);
  eleventyConfig.setQuietMode(true);
}

export const config = {
  // No input or output here: `npm run build` passes them (a staging folder for
  // output), `npm start` passes --input and uses _site, Eleventy's default.
  dir: { includes: '_includes' },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
