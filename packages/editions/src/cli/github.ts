/**
 * `editions check --format github`: findings as GitHub Actions annotations
 * on the files to fix, and a table per edition in the job summary, so a
 * translator reads the pull request's to-do list where they work.
 */
import { appendFileSync } from '../files/own-files.ts';
import type { Finding } from '../errors.ts';
import type { LocaleReport } from '../status/report.ts';
import { escapeLine, print } from '../terminal.ts';

/** Annotation data is one line; GitHub decodes %, CR and LF written as %25, %0D, %0A (and , : in properties). */
const data = (s: string) => escapeLine(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=locales/ja/quotes.json,line=4,title=missing::…` */
export function annotation(f: Finding): string {
  const props = [
    f.file ? `file=${property(f.file)}` : '',
    f.line ? `line=${f.line}` : '',
    f.column ? `col=${f.column}` : '',
    `title=${property(f.key ? `${f.code} [${f.key}]` : f.code)}`,
  ]
    .filter(Boolean)
    .join(',');
  return `::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${data(`${f.what} Fix: ${f.fix}`)}`;
}

/** The job summary: one row per edition, as `editions status` counts. */
export function summaryTable(reports: readonly LocaleReport[], errors: number, warnings: number): string {
  const rows = reports.map((r) => `| ${escapeLine(r.locale)} | ${r.mode} | ${r.total.translated} | ${r.total.missing} | ${r.total.outdated} |`);
  return [
    '### Editions check',
    '',
    `${errors} error(s), ${warnings} warning(s).`,
    '',
    '| edition | mode | translated | missing | outdated |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

export function writeGithub(findings: readonly Finding[], reports: readonly LocaleReport[]): void {
  for (const f of findings) print(annotation(f));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const summary = summaryTable(reports, errors, findings.length - errors);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${summary}\n`);
  else print(summary);
}
