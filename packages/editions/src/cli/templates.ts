/** `npm run i18n:templates`: refreshes i18n/<source>/*.json and crowdin.yml for Weblate and Crowdin (see src/exchange/platforms.ts). */
import { parseArgs } from 'node:util';
import { EditionsError } from '../errors.ts';
import { writePlatformFiles } from '../exchange/platforms.ts';
import { loadModel } from '../model/load.ts';
import { print, printError } from '../terminal.ts';
import type { Model } from '../model/types.ts';

/** Writes the platform files from `model` (the build passes the one it loaded), else from the source as it is now. */
export async function refreshTemplates(root: string, model?: Model): Promise<string[]> {
  return writePlatformFiles(root, model ?? (await loadModel(root)).model);
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { root: { type: 'string', default: process.cwd() } } });
  try {
    const written = await refreshTemplates(values.root!);
    print(written.length ? `Refreshed ${written.join(', ')}.` : 'The platform files are up to date.');
  } catch (error) {
    if (!(error instanceof EditionsError)) throw error;
    printError(error.message);
    process.exit(1);
  }
}
