/**
 * `presentQuote({language: "ko", published: "en"}, "ko")` →
 * { shows: "translation", lang: "ko", note: "not-original", from: "locale" }
 */
export function presentQuote(q, edition) {
    if (q.original && edition === q.language)
        return { shows: 'original', lang: q.language, note: 'original', from: 'content' };
    if (edition === q.published) {
        if (q.language === q.published)
            return { shows: 'original', lang: edition, note: 'original', from: 'content' };
        const note = q.language === 'und' ? 'published-unstated' : 'published-translation';
        return { shows: 'translation', lang: edition, note, from: 'content' };
    }
    const note = edition === q.language ? 'not-original'
        : q.language === 'und' ? 'translated-unstated'
            : q.language === q.published ? 'translated'
                : 'translated-published';
    return { shows: 'translation', lang: edition, note, from: 'locale' };
}
//# sourceMappingURL=quotes.js.map