/**
 * Builds the view of every page of every edition from the model: which text
 * each unit shows, in which language, with which status. Templates only lay
 * these views out; all decisions are made here, once.
 */
import { fixedNamespaces } from '../config.js';
import { plainInline, renderInline, renderLines } from '../markdown/inline.js';
import { allPages } from '../model/load.js';
import { presentQuote } from '../model/quotes.js';
import { originalForm } from '../model/provenance.js';
import { quoteNoteText } from './provenance-note.js';
import { lockKey } from '../locales/lock.js';
import { percent } from '../status/report.js';
import { statusItems, tally } from '../status/units.js';
import { localeFile } from '../locales/files.js';
import { renderFigureSvg } from './figures.js';
import { feedUrl, pageUrl, storySlug } from '../urls.js';
import { editorialView } from './editorial.js';
import { settleIndexing } from './indexing.js';
/**
 * How many chapters a chapter page's contents list shows on each side of its
 * own; the edition's home lists them all. A full list on every page would
 * make each page grow with the story, and the site with its square (1,000
 * chapters: 3,000 pages of 1,000 links each).
 */
export const CONTENTS_AROUND = 5;
/**
 * The reading-order indexes a page's contents list shows: the home (0) and a
 * run of up to 2 × around + 1 chapters centred on the page, or everything on
 * the home. `contentsWindow(1001, 500)` → [0, 495, …, 505]; `contentsWindow(7, 3)` → [0, …, 6]
 */
export function contentsWindow(count, index, around = CONTENTS_AROUND) {
    if (index === 0 || count - 1 <= 2 * around + 1)
        return Array.from({ length: count }, (_, i) => i);
    const lo = Math.max(1, Math.min(index - around, count - 1 - 2 * around));
    return [0, ...Array.from({ length: 2 * around + 1 }, (_, i) => lo + i)];
}
/** Every page of every edition, in locale order then reading order. */
export function buildPages(model, tr, locales, options = {}) {
    const out = [];
    for (const locale of locales) {
        const ctx = editionContext(model, tr, locales, locale, options);
        ctx.pages.forEach((chapter, index) => out.push(buildPage(ctx, chapter, index)));
    }
    settleIndexing(out);
    return out;
}
/** What every page of one edition shares: worked out once per edition, not once per page. */
export function editionContext(model, tr, locales, locale, options = {}) {
    const items = options.status?.(locale.code) ?? statusItems(model, tr, locale.code);
    const t = tally(items);
    const pages = allPages(model.story);
    return {
        model, tr, locales, lng: locale.code,
        draft: options.draft === true || locale.mode === 'draft',
        states: new Map(items.map((i) => [lockKey(i.namespace, i.key), i.state])),
        completeness: percent(t.translated, t.total),
        pages,
    };
}
/** The link to the page at `index` in reading order, titled in this edition. */
function linkTo(ctx, index) {
    const c = ctx.pages[index];
    return { url: pageUrl(ctx.lng, storySlug(ctx.model.story, c)), title: plainText(ctx.tr, ctx.lng, c, 'title', ctx.model.story.sourceLanguage) };
}
/** A unit as plain text (titles, meta tags): the translation, else the source in its own language. */
function plainText(tr, lng, c, id, source) {
    return tr.has(lng, c.slug, id) ? plainInline(tr.t(lng, c.slug, id), lng) : plainInline(c.units.find((u) => u.id === id)?.source ?? '', source);
}
export function buildPage(ctx, chapter, index) {
    const { model, tr, locales, lng, pages } = ctx;
    const source = model.story.sourceLanguage;
    const slugOf = (c) => storySlug(model.story, c);
    const text = (c, unit) => {
        const state = ctx.states.get(lockKey(c.slug, unit.id)) ?? 'source';
        const fallback = state === 'missing' || (state === 'outdated' && ctx.draft);
        if (fallback)
            return { id: unit.id, html: renderInline(unit.source, source), lang: source, status: state };
        const view = { id: unit.id, html: renderInline(tr.t(lng, c.slug, unit.id), lng) };
        return state === 'outdated' ? { ...view, status: 'revised' } : view;
    };
    const plain = (c, id) => plainText(tr, lng, c, id, source);
    const blocks = [];
    let fallbacks = 0;
    let figure = null;
    for (const unit of chapter.units) {
        if (unit.kind === 'title' || unit.kind === 'description')
            continue;
        if (unit.kind === 'quote') {
            const quote = quoteView(model, tr, model.quotes.get(unit.id), lng);
            if (quote.status)
                fallbacks++;
            blocks.push({ type: 'quote', quote });
            continue;
        }
        if (unit.kind === 'figure') {
            const labels = figureLabels(tr, unit.id, lng, source);
            figure = { id: unit.id, svg: renderFigureSvg(model.figures.get(unit.id), labels.get), title: labels.get('title'), caption: [] };
            fallbacks += labels.fallbacks() - (figure.title.lang ? 1 : 0);
            blocks.push({ type: 'figure', figure });
            continue;
        }
        // A figure's caption units follow it; they go inside it.
        const into = unit.figure && figure?.id === unit.figure ? figure.caption : blocks;
        const view = text(chapter, unit);
        if (view.lang)
            fallbacks++;
        if (unit.kind === 'heading')
            into.push({ type: 'heading', level: unit.level ?? 2, ...view });
        else if (unit.kind === 'paragraph')
            into.push({ type: 'paragraph', ...view });
        else {
            const last = into.at(-1);
            if (last?.type === 'list' && last.list === unit.list)
                last.items.push(view);
            else
                into.push({ type: 'list', list: unit.list ?? 0, ordered: unit.ordered === true, items: [view] });
        }
    }
    const titleUnit = chapter.units.find((u) => u.id === 'title');
    const editorial = editorialView(ctx, chapter);
    fallbacks += editorial.fallbacks;
    const alternates = alternatesFor(tr, locales, lng, slugOf(chapter));
    return {
        locale: lng,
        url: pageUrl(lng, slugOf(chapter)),
        slug: slugOf(chapter),
        kind: chapter === model.story.home ? 'home' : 'chapter',
        number: index,
        title: text(chapter, titleUnit),
        titleText: plain(chapter, 'title'),
        storyTitle: linkTo(ctx, 0).title,
        description: plain(chapter, 'description'),
        blocks,
        alternates,
        xDefault: chapter === model.story.home ? '/' : pageUrl(source, slugOf(chapter)),
        feedUrl: feedUrl(lng),
        published: model.story.published,
        contents: contentsWindow(pages.length, index).map((i) => ({ ...linkTo(ctx, i), current: i === index, number: i })),
        previous: index > 0 ? linkTo(ctx, index - 1) : null,
        next: index < pages.length - 1 ? linkTo(ctx, index + 1) : null,
        fallbacks,
        completeness: ctx.completeness,
        sourceLanguage: source,
        editorial,
        // Until settleIndexing() has seen every edition's page.
        noindex: fallbacks > 0,
        hreflang: alternates,
    };
}
/** The same page in every edition, labelled in each edition's own language. */
export function alternatesFor(tr, locales, lng, slug) {
    return locales.map((l) => ({
        locale: l.code,
        url: pageUrl(l.code, slug),
        endonym: l.endonym,
        readIn: tr.t(l.code, fixedNamespaces.ui, 'switcher.readIn'),
        readSection: tr.t(l.code, fixedNamespaces.ui, 'switcher.readSection'),
        current: l.code === lng,
    }));
}
function quoteView(model, tr, q, lng) {
    const ns = fixedNamespaces.quotes;
    const ui = (key, values) => tr.t(lng, fixedNamespaces.ui, key, values);
    const languageName = (code) => ui(`language.${code}`);
    const p = presentQuote(q, lng);
    const person = model.people.get(q.speaker);
    const has = (key) => tr.has(lng, ns, key);
    /** A caption string as HTML, with the locale's quotation marks. */
    const inline = (key, fallback) => renderInline(has(key) ? tr.t(lng, ns, key) : fallback, lng);
    const base = {
        id: q.id,
        speakerId: person.id,
        speaker: inline(`person.${person.id}.name`, person.name),
        role: inline(`person.${person.id}.role`, person.role),
        source: inline(`source.${q.source}`, model.sources.get(q.source).text),
        note: p.note,
        originalForm: originalForm(q),
        noteText: quoteNoteText(ui, lng, p.note, q),
        ...(q.original && p.shows === 'translation' ? { original: { lang: q.language, lines: renderLines(q.original, q.language === 'und' ? lng : q.language) } } : {}),
    };
    const key = `quote.${q.id}`;
    if (p.from === 'content') {
        // The published wording, looked up through i18next (the source locale's resources come from content/).
        const wording = p.shows === 'original' && q.original ? q.original : has(key) ? tr.t(lng, ns, key) : q.text;
        return { ...base, lang: p.lang, lines: renderLines(wording, localeOr(p.lang, lng, model.story.editions)) };
    }
    if (has(key))
        return { ...base, lang: p.lang, lines: renderLines(tr.t(lng, ns, key), lng) };
    // Draft only: the build refuses a missing quote unless --draft (see checks).
    return { ...base, lang: q.published, lines: renderLines(q.text, localeOr(q.published, lng, model.story.editions)), status: 'missing', noteText: ui('status.quoteMissing', { file: localeFile(lng, ns), key }) };
}
/** A figure's labels in `lng`; a missing one shows the source text, marked with its language. */
function figureLabels(tr, id, lng, source) {
    let missing = 0;
    const ns = fixedNamespaces.figures;
    return {
        get: (key) => {
            if (tr.has(lng, ns, `${id}.${key}`))
                return { text: tr.t(lng, ns, `${id}.${key}`) };
            missing++;
            return { text: tr.t(source, ns, `${id}.${key}`), lang: source };
        },
        fallbacks: () => missing,
    };
}
/** The markdown renderer of `code` if it is an edition language, else of the page. */
function localeOr(code, fallback, editions) {
    return editions.some((e) => e.code === code) ? code : fallback;
}
//# sourceMappingURL=pages.js.map