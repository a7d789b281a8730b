/**
 * The check itself, loaded only when the remembered one (check.ts) no longer
 * holds: the model, the translator and QA are what a check costs.
 */
import { judgedCheck } from '../checks/model.ts';
import { judge } from '../checks/verdict.ts';
import { cliMessages, EditionsError, formatFinding, type Finding } from '../errors.ts';
import { loadModel } from '../model/load.ts';
import { createTranslator } from '../translator/i18n.ts';
import { platformFindings } from '../exchange/platforms.ts';
import { buildReport } from '../status/report.ts';
import { rememberQa } from '../qa/remembered.ts';
import { writeGithub } from './github.ts';
import { safeJson } from '../terminal.ts';
import type { CheckArgs, CheckRun } from './check.ts';

export async function checkNow({ root, locale, draft, json, format }: CheckArgs): Promise<CheckRun> {
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
    // Each string's QA findings as the last check worked them out, for the strings whose texts are the same.
    const qa = rememberQa(root);
    const findings: Finding[] = [...judge(loadWarnings, context), ...judgedCheck(model, tr, 'check', draft, { only })];
    qa.save();
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
