export const ORIGINAL_FORMS = ['text', 'image', 'recording', 'none'];
/** `originalForm({language: "ko", published: "en", originalForm: "image"})` → "image"; unset → "none" */
export function originalForm(q) {
    if (q.language === q.published || q.original)
        return 'text';
    return q.originalForm ?? 'none';
}
/** The notes that speak of the original wording, and so say how it was published. */
export function notesOriginal(note) {
    return note === 'published-translation' || note === 'not-original' || note === 'translated-published';
}
/** What is inconsistent in a quote's provenance, as details of a bad-quote finding. */
export function provenanceProblems(q) {
    const form = q.originalForm;
    if (form === undefined)
        return [];
    if (!ORIGINAL_FORMS.includes(form))
        return [`originalForm "${form}" is not one of ${ORIGINAL_FORMS.join(', ')}`];
    if (form === 'text' && !q.original && q.language !== q.published)
        return ['originalForm is "text" but "original" does not give the wording: quote it'];
    if (form !== 'text' && q.original)
        return [`"original" gives the wording, so originalForm must be "text", not "${form}"`];
    if (form !== 'text' && q.language === q.published)
        return [`the quote is published in its own language (${q.language}), so originalForm must be "text"`];
    return [];
}
//# sourceMappingURL=provenance.js.map