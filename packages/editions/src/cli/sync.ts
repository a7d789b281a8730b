/**
 * `npm run i18n:sync [-- <locale>…]`: records every current translation as
 * made from the current source (run it after editing translations).
 * `npm run i18n:accept -- <locale> <namespace:key>… | --all`: an outdated
 * translation that still fits is marked up to date without editing it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeProjectText } from '../files/safe-files.ts';
import { escapeControls, print, printError } from '../terminal.ts';
import { cliMessages, EditionsError } from '../errors.ts';
import { createTranslator } from '../translator/i18n.ts';
import { loadModel } from '../model/load.ts';
import { lockPath, serializeLock } from '../locales/lock.ts';
import { acceptInLock, syncLock } from '../status/sync.ts';
import { statusItems } from '../status/units.ts';

export async function runLockCommand(root: string, command: 'sync' | 'accept', args: string[], all: boolean): Promise<string[]> {
  const { model } = await loadModel(root);
  const tr = createTranslator(model);
  const translatedLocales = model.story.editions.filter((l) => l.code !== model.story.sourceLanguage).map((l) => l.code);
  const out: string[] = [];
  if (command === 'sync') {
    for (const code of args.length ? args : translatedLocales) {
      const lock = syncLock(statusItems(model, tr, code));
      writeProjectText(root, lockPath(code), serializeLock(lock));
      out.push(cliMessages.lockRecorded(lockPath(code), lock.size));
    }
    return out;
  }
  const [code, ...keys] = args;
  if (!code || !translatedLocales.includes(code) || (keys.length === 0 && !all)) {
    throw new Error(cliMessages.acceptUsage(translatedLocales));
  }
  const lock = model.locales.get(code)!.lock;
  const unknown = acceptInLock(lock, statusItems(model, tr, code), all ? 'all' : keys);
  if (unknown.length) throw new Error(cliMessages.notOutdated(code, unknown));
  writeProjectText(root, lockPath(code), serializeLock(lock));
  out.push(cliMessages.lockAccepted(lockPath(code), all ? 'all' : keys));
  return out;
}

export async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { all: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } },
  });
  const [command, ...rest] = positionals;
  try {
    for (const line of await runLockCommand(path.resolve(values.root!), command === 'accept' ? 'accept' : 'sync', rest, values.all!)) print(line);
  } catch (error) {
    printError(escapeControls(error instanceof EditionsError || error instanceof Error ? error.message : String(error)));
    process.exit(1);
  }
}
