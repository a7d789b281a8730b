/**
 * `npm run i18n:export -- --locale <lng> --format <xliff|xliff2|po> [--todo] --out <dir>`:
 * writes one file per namespace for a CAT tool (see src/exchange/export.ts).
 */
import { mkdir, writeFile } from '../files/own-files.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { editionCodes, readPublication } from '../model/publication.ts';
import { cliMessages, EditionsError, exchangeMessages } from '../errors.ts';
import { exportLocale } from '../exchange/export.ts';
import { exchangeFormats, type ExchangeFormat } from '../exchange/file.ts';
import { createTranslator } from '../translator/i18n.ts';
import { loadModel } from '../model/load.ts';
import { print, printError } from '../terminal.ts';

export async function runExport(root: string, locale: string, format: ExchangeFormat, todo: boolean, out: string): Promise<string[]> {
  const { model } = await loadModel(root);
  if (locale === model.story.sourceLanguage) throw new Error(exchangeMessages.sourceLocale(locale));
  const files = await exportLocale(model, createTranslator(model), locale, format, todo);
  const dir = path.resolve(root, out);
  await mkdir(dir, { recursive: true });
  const lines: string[] = [];
  for (const file of files) {
    await writeFile(path.join(dir, file.name), file.text);
    lines.push(`${path.relative(root, path.join(dir, file.name)) || file.name}: ${file.units} unit(s)`);
  }
  lines.push(`${files.length} file(s), ${files.reduce((n, f) => n + f.units, 0)} unit(s) for ${locale}${todo ? ' (missing and outdated only)' : ''}.`);
  return lines;
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      locale: { type: 'string' },
      format: { type: 'string' },
      todo: { type: 'boolean', default: false },
      out: { type: 'string' },
      root: { type: 'string', default: process.cwd() },
    },
  });
  const translated = editionCodes(readPublication(values.root!));
  if (!values.locale || !values.out || !exchangeFormats.includes(values.format as ExchangeFormat)) {
    printError(exchangeMessages.exportUsage(exchangeFormats));
    process.exit(2);
  }
  if (!translated.includes(values.locale)) {
    printError(cliMessages.unknownLocale(values.locale, translated));
    process.exit(2);
  }
  try {
    for (const line of await runExport(values.root!, values.locale, values.format as ExchangeFormat, values.todo!, values.out)) print(line);
  } catch (error) {
    printError(error instanceof EditionsError || error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
