/**
 * Watch mode (`npm start`): after an author saves a chapter under
 * content/chapters/, re-parse that file only and re-render the pages whose
 * text it changed, as incremental.ts does for an edit under locales/.
 *
 * Re-rendered: the chapter's page in every edition (its blocks may have
 * moved, appeared or gone), every page that read a string whose source text
 * changed (its title in the neighbours' contents and the home's list, in the
 * source edition and wherever it is shown untranslated), every page that
 * read a unit whose translation state changed (outdated, missing), and the
 * page whose chapter mark changed (pages.ts chapterMarks). The
 * translation status is worked out again for every edition.
 *
 * Anything else takes the full build (null): content/story.md (the chapter
 * order, the home), content/quotes.yml, figures, a new or deleted chapter, a
 * chapter that does not parse or refers to a quote or figure that does not
 * exist (the full build reports it), or an edit mixed with other files.
 */
import { readProjectText } from '../files/safe-files.ts';
import path from 'node:path';
import { paths, type Edition } from '../config.ts';
import { judgedCheck } from '../checks/model.ts';
import { enforce } from '../checks/verdict.ts';
import { formatFinding, throwIfErrors, type Finding } from '../errors.ts';
import { translationTextFindings } from '../checks/translation-text.ts';
import { unitStrings, type Translator } from '../translator/i18n.ts';
import { parseChapter } from '../model/content.ts';
import type { Chapter, Model } from '../model/types.ts';
import { lockKey } from '../locales/lock.ts';
import { patchedStatus } from '../status/patch.ts';
import { statusOnce } from '../status/units.ts';
import { qaOnce } from '../qa/index.ts';
import { changedMarks, readKey, rerender, type Tracked, type Update } from './incremental.ts';
import { editionContext, patchedContext, type PageView, type RenderOptions } from './pages.ts';
import { allPages } from '../model/load.ts';
import { printError } from '../terminal.ts';

export async function applyContentEdits(
  root: string,
  model: Model,
  tr: Translator,
  pages: PageView[],
  tracked: Tracked,
  files: string[],
  options: RenderOptions & { locales: readonly Edition[]; verdict?: { draft: boolean; preview: boolean } },
): Promise<Update | null> {
  const edited: { index: number; chapter: Chapter }[] = [];
  for (const abs of new Set(files)) {
    const rel = path.relative(root, abs).split(path.sep).join('/');
    const slug = rel.startsWith(`${paths.chapters}/`) && rel.endsWith('.md') ? rel.slice(paths.chapters.length + 1, -3) : null;
    const index = slug === null ? -1 : model.story.chapters.findIndex((c) => c.slug === slug);
    if (index === -1) return null;
    const findings: Finding[] = [];
    const text = readProjectText(root, rel, findings);
    const parsed = text === null ? null : parseChapter(slug!, rel, text, findings);
    if (!parsed || findings.some((f) => f.severity === 'error')) return null;
    for (const warning of findings) printError(formatFinding(warning));
    const refersToNothing = parsed.chapter.units.some((u) => (u.kind === 'quote' && !model.quotes.has(u.id)) || (u.kind === 'figure' && !model.figures.has(u.id)));
    if (refersToNothing) return null;
    edited.push({ index, chapter: parsed.chapter });
  }
  if (edited.length === 0) return null;

  // Swap the chapters into the model, and their source text into i18next (the source language's strings come from content/).
  const source = model.story.sourceLanguage;
  const changed = new Set<string>();
  // The quotes a chapter shows: when they change, the status of the quotes is worked out anew (below).
  const quotesOf = (c: Chapter) => c.units.flatMap((u) => (u.kind === 'quote' ? [u.id] : [])).join('\n');
  let sameQuotes = true;
  for (const { index, chapter } of edited) {
    if (quotesOf(model.story.chapters[index]!) !== quotesOf(chapter)) sameQuotes = false;
    const before = unitStrings(model.story.chapters[index]!);
    const after = unitStrings(chapter);
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (before[key] === after[key]) continue;
      // The text shown for this key changed wherever the source is shown: its edition, and any untranslated fallback.
      for (const l of options.locales) changed.add(readKey(l.code, chapter.slug, key));
    }
    model.story.chapters[index] = chapter;
    tr.i18n.removeResourceBundle(source, chapter.slug);
    tr.i18n.addResourceBundle(source, chapter.slug, after);
  }

  // The same untrusted-text rules as a full load, on the model with the edit in it.
  const textFindings = translationTextFindings(model);
  throwIfErrors(textFindings);
  for (const warning of textFindings) printError(formatFinding(warning));

  // Only the edited chapters' units and the quotes whose use changed are looked at again.
  const slugs = new Set(edited.map((e) => e.chapter.slug));
  const status = tracked.status ? patchedStatus(model, tr, tracked.status, slugs) : statusOnce(model, tr);
  tracked.status = status;
  // The one verdict, as in a full build.
  const { draft, preview } = options.verdict ?? { draft: options.draft === true, preview: false };
  const qa = qaOnce(model, tr, status);
  enforce(judgedCheck(model, tr, preview ? 'preview' : 'build', draft, { only: options.locales, status, qa }), model.story.editions, draft, preview);

  let statusChanged = false;
  for (const locale of options.locales) {
    const before = tracked.contexts.get(locale.code)!;
    const ctx = sameQuotes ? patchedContext(before, status(locale.code), slugs, allPages(model.story)) : editionContext(model, tr, options.locales, locale, { ...options, status });
    tracked.contexts.set(locale.code, ctx);
    for (const key of changedMarks(before, ctx)) changed.add(key);
    // A state read by a page is recorded as `<lng>\0<namespace:key>` (incremental.ts). A key
    // that is gone belonged to a unit or quote of an edited chapter: already in `changed`.
    for (const item of status(locale.code)) {
      // Only the edited chapters' units and the quotes (their use) can have changed state.
      if (item.kind !== 'quote' && !slugs.has(item.namespace)) continue;
      const key = lockKey(item.namespace, item.key);
      if (before.states.get(key) !== item.state) {
        changed.add(`${locale.code}\u0000${key}`);
        statusChanged = true;
      }
    }
  }
  // The status pages show the source text beside every outdated translation.
  if (changed.size > 0) statusChanged = true;

  const changedKeys = [...changed];
  const out = rerender(pages, tracked, (page, reads) => slugs.has(tracked.contexts.get(page.locale)!.pages[page.number]!.slug) || changedKeys.some((k) => reads.has(k)));
  return { changed: out, statusChanged, status, qa };
}
