/**
 * The editorial record of a page, per edition: its corrections (dated in the
 * edition's own format, each note translated like a unit), the last day it
 * changed, and the credits its colophon and structured data name.
 */
import { fixedNamespaces } from '../config.ts';
import { plainInline, renderInline } from '../markdown/inline.ts';
import { CORRECTIONS_NAMESPACE, correctionsOf, lastModified } from '../model/corrections.ts';
import { creditName, type Credit } from '../model/credits.ts';
import type { Chapter } from '../model/types.ts';
import { lockKey } from '../locales/lock.ts';
import type { EditionContext } from './pages.ts';

export interface CorrectionView {
  id: string;
  /** ISO date, for `<time datetime>`. */
  date: string;
  /** The date as the edition writes it ("2026年11月25日"). */
  dateText: string;
  /** The note as HTML, and as plain text (structured data). */
  html: string;
  text: string;
  /** Set when the note is shown in the source language (a fallback). */
  lang?: string;
  status?: 'missing' | 'outdated' | 'revised';
}

export interface EditorialView {
  corrections: CorrectionView[];
  /** ISO date the page last changed: its latest correction, else the story's publication. */
  modified: string;
  byline: Credit[];
  /** This edition's translators (none in the source edition). */
  translators: Credit[];
  /** How many notes fall back to the source language. */
  fallbacks: number;
}

/**
 * A day as the edition writes it, through i18next's Intl formatter, so the
 * format is the translator's to choose (`corrections.date` in ui.json):
 * "2026-11-25" → "November 25, 2026", "2026年11月25日", "2026년 11월 25일".
 */
export function formatDate(tr: Pick<EditionContext['tr'], 't'>, iso: string, lng: string): string {
  return tr.t(lng, fixedNamespaces.ui, 'corrections.date', { date: Date.parse(`${iso}T00:00:00Z`) });
}

export function editorialView(ctx: EditionContext, chapter: Chapter): EditorialView {
  const { model, tr, lng } = ctx;
  const source = model.story.sourceLanguage;
  let fallbacks = 0;
  const corrections = correctionsOf(model.corrections, chapter.slug, lng).map((c): CorrectionView => {
    const state = ctx.states.get(lockKey(CORRECTIONS_NAMESPACE, c.id)) ?? 'source';
    const base = { id: c.id, date: c.date, dateText: formatDate(tr, c.date, lng) };
    // As a unit: a missing note (draft) or an outdated one in a draft edition shows the source, flagged.
    if (state === 'missing' || (state === 'outdated' && ctx.draft)) {
      fallbacks++;
      return { ...base, html: renderInline(c.note, source), text: plainInline(c.note, source), lang: source, status: state };
    }
    const note = tr.t(lng, CORRECTIONS_NAMESPACE, c.id);
    return { ...base, html: renderInline(note, lng), text: plainInline(note, lng), ...(state === 'outdated' ? { status: 'revised' as const } : {}) };
  });
  return {
    corrections,
    modified: lastModified(model.corrections, chapter.slug, model.story.published, lng),
    // Each name as this edition writes it (content/credits.yml may give one per edition).
    byline: model.credits.byline.map((c) => ({ ...c, name: creditName(c, lng) })),
    translators: (model.credits.translators.get(lng) ?? []).map((c) => ({ ...c, name: creditName(c, lng) })),
    fallbacks,
  };
}
