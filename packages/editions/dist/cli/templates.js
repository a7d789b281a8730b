/** `npm run i18n:templates`: refreshes i18n/<source>/*.json and crowdin.yml for Weblate and Crowdin (see src/exchange/platforms.ts). */
import { parseArgs } from 'node:util';
import { EditionsError } from '../errors.js';
import { writePlatformFiles } from '../exchange/platforms.js';
import { loadModel } from '../model/load.js';
export async function refreshTemplates(root) {
    const { model } = await loadModel(root);
    return writePlatformFiles(root, model);
}
export async function main(args) {
    const { values } = parseArgs({ args, options: { root: { type: 'string', default: process.cwd() } } });
    try {
        const written = await refreshTemplates(values.root);
        console.log(written.length ? `Refreshed ${written.join(', ')}.` : 'The platform files are up to date.');
    }
    catch (error) {
        if (!(error instanceof EditionsError))
            throw error;
        console.error(error.message);
        process.exit(1);
    }
}
//# sourceMappingURL=templates.js.map