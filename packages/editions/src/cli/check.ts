/**
 * `npm run check [-- --locale ja] [--draft] [--json] [--root DIR]`: the static
 * check of the whole model. Exit 1 on any error, exactly when `npm run build`
 * (with the same `--draft`) would refuse to publish. `runCheck` is the whole
 * command but for printing and exiting, so tests run it in-process.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheFile, codeVersion, loadCache, storeCache } from '../model/parse-cache.ts';
import { forgetReadAhead, recordReads, readsUnchanged, type ProjectRead } from '../files/safe-files.ts';
import { print, printError } from '../terminal.ts';

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

/**
 * The check, remembered: when every read of the project the last check made
 * answers the same now (by content: safe-files.ts records them), with the
 * same code and arguments, its output is the same, and is given again
 * without loading the model. Kept beside the parse cache (a project without
 * node_modules has none); `--format github` writes files, so always runs.
 */
export async function runCheck(args: CheckArgs): Promise<CheckRun> {
  const file = args.format === undefined ? cacheFile(args.root, 'check') : null;
  if (!file) return (await import('./check-now.ts')).checkNow(args);
  const key = JSON.stringify([codeVersion(), path.resolve(args.root), args.locale ?? null, args.draft, args.json]);
  const stored = loadCache(file) as { key?: string; reads?: ProjectRead[]; run?: CheckRun } | undefined;
  // A changed read: the files read to find out are kept for the check that follows, which reads each once.
  if (stored?.key === key && stored.run && stored.reads && readsUnchanged(stored.reads, { readAhead: true })) return stored.run;
  const { checkNow } = await import('./check-now.ts');
  try {
    const { value: run, reads } = await recordReads(() => checkNow(args));
    storeCache(file, { key, reads, run });
    return run;
  } finally {
    forgetReadAhead();
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
