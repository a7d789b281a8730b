/**
 * What Editions knows about languages: script, quotation marks, search
 * tuning, names. A publication chooses its editions among these (in
 * content/story.md); adding a language Editions does not know yet is one
 * entry here.
 */
const latin = /[A-Za-z\u00C0-\u024F]/;
const plain = { wholeRuns: false, variants: false, hangulJamo: false };
export const languages = [
    { code: 'en', endonym: 'English', englishName: 'English', ogLocale: 'en_US', script: latin, quotes: '“”‘’', search: plain },
    { code: 'ja', endonym: '日本語', englishName: 'Japanese', ogLocale: 'ja_JP', script: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, quotes: '「」『』', search: { wholeRuns: true, variants: true, hangulJamo: false } },
    { code: 'ko', endonym: '한국어', englishName: 'Korean', ogLocale: 'ko_KR', script: /\p{Script=Hangul}/u, quotes: '“”‘’', search: { wholeRuns: false, variants: false, hangulJamo: true } },
    { code: 'fr', endonym: 'Français', englishName: 'French', ogLocale: 'fr_FR', script: latin, quotes: '«»“”', search: plain },
    { code: 'de', endonym: 'Deutsch', englishName: 'German', ogLocale: 'de_DE', script: latin, quotes: '„“‚‘', search: plain },
    { code: 'es', endonym: 'Español', englishName: 'Spanish', ogLocale: 'es_ES', script: latin, quotes: '«»“”', search: plain },
    { code: 'uk', endonym: 'Українська', englishName: 'Ukrainian', ogLocale: 'uk_UA', script: /\p{Script=Cyrillic}/u, quotes: '«»„“', search: plain },
    { code: 'ru', endonym: 'Русский', englishName: 'Russian', ogLocale: 'ru_RU', script: /\p{Script=Cyrillic}/u, quotes: '«»„“', search: plain },
];
/**
 * Languages a quote may have been first said or written in besides the
 * editions': any language Editions knows, and `und` when the source does not say.
 */
export const quoteLanguages = [...languages.map((l) => l.code), 'und'];
/** `language('ja')` → the Japanese facts; undefined for a language Editions does not know. */
export function language(code) {
    return languages.find((l) => l.code === code);
}
/** `languageFacts('ja')`: as `language`, for code that only ever sees codes the publication was validated against. */
export function languageFacts(code) {
    const found = language(code);
    if (!found)
        throw new Error(`Editions has no facts for the language "${code}" (src/languages.ts).`);
    return found;
}
//# sourceMappingURL=languages.js.map