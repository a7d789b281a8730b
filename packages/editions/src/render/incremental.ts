/**
 * Watch mode (`npm start`): after an edit of a translation file, re-render
 * only the pages that use a string it changed.
 *
 * The first build records, for every page, each string its view read (the
 * translator and the unit states are wrapped to note every lookup). An edit
 * of locales/<lng>/<ns>.json is then parsed on its own and swapped into the
 * model and i18next, and only the pages that read a changed key are rebuilt.
 * Anything else (content/, the lock, the source language's files, a new or
 * broken file) returns null: the caller does a full build, which also reports
 * any error.
 */
import path from 'node:path';
import { fixedNamespaces, paths, type Edition } from '../config.ts';
import { judgedCheck } from '../checks/model.ts';
import { enforce } from '../checks/verdict.ts';
import { formatFinding, throwIfErrors, type Finding } from '../errors.ts';
import { readProjectText } from '../files/safe-files.ts';
import { translationTextFindings } from '../checks/translation-text.ts';
import type { Translator } from '../translator/i18n.ts';
import { parseLocaleFile } from '../locales/load.ts';
import type { LocaleFile } from '../locales/types.ts';
import type { Model } from '../model/types.ts';
import { lockKey } from '../locales/lock.ts';
import { patchedLocaleStatus, statusOnce, type StatusOf } from '../status/units.ts';
import { settleIndexing } from './indexing.ts';
import { qaOnce, type QaOf } from '../qa/index.ts';
import { buildPage, editionContext, patchedContext, type ChapterMark, type EditionContext, type PageView, type RenderOptions } from './pages.ts';
import { printError } from '../terminal.ts';

/** "ja" + "the-notes" + "p-1" → one key naming a string of one edition. */
export const readKey = (lng: string, ns: string, key: string) => `${lng}\u0000${lockKey(ns, key)}`;
/** A chapter's mark (pages.ts chapterMarks) as read by a page: no namespace:key has a NUL in it. */
export const markKey = (lng: string, slug: string) => `${lng}\u0000\u0000mark\u0000${slug}`;

/** The chapters whose mark differs between two contexts of one edition, as read keys. */
export function changedMarks(before: EditionContext, after: EditionContext): string[] {
  const same = (a?: ChapterMark, b?: ChapterMark) => a?.status === b?.status && a?.first === b?.first && a?.label === b?.label;
  return after.pages.filter((c) => !same(before.marks.get(c.slug), after.marks.get(c.slug))).map((c) => markKey(after.lng, c.slug));
}

export interface Tracked {
  /** Page URL → every string its view read. */
  reads: Map<string, Set<string>>;
  /** Watch mode: each page of the kinds built whole, as last written (page-kinds.ts sinceLastWritten). */
  written?: Map<string, string>;
  /** Per edition, what its pages were built from (unit states, chapter marks). */
  contexts: Map<string, EditionContext>;
  /** The status the pages were built with, for the next edit to start from (incremental-content.ts). */
  status?: StatusOf;
}

/** The edition context seen through a recorder: every string looked up lands in `reads`. */
function recording(ctx: EditionContext, reads: Set<string>): EditionContext {
  const tr: Translator = {
    ...ctx.tr,
    t: (lng, ns, key, values) => {
      reads.add(readKey(lng, ns, key));
      return ctx.tr.t(lng, ns, key, values);
    },
    has: (lng, ns, key) => {
      reads.add(readKey(lng, ns, key));
      return ctx.tr.has(lng, ns, key);
    },
  };
  // A unit shown as a fallback reads its state, not its (missing) translation: note that too.
  const states = { get: (k: string) => (reads.add(`${ctx.lng}\u0000${k}`), ctx.states.get(k)) };
  // A page shows its chapter's mark: it is stale when that flips.
  const marks = { get: (slug: string) => (reads.add(markKey(ctx.lng, slug)), ctx.marks.get(slug)) };
  return { ...ctx, tr, states, marks };
}

/** Every page of every edition, as buildPages makes them, plus what each one read. */
export function buildTrackedPages(model: Model, tr: Translator, locales: readonly Edition[], options: RenderOptions = {}): { pages: PageView[]; tracked: Tracked } {
  const pages: PageView[] = [];
  const tracked: Tracked = { reads: new Map(), contexts: new Map(), status: options.status, written: new Map() };
  for (const locale of locales) {
    const ctx = editionContext(model, tr, locales, locale, options);
    tracked.contexts.set(locale.code, ctx);
    ctx.pages.forEach((chapter, index) => {
      const reads = new Set<string>();
      const page = buildPage(recording(ctx, reads), chapter, index);
      tracked.reads.set(page.url, reads);
      pages.push(page);
    });
  }
  settleIndexing(pages);
  return { pages, tracked };
}

export interface Update {
  /** The pages to write: only those that read a changed string. */
  changed: PageView[];
  /** True when a unit's state changed, so the status pages must be rebuilt. */
  statusChanged: boolean;
  /** The status and QA this update worked out, for the status pages to reuse. */
  status?: StatusOf;
  qa?: QaOf;
  /** The edit changed the chrome (ui.json). */
  chrome?: boolean;
}

/**
 * Applies the edited locale files to the model, the translator and `pages`
 * (in place). Returns the pages to re-render, or null when this edit needs a
 * full build. Throws an EditionsError when the edit breaks the build gate.
 */
export async function applyLocaleEdits(
  root: string,
  model: Model,
  tr: Translator,
  pages: PageView[],
  tracked: Tracked,
  files: string[],
  options: RenderOptions & { locales: readonly Edition[]; verdict?: { draft: boolean; preview: boolean } },
): Promise<Update | null> {
  const edits: { lng: string; ns: string; file: string }[] = [];
  for (const abs of new Set(files)) {
    const [dir, lng, name, ...more] = path.relative(root, abs).split(path.sep);
    if (dir !== paths.locales || !lng || !name?.endsWith('.json') || more.length > 0) return null;
    const ns = name.slice(0, -'.json'.length);
    // The source language's strings are merged with content/; a new file may be a new namespace.
    if (lng === model.story.sourceLanguage || !model.locales.get(lng)?.files.has(ns)) return null;
    edits.push({ lng, ns, file: `${paths.locales}/${lng}/${name}` });
  }
  if (edits.length === 0) return null;

  const findings: Finding[] = [];
  const changed = new Set<string>();
  const parsed: { lng: string; ns: string; file: LocaleFile }[] = [];
  for (const e of edits) {
    const text = readProjectText(root, e.file, findings);
    const file = text === null ? null : parseLocaleFile(text, e.file, e.ns, findings);
    if (!file) return null;
    parsed.push({ ...e, file });
  }
  for (const { lng, ns, file } of parsed) {
    const locale = model.locales.get(lng)!;
    const before = locale.files.get(ns)!;
    for (const [key, text] of file.strings) if (before.strings.get(key) !== text) changed.add(readKey(lng, ns, key));
    for (const key of before.strings.keys()) if (!file.strings.has(key)) changed.add(readKey(lng, ns, key));
    locale.files.set(ns, file);
    tr.i18n.removeResourceBundle(lng, ns);
    tr.i18n.addResourceBundle(lng, ns, file.data);
  }
  // The same untrusted-text rules as a full load.
  findings.push(...translationTextFindings(model));
  throwIfErrors(findings);
  for (const warning of findings) printError(formatFinding(warning));

  const editedLocales = model.story.editions.filter((e) => parsed.some((p) => p.lng === e.code));
  // Only the edited files' strings are looked at again.
  let status = tracked.status ?? statusOnce(model, tr);
  for (const locale of editedLocales) status = patchedLocaleStatus(model, tr, status, locale.code, new Set(parsed.filter((p) => p.lng === locale.code).map((p) => p.ns)));
  tracked.status = status;
  // The one verdict, as in a full build.
  const { draft, preview } = options.verdict ?? { draft: options.draft === true, preview: false };
  const qa = qaOnce(model, tr, status);
  enforce(judgedCheck(model, tr, preview ? 'preview' : 'build', draft, { only: editedLocales, status, qa }), model.story.editions, draft, preview);

  // Every page of an edition shows its ui strings: a change there re-renders the edition.
  const wholeEditions = new Set<string>();
  let statusChanged = false;
  for (const locale of editedLocales) {
    const before = tracked.contexts.get(locale.code)!;
    const namespaces = new Set(parsed.filter((e) => e.lng === locale.code).map((e) => e.ns));
    const ctx = namespaces.has(fixedNamespaces.ui)
      ? editionContext(model, tr, options.locales, locale, { ...options, status })
      : patchedContext(before, status(locale.code), namespaces);
    tracked.contexts.set(locale.code, ctx);
    if (parsed.some((e) => e.lng === locale.code && e.ns === fixedNamespaces.ui)) wholeEditions.add(locale.code);
    for (const key of changedMarks(before, ctx)) changed.add(key);
    for (const key of changed) {
      const [lng, k] = key.split('\u0000') as [string, string];
      if (lng === locale.code && before.states.get(k) !== ctx.states.get(k)) statusChanged = true;
    }
  }

  const changedKeys = [...changed];
  const out = rerender(pages, tracked, (page, reads) => wholeEditions.has(page.locale) || changedKeys.some((k) => reads.has(k)));
  return { changed: out, statusChanged, status, qa, chrome: wholeEditions.size > 0 };
}

/**
 * Builds again, in place, each page `stale` picks (from its view and what it
 * read last time), with the editions' current contexts; returns those pages.
 */
export function rerender(pages: PageView[], tracked: Tracked, stale: (page: PageView, reads: Set<string>) => boolean): PageView[] {
  const out: PageView[] = [];
  pages.forEach((page, i) => {
    if (!stale(page, tracked.reads.get(page.url)!)) return;
    const ctx = tracked.contexts.get(page.locale)!;
    const fresh = new Set<string>();
    pages[i] = buildPage(recording(ctx, fresh), ctx.pages[page.number]!, page.number);
    tracked.reads.set(page.url, fresh);
    out.push(pages[i]!);
  });
  // A page that became complete (or fell back) changes the alternates of its other editions too.
  for (const page of settleIndexing(pages)) if (!out.includes(page)) out.push(page);
  return out;
}
