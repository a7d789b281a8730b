// Wiring only: the Editions plugin does the work (src/render/plugin.ts).
// Eleventy runs under tsx (see package.json), so it can import TypeScript.
import editions from './src/render/plugin.ts';
import { paths } from './src/config.ts';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(editions);
  eleventyConfig.setQuietMode(true);
}

export const config = {
  // No output here: `npm run build` passes a staging folder, `npm start` uses _site (Eleventy's default).
  dir: { input: paths.templates, includes: '_includes' },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
