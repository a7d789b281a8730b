/**
 * `npm run i18n:import -- [--accept-stale] <file>…`: merges XLIFF / PO files
 * from a CAT tool into locales/ (see src/exchange/import.ts). Prints a summary
 * per file and every finding; exits 1 when a file was refused.
 */
import { parseArgs } from 'node:util';
import { EditionsError, exchangeMessages, formatFinding } from '../errors.ts';
import { importFiles, type ImportSummary } from '../exchange/import.ts';
import { print, printError } from '../terminal.ts';

export function formatSummary(s: ImportSummary): string {
  const counts = `added ${s.added}, changed ${s.changed}, unchanged ${s.unchanged}, conflicts ${s.conflicts}, refused ${s.refused}${s.reviewed ? `, reviewed ${s.reviewed}` : ''}${s.fuzzy ? `, fuzzy (skipped) ${s.fuzzy}` : ''}`;
  const into = s.target ? ` → ${s.target}` : '';
  const refused = s.refused > 0 || s.findings.some((f) => f.severity === 'error') ? ' — refused, nothing imported from this file' : '';
  return `${s.file}${into}: ${counts}${refused}`;
}

export async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'accept-stale': { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } },
  });
  if (positionals.length === 0) {
    printError(exchangeMessages.importUsage);
    process.exit(2);
  }
  try {
    const summaries = await importFiles(values.root!, positionals, { acceptStale: values['accept-stale']! });
    for (const s of summaries) for (const f of s.findings) print(formatFinding(f));
    for (const s of summaries) print(formatSummary(s));
    process.exit(summaries.some((s) => s.findings.some((f) => f.severity === 'error')) ? 1 : 0);
  } catch (error) {
    if (!(error instanceof EditionsError)) throw error;
    printError(error.message);
    process.exit(1);
  }
}
