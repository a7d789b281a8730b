/**
 * `npm run i18n:status`: per locale and chapter, how much is translated,
 * missing and outdated, then the to-do list with files, keys, source text and
 * word-level diffs. `--json` for machines, `--locale ja` to narrow it.
 * Exits 1 when a strict locale is incomplete.
 */
import { parseArgs } from 'node:util';
import { cliMessages, EditionsError, excerpt } from '../errors.ts';
import { createTranslator } from '../translator/i18n.ts';
import { loadModel } from '../model/load.ts';
import { plainDiff } from '../status/diff.ts';
import { statusFails } from '../checks/model.ts';
import { buildReport, percent, type LocaleReport } from '../status/report.ts';
import { statusOnce } from '../status/units.ts';
import { escapeLine, print, printError, printJson } from '../terminal.ts';

export function formatReport(reports: LocaleReport[]): string {
  const lines: string[] = [];
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  lines.push(`${pad('locale', 8)}${pad('file', 22)}${pad('translated', 16)}${pad('reviewed', 10)}${pad('missing', 10)}outdated`);
  for (const r of reports) {
    for (const row of [...r.rows, { namespace: 'all', tally: r.total }]) {
      const t = row.tally;
      lines.push(
        `${pad(r.locale, 8)}${pad(row.namespace, 22)}${pad(`${t.translated}/${t.total} ${percent(t.translated, t.total)}%`, 16)}${pad(t.reviewed, 10)}${pad(t.missing, 10)}${t.outdated}`,
      );
    }
  }
  for (const r of reports) {
    lines.push('', r.todo.length === 0 ? `${r.locale} (${r.mode}): nothing to do.` : `${r.locale} (${r.mode}): ${r.todo.length} to do`);
    for (const item of r.todo) {
      lines.push(`  ${item.state.padEnd(9)}${item.file}  ${item.key}`);
      if (item.state === 'outdated') lines.push(`           source changed: ${plainDiff(item.previousSource!, item.sourceText)}`);
      else lines.push(`           source: ${excerpt(item.sourceText, 100)}`);
    }
  }
  // Keys, file names and text come from files: no control character reaches the terminal.
  return lines.map(escapeLine).join('\n');
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false }, locale: { type: 'string' }, root: { type: 'string', default: process.cwd() } } });
  try {
    const { model } = await loadModel(values.root!);
    const editions = model.story.editions;
    const only = values.locale ? editions.filter((l) => l.code === values.locale) : editions;
    if (only.length === 0) {
      printError(
        cliMessages.unknownLocale(
          values.locale!,
          editions.map((l) => l.code),
        ),
      );
      process.exit(2);
    }
    const tr = createTranslator(model);
    const status = statusOnce(model, tr);
    const reports = buildReport(model, tr, only, status);
    if (values.json) printJson(reports);
    else print(formatReport(reports));
    process.exit(statusFails(model, tr, only, status) ? 1 : 0);
  } catch (error) {
    if (!(error instanceof EditionsError)) throw error;
    printError(error.message);
    process.exit(1);
  }
}
