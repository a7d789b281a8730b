/** `npm run check [-- --locale ja] [--root DIR]`: the static check of the whole model. Exit 1 on any error. */
import { parseArgs } from 'node:util';
import { locales } from '../config.ts';
import { cliMessages, EditionsError, formatFinding } from '../errors.ts';
import { checkModel } from '../checks/model.ts';
import { createTranslator } from '../locales/i18n.ts';
import { loadModel } from '../model/load.ts';

const { values } = parseArgs({ options: { locale: { type: 'string' }, root: { type: 'string', default: process.cwd() }, json: { type: 'boolean', default: false } } });
const only = values.locale ? locales.filter((l) => l.code === values.locale) : locales;
if (only.length === 0) {
  console.error(cliMessages.unknownLocale(values.locale!, locales.map((l) => l.code)));
  process.exit(2);
}
try {
  const { model, findings: loadWarnings } = await loadModel(values.root!);
  const findings = [...loadWarnings, ...checkModel(model, createTranslator(model), only)];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  // `-- --json`: the findings as data for machines (CI annotations, editors), nothing else on stdout.
  if (values.json) {
    console.log(JSON.stringify({ locales: only.map((l) => l.code), errors, warnings, findings }, null, 2));
    process.exit(errors > 0 ? 1 : 0);
  }
  for (const f of findings) console.log(formatFinding(f));
  console.log(`${errors} error(s), ${warnings} warning(s) in ${only.map((l) => l.code).join(', ')}.`);
  process.exit(errors > 0 ? 1 : 0);
} catch (error) {
  if (!(error instanceof EditionsError)) throw error;
  console.error(error.message);
  process.exit(1);
}
