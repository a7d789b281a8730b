/**
 * `npm run i18n:review -- <locale> <namespace:key>… | --all`: records that a
 * second person reviewed these translations against their source. The mark is
 * dropped by itself when the translation or the source changes.
 */
import { writeProjectText } from '../files/safe-files.ts';
import { parseArgs } from 'node:util';
import { EditionsError, exchangeMessages } from '../errors.ts';
import { markReviewed } from '../exchange/review.ts';
import { createTranslator } from '../translator/i18n.ts';
import { loadModel } from '../model/load.ts';
import { lockPath, serializeLock } from '../locales/lock.ts';
import { statusItems } from '../status/units.ts';
import { print, printError } from '../terminal.ts';

export async function runReview(root: string, code: string | undefined, keys: string[], all: boolean): Promise<string> {
  const { model } = await loadModel(root);
  const translated = model.story.editions.filter((l) => l.code !== model.story.sourceLanguage).map((l) => l.code);
  if (!code || !translated.includes(code) || (keys.length === 0 && !all)) throw new Error(exchangeMessages.reviewUsage(translated));
  const lock = model.locales.get(code)!.lock;
  const refused = markReviewed(lock, statusItems(model, createTranslator(model), code), all ? 'all' : keys);
  if (refused.length) throw new Error(exchangeMessages.notReviewable(code, refused));
  writeProjectText(root, lockPath(code), serializeLock(lock));
  return `${lockPath(code)}: reviewed ${all ? 'every current translation' : keys.join(', ')}.`;
}

export async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { all: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } },
  });
  const [code, ...keys] = positionals;
  try {
    print(await runReview(values.root!, code, keys, values.all!));
  } catch (error) {
    printError(error instanceof EditionsError || error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
