/** The translation lock's file name, beside the translations. */
export declare const LOCK_FILE = "_sources.lock";
/** `localeFolder("ja")` → "locales/ja" */
export declare function localeFolder(locale: string): string;
/** `localeFile("ja", "the-route")` → "locales/ja/the-route.json": the file a translator edits for a namespace. */
export declare function localeFile(locale: string, namespace: string): string;
