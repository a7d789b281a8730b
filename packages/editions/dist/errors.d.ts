/**
 * Every message Editions prints lives here, so wording stays consistent and
 * tests can pin it. A finding has two parts: what is wrong, and what to do.
 */
export type Severity = 'error' | 'warning';
export interface Finding {
    severity: Severity;
    /** Stable machine name, e.g. "missing-quote". */
    code: string;
    /** Project-relative path of the file to edit. */
    file?: string;
    line?: number;
    column?: number;
    /** i18next key ("quote.note-betrayal") or unit/quote id. */
    key?: string;
    locale?: string;
    /** What the key translates (a unit, a quote, the page chrome…): the verdict weighs some findings by it. */
    subject?: 'unit' | 'quote' | 'person' | 'source' | 'figure' | 'ui' | 'correction' | 'term';
    what: string;
    fix: string;
}
/** `locales/ko/quotes.json:4:3 [quote.x] what. Fix: …` */
export declare function formatFinding(f: Finding): string;
/** Thrown when loading or building cannot go on; carries every finding. */
export declare class EditionsError extends Error {
    readonly findings: Finding[];
    constructor(findings: Finding[]);
}
export declare function throwIfErrors(findings: Finding[]): void;
type At = {
    file: string;
    line?: number;
    column?: number;
};
export declare const problems: {
    jsonSyntax: (at: At, detail: string) => Finding;
    yamlSyntax: (at: At, detail: string) => Finding;
    duplicateKey: (at: At, key: string) => Finding;
    frontMatter: (at: At, detail: string) => Finding;
    notAString: (at: At, key: string, found: string) => Finding;
    decomposedUnicode: (at: At, key: string) => Finding;
    unsupportedBlock: (at: At, kind: string) => Finding;
    missingUnitId: (at: At, text: string) => Finding;
    duplicateId: (at: At, id: string) => Finding;
    reservedId: (at: At, id: string) => Finding;
    unknownQuote: (at: At, id: string) => Finding;
    unusedQuote: (at: At, id: string) => Finding;
    badQuote: (at: At, id: string, detail: string) => Finding;
    unknownFigure: (at: At, id: string) => Finding;
    unusedFigure: (at: At, id: string) => Finding;
    badFigure: (at: At, id: string, detail: string) => Finding;
    unknownChapter: (at: At, slug: string) => Finding;
    unlistedChapter: (at: At, slug: string) => Finding;
    localeFolderMissing: (locale: string) => Finding;
    emptyLocale: (locale: string) => Finding;
    unknownLocaleFolder: (locale: string) => Finding;
    brokenLock: (file: string) => Finding;
    outdatedTranslation: (file: string, locale: string, namespace: string, key: string) => Finding;
    unsyncedTranslation: (file: string, locale: string, key: string) => Finding;
    unknownNamespace: (file: string, locale: string) => Finding;
    missingTranslation: (file: string, locale: string, key: string, source: string, subject?: Finding['subject']) => Finding;
    orphanTranslation: (file: string, locale: string, key: string) => Finding;
    placeholderMismatch: (file: string, locale: string, key: string, expected: string[], found: string[]) => Finding;
    invalidField: (at: At, field: string, detail: string) => Finding;
    unknownLanguage: (at: At, code: string, known: readonly string[]) => Finding;
    duplicateEdition: (at: At, code: string) => Finding;
    sourceWithoutEdition: (at: At, code: string) => Finding;
    duplicateChapter: (at: At, slug: string) => Finding;
    hardCodedText: (page: string, text: string) => Finding;
    quoteAbsent: (q: QuoteAt) => Finding;
    quoteEmpty: (q: QuoteAt) => Finding;
    quoteRawKey: (q: QuoteAt, text: string) => Finding;
    quoteUntranslated: (q: QuoteAt, sourceLanguage: string) => Finding;
    quoteWrongLang: (q: QuoteAt, found: string | null, expected: string) => Finding;
    quoteWrongScript: (q: QuoteAt, language: string) => Finding;
    quoteUnexpected: (q: Omit<QuoteAt, 'file' | 'key'>) => Finding;
    badCorrection: (at: At, id: string, detail: string) => Finding;
    correctionUnitUnknown: (at: At, id: string, unit: string, chapterFile: string) => Finding;
    badCredit: (at: At, key: string, detail: string) => Finding;
    linkNotInSource: (file: string, locale: string, key: string, href: string) => Finding;
    unreviewedQuote: (file: string, locale: string, namespace: string, key: string) => Finding;
    staleTemplate: (file: string) => Finding;
    exchangeUnreadable: (file: string, line: number | undefined, detail: string) => Finding;
    exchangeUnknownLocale: (file: string, locale: string, known: readonly string[]) => Finding;
    exchangeUnknownNamespace: (file: string, namespace: string) => Finding;
    exchangeUnitProblem: (file: string, line: number | undefined, key: string, detail: string) => Finding;
    exchangeStale: (file: string, line: number | undefined, key: string, seen: string, current: string) => Finding;
    exchangeRemoved: (file: string, line: number | undefined, key: string) => Finding;
    qaFigure: (file: string, locale: string, key: string, source: string[], found: string[], missing: string[]) => Finding;
    qaTerm: (file: string, locale: string, key: string, term: string, renderings: string[], where: string) => Finding;
    qaTermVariant: (file: string, locale: string, key: string, found: string, name: string) => Finding;
    qaUnbalanced: (file: string, locale: string, key: string, mark: string) => Finding;
    qaLatinPunctuation: (file: string, locale: string, key: string, found: string) => Finding;
    qaStraightQuote: (file: string, locale: string, key: string, mark: string, own: string) => Finding;
    qaDoubleSpace: (file: string, locale: string, key: string, found: string) => Finding;
    qaSourceLeftover: (file: string, locale: string, key: string, found: string) => Finding;
    qaIdentical: (file: string, locale: string, key: string, found: string) => Finding;
    qaDoubledWord: (file: string, locale: string, key: string, found: string) => Finding;
    qaWaiverStale: (file: string, locale: string, unit: string, code: string) => Finding;
    qaConfig: (file: string, detail: string) => Finding;
    unsafeFigure: (at: At, id: string, detail: string) => Finding;
    translationMarkup: (at: At, key: string, detail: string) => Finding;
    i18nextSyntax: (at: At, key: string, detail: string) => Finding;
    xmlForbiddenChar: (at: At, key: string, codePoint: number) => Finding;
    badDate: (at: At, field: string, found: string) => Finding;
    badSlug: (at: At, slug: string) => Finding;
    reservedSlug: (at: At, slug: string) => Finding;
    duplicateSlug: (at: At, slug: string) => Finding;
    outsideProject: (file: string) => Finding;
    notAFile: (file: string, found: string) => Finding;
    notUtf8: (at: At, detail: string) => Finding;
    missingFile: (file: string) => Finding;
    jsonTooDeep: (at: At, limit: number) => Finding;
};
interface QuoteAt {
    page: string;
    locale: string;
    id: string;
    file: string;
    key: string;
}
/** `excerpt("a long sentence here", 10)` → "a long…": cut at a word, marked. */
export declare function excerpt(text: string, max: number): string;
/** Messages of the command-line tools that are not findings about a file. */
export declare const cliMessages: {
    unknownLocale: (given: string, known: readonly string[]) => string;
    buildStopped: (out: string) => string;
    modelNotLoaded: string;
    acceptUsage: (known: readonly string[]) => string;
    checkSummary: (errors: number, warnings: number, locales: readonly string[]) => string;
    built: (out: string, seconds: number, draft: boolean, pseudo: boolean) => string;
    idsAdded: (file: string, ids: string[]) => string;
    idsTotal: (total: number) => string;
    lockRecorded: (file: string, count: number) => string;
    lockAccepted: (file: string, what: string[] | 'all') => string;
    notOutdated: (locale: string, keys: string[]) => string;
    waiveUsage: (known: readonly string[]) => string;
    nothingToWaive: (locale: string, unit: string, code: string) => string;
    waived: (file: string, unit: string, code: string) => string;
    mergeUsage: () => string;
    notAShard: (dir: string) => string;
    duplicateShard: (locale: string, dirs: string[]) => string;
    missingShards: (locales: string[]) => string;
    shardsDisagree: (setting: string, values: string[]) => string;
    shardsConflict: (file: string, sources: string[]) => string;
    pagefindVersions: () => string;
    merged: (out: string, locales: string[], seconds: string) => string;
    previewRefused: (refused: readonly Finding[]) => string;
    badPort: (given: string) => string;
    unknownCommand: (given: string, known: readonly string[]) => string;
};
/** Text from a translator's file, made safe to print: no control characters (escape codes) reach the terminal. */
export declare function safeText(text: string): string;
/** What exported files and the exchange commands say besides findings. */
export declare const exchangeMessages: {
    outdatedNote: (previous: string) => string;
    pluralNote: (keys: string[]) => string;
    notXml: (detail: string) => string;
    doctype: string;
    notXliff: string;
    oneFileElement: (n: number) => string;
    xliffVersion: (v: string) => string;
    unknownInline: (name: string) => string;
    unknownCode: (id: string) => string;
    duplicateUnit: string;
    notPo: (detail: string) => string;
    exportUsage: (formats: readonly string[]) => string;
    importUsage: string;
    reviewUsage: (known: readonly string[]) => string;
    notReviewable: (locale: string, keys: string[]) => string;
    sourceLocale: (locale: string) => string;
};
export {};
