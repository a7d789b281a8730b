import { cliMessages, EditionsError } from '../errors.js';
/**
 * The findings whose severity depends on the context, by code. Strings a
 * reader can't be shown in another language (quotes, the page chrome) stop a
 * build even in a draft edition, unless the whole build is a `--draft`.
 */
const rules = {
    missing: ({ finding, mode, draftFlag, command }) => {
        if (finding.subject === 'quote' || finding.subject === 'ui')
            return draftFlag ? 'warning' : 'error';
        return mode === 'strict' && command !== 'preview' ? 'error' : 'warning';
    },
    // publish: reviewed — an unreviewed quote stops a strict edition; a draft edition or a --draft build shows it.
    unreviewed: ({ mode, command }) => (mode === 'strict' && command !== 'preview' ? 'error' : 'warning'),
    // A strict edition publishes an outdated translation marked as revised; i18n:status counts it as work left to do.
    outdated: ({ mode, command }) => (command === 'status' && mode === 'strict' ? 'error' : 'warning'),
};
/** The severity of one finding in this context. */
export function severity(finding, ctx) {
    const rule = rules[finding.code];
    if (!rule)
        return finding.severity;
    const edition = ctx.editions.find((e) => e.code === finding.locale);
    const mode = ctx.draft ? 'draft' : edition?.mode ?? 'strict';
    return rule({ finding, mode, draftFlag: ctx.draft, command: ctx.command });
}
/** The findings with their severity decided. */
export function judge(findings, ctx) {
    return findings.map((f) => {
        const decided = severity(f, ctx);
        return decided === f.severity ? f : { ...f, severity: decided };
    });
}
/** The errors among judged findings: what stops the command. */
export function errorsOf(findings) {
    return findings.filter((f) => f.severity === 'error');
}
/**
 * What the strict build would refuse that a preview serves (as a draft): the errors of `build`
 * that `preview` weighs as warnings, for `editions start` to summarise.
 */
export function refusedByStrictBuild(findings, ctx) {
    return findings.filter((f) => severity(f, { ...ctx, command: 'build' }) === 'error' && severity(f, { ...ctx, command: 'preview' }) !== 'error');
}
/** What the build does with the verdict: throws its errors; a preview also says, in one line, what the strict build would refuse. */
export function enforce(findings, editions, draft, preview) {
    const blockers = errorsOf(findings);
    if (blockers.length)
        throw new EditionsError(blockers);
    if (!preview)
        return;
    const refused = refusedByStrictBuild(findings, { draft, editions });
    if (refused.length)
        console.warn(cliMessages.previewRefused(refused));
}
//# sourceMappingURL=verdict.js.map