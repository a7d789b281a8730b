/** Where a locale's files are in a project: the one place that spells the paths under locales/. */
import { paths } from '../config.js';
/** The translation lock's file name, beside the translations. */
export const LOCK_FILE = '_sources.lock';
/** `localeFolder("ja")` → "locales/ja" */
export function localeFolder(locale) {
    return `${paths.locales}/${locale}`;
}
/** `localeFile("ja", "the-route")` → "locales/ja/the-route.json": the file a translator edits for a namespace. */
export function localeFile(locale, namespace) {
    return `${localeFolder(locale)}/${namespace}.json`;
}
//# sourceMappingURL=files.js.map