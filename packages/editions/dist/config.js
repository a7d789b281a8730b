/**
 * Editions' fixed settings: where things are in a project, and the shape of
 * an edition. Which editions a publication has is the publication's choice,
 * declared in content/story.md (src/model/publication.ts); what Editions
 * knows about each language is in src/languages.ts.
 */
import path from 'node:path';
/** Where Editions itself is installed (its templates, chrome and starter): the package folder, from src/ or dist/ alike. */
export const engineDir = path.resolve(import.meta.dirname, '..');
/** Folders, relative to the project root (`templates`: relative to engineDir). */
export const paths = {
    content: 'content',
    chapters: 'content/chapters',
    story: 'content/story.md',
    quotes: 'content/quotes.yml',
    figures: 'content/figures',
    locales: 'locales',
    templates: 'templates',
    output: '_site',
};
/** Namespaces every locale has besides one per chapter. */
export const fixedNamespaces = { ui: 'ui', quotes: 'quotes', story: 'story', figures: 'figures' };
//# sourceMappingURL=config.js.map