/**
 * `npm run qa:waive -- <locale> <namespace:key> <code> "<reason>"`: sets one
 * current QA finding aside, with its reason, in locales/<lng>/_waivers.yml
 * (never in the translation). The waiver records fingerprints of the source
 * and the translation, so it is dropped as soon as either changes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { editionCodes, readPublication } from '../model/publication.js';
import { cliMessages } from '../errors.js';
import { createTranslator } from '../translator/i18n.js';
import { loadModel } from '../model/load.js';
import { qaReport } from '../qa/index.js';
import { appendWaiver, waiversPath } from '../qa/waivers.js';
import { fingerprint } from '../locales/lock.js';
export async function waive(root, args) {
    const [locale, unit, code, ...words] = args;
    const reason = words.join(' ').trim();
    const known = editionCodes(readPublication(root));
    if (!locale || !unit || !code || !reason || !known.includes(locale))
        throw new Error(cliMessages.waiveUsage(known));
    const { model } = await loadModel(root);
    const finding = qaReport(model, createTranslator(model), locale).findings.find((f) => f.key === unit && f.code === code);
    if (!finding || finding.sourceText === undefined || finding.translation === undefined)
        throw new Error(cliMessages.nothingToWaive(locale, unit, code));
    const file = path.join(root, waiversPath(locale));
    const before = await readFile(file, 'utf8').catch(() => '');
    await writeFile(file, appendWaiver(before, { unit, code, reason, source: fingerprint(finding.sourceText), translation: fingerprint(finding.translation) }));
    return cliMessages.waived(waiversPath(locale), unit, code);
}
export async function main(args) {
    try {
        console.log(await waive(process.cwd(), args));
    }
    catch (error) {
        console.error(error.message);
        process.exit(1);
    }
}
//# sourceMappingURL=waive.js.map