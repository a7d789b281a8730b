/**
 * The editorial record of a page, per edition: its corrections (dated in the
 * edition's own format, each note translated like a unit), the last day it
 * changed, and the credits its colophon and structured data name.
 */
import { fixedNamespaces } from '../config.js';
import { plainInline, renderInline } from '../markdown/inline.js';
import { CORRECTIONS_NAMESPACE, correctionsOf, lastModified } from '../model/corrections.js';
import { lockKey } from '../locales/lock.js';
/**
 * A day as the edition writes it, through i18next's Intl formatter, so the
 * format is the translator's to choose (`corrections.date` in ui.json):
 * "2026-11-25" → "November 25, 2026", "2026年11月25日", "2026년 11월 25일".
 */
export function formatDate(tr, iso, lng) {
    return tr.t(lng, fixedNamespaces.ui, 'corrections.date', { date: Date.parse(`${iso}T00:00:00Z`) });
}
export function editorialView(ctx, chapter) {
    const { model, tr, lng } = ctx;
    const source = model.story.sourceLanguage;
    let fallbacks = 0;
    const corrections = correctionsOf(model.corrections, chapter.slug).map((c) => {
        const state = ctx.states.get(lockKey(CORRECTIONS_NAMESPACE, c.id)) ?? 'source';
        const base = { id: c.id, date: c.date, dateText: formatDate(tr, c.date, lng) };
        // As a unit: a missing note (draft) or an outdated one in a draft edition shows the source, flagged.
        if (state === 'missing' || (state === 'outdated' && ctx.draft)) {
            fallbacks++;
            return { ...base, html: renderInline(c.note, source), text: plainInline(c.note, source), lang: source, status: state };
        }
        const note = tr.t(lng, CORRECTIONS_NAMESPACE, c.id);
        return { ...base, html: renderInline(note, lng), text: plainInline(note, lng), ...(state === 'outdated' ? { status: 'revised' } : {}) };
    });
    return {
        corrections,
        modified: lastModified(model.corrections, chapter.slug, model.story.published),
        byline: model.credits.byline,
        translators: model.credits.translators.get(lng) ?? [],
        fallbacks,
    };
}
//# sourceMappingURL=editorial.js.map