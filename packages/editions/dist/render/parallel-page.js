/**
 * The parallel (bilingual) view of a chapter: two editions side by side,
 * aligned by unit id, for every chapter and every ordered pair of editions.
 * Built from the two editions' page views, so each side shows exactly what
 * that edition's chapter shows; a passage that edition lacks (draft) is
 * shown as missing on its side, never filled from the other.
 */
import { fixedNamespaces } from '../config.js';
import { pageUrl, parallelUrl } from '../urls.js';
/** Every chapter's parallel view, for every ordered pair of editions. */
export function buildParallelPages(pages, tr, locales) {
    const byKey = new Map(pages.map((p) => [`${p.locale}/${p.slug}`, p]));
    const out = [];
    for (const first of pages) {
        if (first.kind !== 'chapter')
            continue;
        for (const l of locales) {
            const second = byKey.get(`${l.code}/${first.slug}`);
            if (second && second !== first)
                out.push(parallelPage(first, second, tr, locales));
        }
    }
    return out;
}
/**
 * Watch mode: of `all`, the views whose either side is among the pages an
 * edit changed; every view when `changed` is undefined (a full build).
 */
export function parallelPagesToWrite(all, changed) {
    if (!changed)
        return all;
    const touched = new Set(changed.map((p) => `${p.locale}/${p.slug}`));
    return all.filter((v) => touched.has(`${v.locale}/${v.slug}`) || touched.has(`${v.other}/${v.slug}`));
}
export function parallelPage(first, second, tr, locales) {
    const ui = (lng, key, values) => tr.t(lng, fixedNamespaces.ui, key, values);
    const languageName = (code) => ui(first.locale, `language.${code}`);
    const standfirst = (p) => tr.has(p.locale, p.slug, 'description') ? { id: 'description', text: p.description } : { id: 'description', text: ui(p.locale, 'status.missing'), status: 'missing' };
    return {
        kind: 'parallel',
        locale: first.locale,
        other: second.locale,
        url: parallelUrl(first.locale, first.slug, second.locale),
        slug: first.slug,
        canonical: first.url,
        titleText: first.titleText,
        storyTitle: first.storyTitle,
        description: first.description,
        heading: ui(first.locale, 'parallel.heading', { first: languageName(first.locale), second: languageName(second.locale) }),
        title: { first: first.title, second: second.title },
        standfirst: { first: standfirst(first), second: standfirst(second) },
        rows: alignRows(first.blocks, unitsById(second.blocks)),
        alternates: first.alternates.map((alt) => ({ ...alt, url: parallelAlternate(alt.locale, first.locale, second.locale, first.slug) })),
        chapters: [first, second].map((p) => ({ locale: p.locale, url: pageUrl(p.locale, p.slug), label: ui(p.locale, 'parallel.only') })),
        feedUrl: first.feedUrl,
    };
}
/**
 * Where an edition's link in the masthead of the `first`|`second` view leads:
 * that edition first, beside `second` (or beside `first` when it is `second`).
 * `parallelAlternate("en", "ja", "en", "x")` → "/en/x/parallel/ja/"
 */
export function parallelAlternate(lng, first, second, slug) {
    if (lng === first)
        return parallelUrl(first, slug, second);
    return parallelUrl(lng, slug, lng === second ? first : second);
}
/** Every unit of an edition's page by id: paragraphs, headings, list items, quotes, figures and their captions. */
function unitsById(blocks, into = new Map()) {
    for (const b of blocks) {
        if (b.type === 'list')
            for (const item of b.items)
                into.set(item.id, item);
        else if (b.type === 'quote')
            into.set(b.quote.id, b.quote);
        else if (b.type === 'figure') {
            into.set(b.figure.id, b.figure);
            unitsById(b.figure.caption, into);
        }
        else
            into.set(b.id, b);
    }
    return into;
}
/** The first edition's blocks, each unit paired with the unit of the same id in the second. */
function alignRows(blocks, second) {
    const other = (id) => {
        const found = second.get(id);
        // Both pages are built from the same chapter's units, so this is a bug, not bad input.
        if (!found)
            throw new Error(`Editions: unit "${id}" is on one edition's page and not the other's.`);
        return found;
    };
    return blocks.flatMap((b) => {
        switch (b.type) {
            case 'heading': return [{ type: 'text', tag: `h${b.level}`, anchor: b.id, first: b, second: other(b.id) }];
            case 'paragraph': return [{ type: 'text', tag: 'p', anchor: b.id, first: b, second: other(b.id) }];
            case 'list': return b.items.map((item, i) => ({ type: 'item', ordered: b.ordered, number: i + 1, anchor: item.id, first: item, second: other(item.id) }));
            case 'quote': return [{ type: 'quote', anchor: `quote-${b.quote.id}`, first: b.quote, second: other(b.quote.id) }];
            case 'figure': return [{ type: 'figure', anchor: `figure-${b.figure.id}`, figure: b.figure, caption: alignRows(b.figure.caption, second) }];
        }
    });
}
/** A chapter's links to its parallel views, one per other edition: "Read side by side with Japanese", in the chapter's language. */
export function parallelLinks(page, tr) {
    if (page.kind !== 'chapter')
        return [];
    const ui = (key, values) => tr.t(page.locale, fixedNamespaces.ui, key, values);
    return page.alternates.filter((a) => !a.current).map((a) => ({
        locale: a.locale,
        url: parallelUrl(page.locale, page.slug, a.locale),
        label: ui('parallel.readWith', { language: ui(`language.${a.locale}`) }),
    }));
}
//# sourceMappingURL=parallel-page.js.map