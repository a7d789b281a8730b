/**
 * `npm run i18n:status`: per locale and chapter, how much is translated,
 * missing and outdated, then the to-do list with files, keys, source text and
 * word-level diffs. `--json` for machines, `--locale ja` to narrow it.
 * Exits 1 when a strict locale is incomplete.
 */
import { parseArgs } from 'node:util';
import { locales } from '../config.ts';
import { cliMessages, EditionsError, excerpt } from '../errors.ts';
import { createTranslator } from '../locales/i18n.ts';
import { loadModel } from '../model/load.ts';
import { plainDiff } from '../status/diff.ts';
import { escapeLine, safeJson } from '../terminal.ts';
import { buildReport, percent, strictIncomplete, type LocaleReport } from '../status/report.ts';

export function formatReport(reports: LocaleReport[]): string {
  const lines: string[] = [];
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  lines.push(`${pad('locale', 8)}${pad('file', 22)}${pad('translated', 16)}${pad('missing', 10)}outdated`);
  for (const r of reports) {
    for (const row of [...r.rows, { namespace: 'all', tally: r.total }]) {
      const t = row.tally;
      lines.push(`${pad(r.locale, 8)}${pad(row.namespace, 22)}${pad(`${t.translated}/${t.total} ${percent(t.translated, t.total)}%`, 16)}${pad(t.missing, 10)}${t.outdated}`);
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, locale: { type: 'string' }, root: { type: 'string', default: process.cwd() } } });
  const only = values.locale ? locales.filter((l) => l.code === values.locale) : locales;
  if (only.length === 0) {
    console.error(cliMessages.unknownLocale(values.locale!, locales.map((l) => l.code)));
    process.exit(2);
  }
  try {
    const { model } = await loadModel(values.root!);
    const reports = buildReport(model, createTranslator(model), only);
    console.log(values.json ? safeJson(reports) : formatReport(reports));
    process.exit(strictIncomplete(reports) ? 1 : 0);
  } catch (error) {
    if (!(error instanceof EditionsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
