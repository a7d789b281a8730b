#!/usr/bin/env node
/**
 * `editions <command> [options]`: the one command-line front door. Each
 * subcommand is a module of this folder with a `main(args)`, loaded only
 * when asked for, so `editions check` never loads Eleventy.
 */
import { engineVersion } from '../config.ts';
import { cliMessages, EditionsError } from '../errors.ts';
import { escapeControls, print, printError } from '../terminal.ts';

type Main = (args: string[]) => Promise<void>;

/** Command → what it does, and how to load it. */
const commands: Record<string, { does: string; load: () => Promise<Main> }> = {
  init: { does: 'start a new publication: editions init [dir] --source <lng> --editions <lng,lng,…>', load: async () => (await import('./init.ts')).main },
  start: { does: 'build, serve on loopback and rebuild on every save: [--port N] [--draft]', load: async () => (await import('./start.ts')).main },
  build: { does: 'build every edition into _site (or one: --locale <lng> --out <dir>): [--draft]', load: async () => (await import('./build.ts')).main },
  check: { does: 'check the whole publication, no browser: [--locale <lng>] [--draft] [--json | --format github]', load: async () => (await import('./check.ts')).main },
  status: { does: 'per-edition table of translated / missing / outdated: [--locale <lng>] [--json]', load: async () => (await import('./status.ts')).main },
  ids: { does: 'give every block of content/ that lacks one its stable id', load: async () => (await import('./ids.ts')).main },
  sync: {
    does: 'record the current source of every translation in the lock: [<lng>…] [--all]',
    load: async () => {
      const m = (await import('./sync.ts')).main;
      return (args) => m(['sync', ...args]);
    },
  },
  accept: {
    does: 'accept outdated translations as still right: <lng> <namespace:key>… | --all',
    load: async () => {
      const m = (await import('./sync.ts')).main;
      return (args) => m(['accept', ...args]);
    },
  },
  export: { does: 'XLIFF or PO for a CAT tool: --locale <lng> --format <xliff|xliff2|po> --out <dir> [--todo]', load: async () => (await import('./export.ts')).main },
  import: { does: 'bring translated XLIFF or PO back, validated: <file>… [--accept-stale]', load: async () => (await import('./import.ts')).main },
  review: { does: 'mark translations as reviewed by a second person: <lng> <namespace:key>… | --all', load: async () => (await import('./review.ts')).main },
  templates: { does: 'refresh the Weblate/Crowdin templates under i18n/', load: async () => (await import('./templates.ts')).main },
  waive: { does: 'waive one QA finding with a reason: <lng> <namespace:key> <code> "<reason>"', load: async () => (await import('./waive.ts')).main },
  merge: { does: 'merge editions built on separate machines: <shard dir>… --out <dir>', load: async () => (await import('./merge.ts')).main },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    `editions ${engineVersion()}: one story, one static edition per language.`,
    '',
    'Usage: editions <command> [options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.does}`),
    '',
    'Every command but init (give it the folder to start in) takes --root <dir> (default: the current folder).',
  ].join('\n');
}

export async function run(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return print(help());
  if (name === '--version' || name === '-v') return print(engineVersion());
  const command = commands[name];
  if (!command) {
    printError(cliMessages.unknownCommand(name, Object.keys(commands)));
    process.exit(2);
  }
  await (await command.load())(args);
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  // Findings print as `file:line [key] what. Fix: …`; anything else as one escaped line, no stack.
  const message =
    error instanceof EditionsError || (error as Error)?.name === 'EditionsError'
      ? (error as Error).message
      : escapeControls(error instanceof Error ? error.message : String(error));
  printError(message);
  if (process.env.EDITIONS_DEBUG) printError(escapeControls(String((error as Error)?.stack ?? '')));
  process.exit(1);
}
