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
import { type Finding, type Severity } from '../errors.ts';
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
/** The severity of one finding in this context. */
export declare function severity(finding: Finding, ctx: Context): Severity;
/** The findings with their severity decided. */
export declare function judge(findings: readonly Finding[], ctx: Context): Finding[];
/** The errors among judged findings: what stops the command. */
export declare function errorsOf(findings: readonly Finding[]): Finding[];
/**
 * What the strict build would refuse that a preview serves (as a draft): the errors of `build`
 * that `preview` weighs as warnings, for `editions start` to summarise.
 */
export declare function refusedByStrictBuild(findings: readonly Finding[], ctx: Omit<Context, 'command'>): Finding[];
/** What the build does with the verdict: throws its errors; a preview also says, in one line, what the strict build would refuse. */
export declare function enforce(findings: readonly Finding[], editions: readonly Edition[], draft: boolean, preview: boolean): void;
