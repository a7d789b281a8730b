/**
 * `npm run check [-- --locale ja] [--draft] [--json] [--root DIR]`: the static
 * check of the whole model. Exit 1 on any error, exactly when `npm run build`
 * (with the same `--draft`) would refuse to publish.
 */
import { parseArgs } from 'node:util';
import { judgedCheck } from '../checks/model.ts';
import { judge } from '../checks/verdict.ts';
import { cliMessages, EditionsError, formatFinding, type Finding } from '../errors.ts';
import { loadModel } from '../model/load.ts';
import { createTranslator } from '../translator/i18n.ts';
import { platformFindings } from '../exchange/platforms.ts';
import { buildReport } from '../status/report.ts';
import { writeGithub } from './github.ts';
import { print, printError, printJson } from '../terminal.ts';

export async function main(args: string[]): Promise<void> {
const { values } = parseArgs({ args, options: {
  locale: { type: 'string' }, root: { type: 'string', default: process.cwd() },
  draft: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, format: { type: 'string' },
} });
try {
  const { model, findings: loadWarnings } = await loadModel(values.root!);
  const editions = model.story.editions;
  const only = values.locale ? editions.filter((l) => l.code === values.locale) : editions;
  if (only.length === 0) {
    printError(cliMessages.unknownLocale(values.locale!, editions.map((l) => l.code)));
    process.exit(2);
  }
  const context = { command: 'check', draft: values.draft!, editions } as const;
  const tr = createTranslator(model);
  const findings: Finding[] = [...judge(loadWarnings, context), ...judgedCheck(model, tr, 'check', values.draft!, { only })];
  // The Weblate/Crowdin templates must be in step with the source (the build refreshes them).
  findings.push(...judge(await platformFindings(values.root!, model), context));
  const errors = findings.filter((f) => f.severity === 'error').length;
  // `-- --json`: the findings as data for machines (CI annotations, editors), nothing else on stdout.
  if (values.format === 'github') writeGithub(findings, buildReport(model, tr, only));
  else if (values.json) printJson({ locales: only.map((l) => l.code), errors, warnings: findings.length - errors, findings });
  else {
    for (const f of findings) print(formatFinding(f));
    print(cliMessages.checkSummary(errors, findings.length - errors, only.map((l) => l.code)));
  }
  process.exit(errors > 0 ? 1 : 0);
} catch (error) {
  if (!(error instanceof EditionsError)) throw error;
  if (values.json) printJson({ errors: error.findings.length, warnings: 0, findings: error.findings });
  else printError(error.message);
  process.exit(1);
}
}
