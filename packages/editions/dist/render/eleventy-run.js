/**
 * The one place Eleventy is started, for the build, the merge, `editions start`
 * and the tests' watcher alike: Editions' templates as input, the plugin added
 * with the project's root, and the publication's own Eleventy config (if it
 * keeps one) loaded on top.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { engineDir, paths } from '../config.js';
import editionsPlugin from './plugin.js';
/** Config files a publication may keep, as Eleventy names them. */
const publicationConfigs = ['eleventy.config.js', 'eleventy.config.mjs', '.eleventy.js'];
export function templatesDir() {
    return path.join(engineDir, paths.templates);
}
export async function createEleventy({ root, output, runMode, plugin = {}, templates, configure }) {
    const own = publicationConfigs.map((name) => path.join(root, name)).find((file) => existsSync(file));
    const eleventy = new Eleventy(templates ?? templatesDir(), output, {
        ...(own ? { configPath: own } : {}),
        quietMode: true,
        runMode,
        config: (config) => {
            config.addPlugin(editionsPlugin, { ...plugin, root });
            configure?.(config);
        },
    });
    await eleventy.init();
    return eleventy;
}
//# sourceMappingURL=eleventy-run.js.map