import type { LanguageFacts } from './languages.ts';
/** Where Editions itself is installed (its templates, chrome and starter): the package folder, from src/ or dist/ alike. */
export declare const engineDir: string;
export type LocaleMode = 'strict' | 'draft';
/** An edition of the publication: a language Editions knows, with the publication's settings for it. */
export interface Edition extends LanguageFacts {
    /**
     * strict: the build fails on any missing translation.
     * draft: missing prose falls back to the source text, flagged for readers.
     * Missing quotes fail the build in both modes unless `--draft` is passed.
     */
    mode: LocaleMode;
    /**
     * translated (default): a translated quote may be published.
     * reviewed: a quote is published only once a second person has reviewed its
     * translation (`npm run i18n:review`); an unreviewed one is a finding.
     */
    publish: 'translated' | 'reviewed';
}
/** Folders, relative to the project root (`templates`: relative to engineDir). */
export declare const paths: {
    readonly content: 'content';
    readonly chapters: 'content/chapters';
    readonly story: 'content/story.md';
    readonly quotes: 'content/quotes.yml';
    readonly figures: 'content/figures';
    readonly locales: 'locales';
    readonly templates: 'templates';
    readonly output: '_site';
};
/** Namespaces every locale has besides one per chapter. */
export declare const fixedNamespaces: {
    readonly ui: 'ui';
    readonly quotes: 'quotes';
    readonly story: 'story';
    readonly figures: 'figures';
};
