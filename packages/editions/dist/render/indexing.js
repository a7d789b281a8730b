/** Sets `noindex` and `hreflang` on every page; returns the pages whose head changed. */
export function settleIndexing(pages) {
    const hidden = new Set(pages.filter((p) => p.fallbacks > 0).map((p) => p.url));
    const changed = [];
    for (const page of pages) {
        const noindex = hidden.has(page.url);
        const hreflang = page.alternates.filter((a) => !hidden.has(a.url));
        if (page.noindex !== noindex || !sameUrls(page.hreflang, hreflang))
            changed.push(page);
        page.noindex = noindex;
        page.hreflang = hreflang;
    }
    return changed;
}
function sameUrls(a, b) {
    return a !== undefined && a.length === b.length && a.every((x, i) => x.url === b[i].url);
}
//# sourceMappingURL=indexing.js.map