/**
 * The one verdict: whether a finding stops the work. The check, the build
 * gate, `i18n:status` and the browser suite all ask `judge`, so what the
 * check calls an error the build refuses, and nothing else.
 *
 * A finding arrives with the severity it has everywhere (a broken file is an
 * error in every mode); the rules below decide the findings whose weight
 * depends on the edition's mode, on `--draft`, or on the command.
 */
import type { Edition } from '../config.ts';
import { cliMessages, EditionsError, type Finding, type Severity } from '../errors.ts';
import { printError } from '../terminal.ts';

/**
 * Who asks: `editions check`, `editions build`, `editions start` (preview: a strict edition is
 * served as a draft while it is being written), `editions status`, the browser gate.
 */
export type Command = 'check' | 'build' | 'preview' | 'status' | 'gate';

export interface Context {
  command: Command;
  /** `--draft`: every edition is treated as a draft, and missing quotes are shown flagged. */
  draft: boolean;
  /** The publication's editions: each finding about a locale is weighed by that edition's mode. */
  editions: readonly Edition[];
}

interface Weighing {
  finding: Finding;
  /** The edition's own mode, or draft for every edition under `--draft`. */
  mode: Edition['mode'];
  draftFlag: boolean;
  command: Command;
}

type Rule = (w: Weighing) => Severity;

/**
 * The findings whose severity depends on the context, by code. Strings a
 * reader can't be shown in another language (quotes, the page chrome) stop a
 * build even in a draft edition, unless the whole build is a `--draft`.
 */
const rules: Record<string, Rule> = {
  missing: ({ finding, mode, draftFlag, command }) => {
    if (finding.subject === 'quote' || finding.subject === 'ui') return draftFlag ? 'warning' : 'error';
    return mode === 'strict' && command !== 'preview' ? 'error' : 'warning';
  },
  // publish: reviewed — an unreviewed quote stops a strict edition; a draft edition or a --draft build shows it.
  unreviewed: ({ mode, command }) => (mode === 'strict' && command !== 'preview' ? 'error' : 'warning'),
  // A strict edition publishes an outdated translation marked as revised; i18n:status counts it as work left to do.
  outdated: ({ mode, command }) => (command === 'status' && mode === 'strict' ? 'error' : 'warning'),
};

/** The severity of one finding in this context. */
export function severity(finding: Finding, ctx: Context): Severity {
  const rule = rules[finding.code];
  if (!rule) return finding.severity;
  const edition = ctx.editions.find((e) => e.code === finding.locale);
  const mode = ctx.draft ? 'draft' : (edition?.mode ?? 'strict');
  return rule({ finding, mode, draftFlag: ctx.draft, command: ctx.command });
}

/** The findings with their severity decided. */
export function judge(findings: readonly Finding[], ctx: Context): Finding[] {
  return findings.map((f) => {
    const decided = severity(f, ctx);
    return decided === f.severity ? f : { ...f, severity: decided };
  });
}

/** The errors among judged findings: what stops the command. */
export function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/**
 * What the strict build would refuse that a preview serves (as a draft): the errors of `build`
 * that `preview` weighs as warnings, for `editions start` to summarise.
 */
export function refusedByStrictBuild(findings: readonly Finding[], ctx: Omit<Context, 'command'>): Finding[] {
  return findings.filter((f) => severity(f, { ...ctx, command: 'build' }) === 'error' && severity(f, { ...ctx, command: 'preview' }) !== 'error');
}

/** What the build does with the verdict: throws its errors; a preview also says, in one line, what the strict build would refuse. */
export function enforce(findings: readonly Finding[], editions: readonly Edition[], draft: boolean, preview: boolean): void {
  const blockers = errorsOf(findings);
  if (blockers.length) throw new EditionsError(blockers);
  if (!preview) return;
  const refused = refusedByStrictBuild(findings, { draft, editions });
  if (refused.length) printError(cliMessages.previewRefused(refused));
}
