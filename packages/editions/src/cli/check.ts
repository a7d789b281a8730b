/**
 * `npm run check [-- --locale ja] [--draft] [--json] [--root DIR]`: the static
 * check of the whole model. Exit 1 on any error, exactly when `npm run build`
 * (with the same `--draft`) would refuse to publish. `runCheck` is the whole
 * command but for printing and exiting, so tests run it in-process.
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
import { print, printError, safeJson } from '../terminal.ts';

export interface CheckArgs {
  root: string;
  locale?: string;
  draft: boolean;
  json: boolean;
  /** `github`: annotations and a summary, written straight to the job (not returned). */
  format?: string;
}

/** What the command prints, line by line, and its exit status: 0 clean, 1 errors, 2 an unknown --locale. */
export interface CheckRun {
  stdout: string[];
  stderr: string[];
  exit: 0 | 1 | 2;
}

export async function runCheck({ root, locale, draft, json, format }: CheckArgs): Promise<CheckRun> {
  try {
    const { model, findings: loadWarnings } = await loadModel(root);
    const editions = model.story.editions;
    const only = locale ? editions.filter((l) => l.code === locale) : editions;
    if (only.length === 0)
      return {
        stdout: [],
        stderr: [
          cliMessages.unknownLocale(
            locale!,
            editions.map((l) => l.code),
          ),
        ],
        exit: 2,
      };
    const context = { command: 'check', draft, editions } as const;
    const tr = createTranslator(model);
    const findings: Finding[] = [...judge(loadWarnings, context), ...judgedCheck(model, tr, 'check', draft, { only })];
    // The Weblate/Crowdin templates must be in step with the source (the build refreshes them).
    findings.push(...judge(await platformFindings(root, model), context));
    const errors = findings.filter((f) => f.severity === 'error').length;
    const exit = errors > 0 ? 1 : 0;
    if (format === 'github') {
      writeGithub(findings, buildReport(model, tr, only));
      return { stdout: [], stderr: [], exit };
    }
    // `-- --json`: the findings as data for machines (CI annotations, editors), nothing else on stdout.
    if (json) return { stdout: [safeJson({ locales: only.map((l) => l.code), errors, warnings: findings.length - errors, findings })], stderr: [], exit };
    return {
      stdout: [
        ...findings.map(formatFinding),
        cliMessages.checkSummary(
          errors,
          findings.length - errors,
          only.map((l) => l.code),
        ),
      ],
      stderr: [],
      exit,
    };
  } catch (error) {
    if (!(error instanceof EditionsError)) throw error;
    if (json) return { stdout: [safeJson({ errors: error.findings.length, warnings: 0, findings: error.findings })], stderr: [], exit: 1 };
    return { stdout: [], stderr: [error.message], exit: 1 };
  }
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      locale: { type: 'string' },
      root: { type: 'string', default: process.cwd() },
      draft: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
    },
  });
  const run = await runCheck({
    root: values.root!,
    draft: values.draft!,
    json: values.json!,
    ...(values.locale ? { locale: values.locale } : {}),
    ...(values.format ? { format: values.format } : {}),
  });
  for (const line of run.stdout) print(line);
  for (const line of run.stderr) printError(line);
  process.exit(run.exit);
}
