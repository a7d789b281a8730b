/**
 * The views of the site-wide files around the editions: the root chooser, a
 * 404 page per edition, the sitemap with its hreflang alternates and an Atom
 * feed per edition. Pure: built from the page views, so every file states
 * the same URLs and alternates as the pages themselves.
 */
import { fixedNamespaces } from '../config.js';
import { feedUrl, notFoundUrl, pageUrl } from '../urls.js';
/** hreflang → URL for a page: every edition, then `x-default`. */
export function hreflangCluster(page) {
    return [...page.hreflang.map((a) => ({ hreflang: a.locale, url: a.url })), { hreflang: 'x-default', url: page.xDefault }];
}
export function rootView(pages, tr, locales, sourceLanguage) {
    const ui = (lng, key) => tr.t(lng, fixedNamespaces.ui, key);
    const homes = locales.map((l) => pages.find((p) => p.locale === l.code && p.kind === 'home'));
    const source = homes.find((h) => h.locale === sourceLanguage) ?? homes[0];
    return {
        url: '/',
        locale: sourceLanguage,
        title: source.titleText,
        editions: homes.map((h) => ({
            locale: h.locale,
            endonym: locales.find((l) => l.code === h.locale).endonym,
            url: h.url,
            title: h.titleText,
            description: h.description,
            readIn: ui(h.locale, 'switcher.readIn'),
            suggested: ui(h.locale, 'root.suggested'),
            remembered: ui(h.locale, 'root.remembered'),
            remember: ui(h.locale, 'root.remember'),
            forget: ui(h.locale, 'root.forget'),
            choose: ui(h.locale, 'root.choose'),
        })),
        alternates: hreflangCluster(source),
    };
}
export function notFoundViews(pages, tr, locales) {
    return locales.map((l) => {
        const home = pages.find((p) => p.locale === l.code && p.kind === 'home');
        const ui = (key) => tr.t(l.code, fixedNamespaces.ui, key);
        return {
            locale: l.code,
            kind: 'notfound',
            url: notFoundUrl(l.code),
            storyTitle: home.storyTitle,
            titleText: ui('notFound.title'),
            message: ui('notFound.message'),
            home: { url: home.url, title: ui('notFound.home') },
            contents: home.contents.map((c) => ({ ...c, current: false })),
            alternates: home.alternates,
            feedUrl: feedUrl(l.code),
        };
    });
}
/** Every indexable page (the root chooser first), with its alternates. */
export function sitemapEntries(pages, origin) {
    const abs = (url) => origin + encodeURI(url);
    const entry = (loc, lastmod, cluster) => ({
        loc: abs(loc), lastmod, alternates: cluster.map((c) => ({ hreflang: c.hreflang, href: abs(c.url) })),
    });
    const home = pages.find((p) => p.kind === 'home');
    // A page that shows any fallback is noindex, and out of the sitemap (src/render/indexing.ts).
    return [entry('/', home.published, hreflangCluster(home)), ...pages.filter((p) => !p.noindex).map((p) => entry(p.url, p.editorial.modified, hreflangCluster(p)))];
}
export function feedViews(pages, tr, locales, origin) {
    return locales.map((l) => {
        const own = pages.filter((p) => p.locale === l.code);
        const home = own.find((p) => p.kind === 'home');
        // A correction updates its chapter's entry, and so the feed (src/render/editorial.ts).
        const stamp = (day) => `${day}T00:00:00Z`;
        const updated = stamp(own.reduce((latest, p) => (p.editorial.modified > latest ? p.editorial.modified : latest), home.published));
        return {
            locale: l.code,
            url: feedUrl(l.code),
            title: home.titleText,
            subtitle: home.description,
            author: tr.t(l.code, fixedNamespaces.ui, 'site.name'),
            id: origin + encodeURI(pageUrl(l.code, '')),
            self: origin + encodeURI(feedUrl(l.code)),
            home: origin + encodeURI(home.url),
            updated,
            entries: own.filter((p) => p.kind === 'chapter').map((p) => ({ title: p.titleText, url: origin + encodeURI(p.url), summary: p.description, updated: stamp(p.editorial.modified) })),
        };
    });
}
/** Plain files static hosts read: the security headers, each edition's 404, and robots.txt naming the sitemap. */
export function hostFiles(locales, origin, headers) {
    const redirects = [
        '# Unknown addresses in an edition get that edition\'s 404 page (the status stays 404).',
        ...locales.map((l) => `/${l.code}/*  ${notFoundUrl(l.code)}  404`),
        '',
    ].join('\n');
    return [
        { path: '/_headers', text: headers },
        { path: '/_redirects', text: redirects },
        { path: '/robots.txt', text: `User-agent: *\nAllow: /\nSitemap: ${origin}/sitemap.xml\n` },
    ];
}
//# sourceMappingURL=site.js.map