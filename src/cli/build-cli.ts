/**
 * `npm run build`: renders every edition and the search index (build.ts).
 *   --draft   render missing translations as flagged source text
 *   --pseudo  pseudo-localize every string from the locale files (hard-coded text test)
 *   --out DIR build somewhere other than _site (tests, benchmarks)
 *   --locale CODE build one edition and its search index (a shard; see `npm run build:merge`)
 *   --list-editions  print the editions as a JSON list (for a CI matrix) and stop
 * Runs from one bundle (bundled.mjs), not through tsx: start-up is a share of every build.
 */
import { parseArgs } from 'node:util';
import { localeCodes, paths } from '../config.ts';
import { cliMessages, EditionsError } from '../errors.ts';
import { build } from './build.ts';

const { values } = parseArgs({ options: { draft: { type: 'boolean', default: false }, pseudo: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() }, out: { type: 'string', default: paths.output }, locale: { type: 'string' }, 'list-editions': { type: 'boolean', default: false } } });
if (values['list-editions']) {
  console.log(JSON.stringify(localeCodes));
  process.exit(0);
}
const started = performance.now();
if (values.locale !== undefined && !localeCodes.includes(values.locale)) {
  console.error(cliMessages.unknownLocale(values.locale, localeCodes));
  process.exit(1);
}
try {
  await build({ root: values.root!, out: values.out!, draft: values.draft!, pseudo: values.pseudo!, locale: values.locale });
  console.log(`Built ${values.out}${values.locale ? ` (the ${values.locale} edition)` : ''} in ${((performance.now() - started) / 1000).toFixed(2)} s${values.draft ? ' (draft)' : ''}${values.pseudo ? ' (pseudo-localized)' : ''}.`);
} catch (error) {
  if (error instanceof EditionsError || (error as Error).name === 'EditionsError') {
    console.error(`${cliMessages.buildStopped(values.out!)}\n${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}

