/**
 * `npm run qa:waive -- <locale> <namespace:key> <code> "<reason>"`: sets one
 * current QA finding aside, with its reason, in locales/<lng>/_waivers.yml
 * (never in the translation). The waiver records fingerprints of the source
 * and the translation, so it is dropped as soon as either changes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { editionCodes, readPublication } from '../model/publication.ts';
import { cliMessages } from '../errors.ts';
import { createTranslator } from '../translator/i18n.ts';
import { loadModel } from '../model/load.ts';
import { qaReport } from '../qa/index.ts';
import { appendWaiver, waiversPath } from '../qa/waivers.ts';
import { fingerprint } from '../locales/lock.ts';

export async function waive(root: string, args: string[]): Promise<string> {
  const [locale, unit, code, ...words] = args;
  const reason = words.join(' ').trim();
  const known = editionCodes(readPublication(root));
  if (!locale || !unit || !code || !reason || !known.includes(locale)) throw new Error(cliMessages.waiveUsage(known));
  const { model } = await loadModel(root);
  const finding = qaReport(model, createTranslator(model), locale).findings.find((f) => f.key === unit && f.code === code);
  if (!finding || finding.sourceText === undefined || finding.translation === undefined) throw new Error(cliMessages.nothingToWaive(locale, unit, code));
  const file = path.join(root, waiversPath(locale));
  const before = await readFile(file, 'utf8').catch(() => '');
  await writeFile(file, appendWaiver(before, { unit, code, reason, source: fingerprint(finding.sourceText), translation: fingerprint(finding.translation) }));
  return cliMessages.waived(waiversPath(locale), unit, code);
}

export async function main(args: string[]): Promise<void> {
  try {
    // --root <dir> may come anywhere; the rest are the waiver's words, in order.
    const at = args.indexOf('--root');
    const root = at >= 0 ? path.resolve(args[at + 1] ?? '.') : process.cwd();
    console.log(await waive(root, at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
