// Wiring only: the Editions plugin does the work (src/render/plugin.ts).
// Eleventy runs under tsx (see package.json), so it can import TypeScript.
import editions from './src/render/plugin.ts';
import { paths } from './src/config.ts';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(editions);
  eleventyConfig.setQuietMode(true);
}

export const config = {
  dir: { input: paths.templates, includes: '_includes', output: paths.output },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
