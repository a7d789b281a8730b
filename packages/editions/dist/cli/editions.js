#!/usr/bin/env node
/**
 * `editions <command> [options]`: the one command-line front door. Each
 * subcommand is a module of this folder with a `main(args)`, loaded only
 * when asked for, so `editions check` never loads Eleventy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { engineDir } from '../config.js';
import { cliMessages, EditionsError } from '../errors.js';
import { escapeControls } from '../terminal.js';
/** Command → what it does, and how to load it. */
const commands = {
    init: { does: 'start a new publication: editions init [dir] --source <lng> --editions <lng,lng,…>', load: async () => (await import('./init.js')).main },
    start: { does: 'build, serve on loopback and rebuild on every save: [--port N] [--draft]', load: async () => (await import('./start.js')).main },
    build: { does: 'build every edition into _site (or one: --locale <lng> --out <dir>): [--draft]', load: async () => (await import('./build.js')).main },
    check: { does: 'check the whole publication, no browser: [--locale <lng>] [--draft] [--json | --format github]', load: async () => (await import('./check.js')).main },
    status: { does: 'per-edition table of translated / missing / outdated: [--locale <lng>] [--json]', load: async () => (await import('./status.js')).main },
    ids: { does: 'give every block of content/ that lacks one its stable id', load: async () => (await import('./ids.js')).main },
    sync: { does: 'record the current source of every translation in the lock: [<lng>…] [--all]', load: async () => { const m = (await import('./sync.js')).main; return (args) => m(['sync', ...args]); } },
    accept: { does: 'accept outdated translations as still right: <lng> <namespace:key>… | --all', load: async () => { const m = (await import('./sync.js')).main; return (args) => m(['accept', ...args]); } },
    export: { does: 'XLIFF or PO for a CAT tool: --locale <lng> --format <xliff|xliff2|po> --out <dir> [--todo]', load: async () => (await import('./export.js')).main },
    import: { does: 'bring translated XLIFF or PO back, validated: <file>… [--accept-stale]', load: async () => (await import('./import.js')).main },
    review: { does: 'mark translations as reviewed by a second person: <lng> <namespace:key>… | --all', load: async () => (await import('./review.js')).main },
    templates: { does: 'refresh the Weblate/Crowdin templates under i18n/', load: async () => (await import('./templates.js')).main },
    waive: { does: 'waive one QA finding with a reason: <lng> <namespace:key> <code> "<reason>"', load: async () => (await import('./waive.js')).main },
    merge: { does: 'merge editions built on separate machines: <shard dir>… --out <dir>', load: async () => (await import('./merge.js')).main },
};
function version() {
    return JSON.parse(readFileSync(path.join(engineDir, 'package.json'), 'utf8')).version;
}
function help() {
    const width = Math.max(...Object.keys(commands).map((c) => c.length));
    return [`editions ${version()}: one story, one static edition per language.`, '', 'Usage: editions <command> [options]', '',
        ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.does}`), '',
        'Every command takes --root <dir> (default: the current folder).'].join('\n');
}
export async function run(argv) {
    const [name, ...args] = argv;
    if (name === undefined || name === 'help' || name === '--help' || name === '-h')
        return console.log(help());
    if (name === '--version' || name === '-v')
        return console.log(version());
    const command = commands[name];
    if (!command) {
        console.error(cliMessages.unknownCommand(name, Object.keys(commands)));
        process.exit(2);
    }
    await (await command.load())(args);
}
try {
    await run(process.argv.slice(2));
}
catch (error) {
    // Findings print as `file:line [key] what. Fix: …`; anything else as one escaped line, no stack.
    const message = error instanceof EditionsError || error?.name === 'EditionsError'
        ? error.message
        : escapeControls(error instanceof Error ? error.message : String(error));
    console.error(message);
    if (process.env.EDITIONS_DEBUG)
        console.error(escapeControls(String(error?.stack ?? '')));
    process.exit(1);
}
//# sourceMappingURL=editions.js.map