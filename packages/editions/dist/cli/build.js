/**
 * `npm run build`: renders every edition and the search index into a fresh
 * folder, and swaps it into _site only when everything succeeded, so a failed
 * build leaves the previous site exactly as it was.
 *   --draft   render missing translations as flagged source text
 *   --pseudo  pseudo-localize every string from the locale files (hard-coded text test)
 *   --out DIR build somewhere other than _site (tests, benchmarks)
 */
import { rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { paths } from '../config.js';
import { cliMessages, EditionsError } from '../errors.js';
import { escapeControls } from '../terminal.js';
import { prepareBuild } from '../render/plugin.js';
import { createEleventy } from '../render/eleventy-run.js';
import { siteUrlFromEnv, writeManifest } from '../render/shard.js';
import { editionCodes, readPublication } from '../model/publication.js';
import { refreshTemplates } from './templates.js';
import { removeLeftovers } from './leftovers.js';
export async function build({ root, out, draft, pseudo = false, templates, locale }) {
    // Validated here, before Eleventy starts, so errors print cleanly; the plugin renders this very build.
    const prepared = await prepareBuild(root, draft, pseudo);
    if (locale !== undefined) {
        const editions = prepared.model.story.editions.map((e) => e.code);
        if (!editions.includes(locale))
            throw new Error(cliMessages.unknownLocale(locale, editions));
        prepared.scope = { kind: 'edition', locale };
    }
    await renderSite(prepared, root, path.resolve(root, out), templates, locale === undefined ? undefined
        : (staging) => writeManifest(staging, { locale, draft, pseudo, siteUrl: siteUrlFromEnv() }));
}
/**
 * Renders `state` with Eleventy into a staging folder, lets `finish` add to
 * it, and only then swaps it in for `target`: on any error `target` is left
 * as it was. Shared by the build and the merge.
 */
export async function renderSite(state, root, target, templates, finish) {
    const staging = `${target}.staging-${process.pid}`;
    // A killed build's staging and previous folders go first (a running build's are kept).
    await removeLeftovers(target);
    try {
        const eleventy = await createEleventy({ root, output: staging, runMode: 'build', plugin: { prepared: state }, ...(templates ? { templates } : {}) });
        await eleventy.write();
        await finish?.(staging);
    }
    catch (error) {
        await rm(staging, { recursive: true, force: true });
        throw editionsCause(error) ?? error;
    }
    const previous = `${target}.previous-${process.pid}`;
    if (existsSync(target))
        await rename(target, previous);
    await rename(staging, target);
    await rm(previous, { recursive: true, force: true });
}
/** Eleventy wraps errors thrown in its hooks; dig out ours for a clean message. */
function editionsCause(error) {
    for (let e = error; e; e = e.originalError ?? e.cause) {
        if (e instanceof EditionsError || e.name === 'EditionsError')
            return e;
    }
    return null;
}
export async function main(args) {
    const { values } = parseArgs({ args, options: { draft: { type: 'boolean', default: false }, pseudo: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() }, out: { type: 'string', default: paths.output }, locale: { type: 'string' }, 'list-editions': { type: 'boolean', default: false } } });
    // For a CI matrix (.github/workflows/build.yml): the editions, as JSON.
    if (values['list-editions']) {
        console.log(JSON.stringify(editionCodes(readPublication(values.root))));
        process.exit(0);
    }
    const started = performance.now();
    try {
        await build({ root: values.root, out: values.out, draft: values.draft, pseudo: values.pseudo, ...(values.locale !== undefined ? { locale: values.locale } : {}) });
        await refreshTemplates(values.root); // Weblate/Crowdin templates kept in step
        console.log(cliMessages.built(values.out, (performance.now() - started) / 1000, values.draft, values.pseudo));
    }
    catch (error) {
        if (error instanceof EditionsError || error.name === 'EditionsError') {
            console.error(`${cliMessages.buildStopped(values.out)}\n${error.message}`);
        }
        else {
            console.error(escapeControls(String(error?.stack ?? error)));
        }
        process.exit(1);
    }
}
//# sourceMappingURL=build.js.map