/**
 * The translation status page, one per edition (/<lng>/translation-status/):
 * what a translator bookmarks. The same report as `npm run i18n:status`.
 */
import type { Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { buildReport, percent, type LocaleReport, type TodoItem } from '../status/report.ts';
import { statusItems, type StatusOf } from '../status/units.ts';
import { qaReport, type QaOf, type QaReport } from '../qa/index.ts';
import { alternatesFor, type ToolPageHead } from './pages.ts';
import { feedUrl, pageUrl, STATUS_SLUG, statusUrl } from '../urls.ts';

export interface StatusPageView extends ToolPageHead {
  kind: 'status';
  /** Every translated locale's tallies, as rows with percentages. */
  table: { locale: string; mode: string; namespace: string; translated: number; reviewed: number; missing: number; outdated: number; total: number; percent: number; qa: number }[];
  /** This edition's share of strings translated and current, in whole percent (none for the source edition). */
  completeness?: number;
  /** The to-do lists shown: this edition's own, or every locale's on the source edition. */
  todos: { locale: string; items: TodoItem[]; qa: QaReport }[];
}

export function buildStatusPages(model: Model, tr: Translator, locales: readonly Edition[], status?: StatusOf, qaOf?: QaOf): StatusPageView[] {
  const reports = buildReport(model, tr, locales, status);
  // Translation QA (#14): each locale's findings, counted per file in the table and listed beside the source.
  const qa = new Map(reports.map((r) => [r.locale, qaOf?.(r.locale) ?? qaReport(model, tr, r.locale, status ? status(r.locale) : statusItems(model, tr, r.locale))]));
  const qaCount = (locale: string, namespace: string) => qa.get(locale)!.findings.filter((f) => !namespace || f.key?.startsWith(`${namespace}:`)).length;
  const table = reports.flatMap((r: LocaleReport) =>
    [...r.rows, { namespace: '', tally: r.total }].map((row) => ({
      locale: r.locale,
      mode: r.mode,
      namespace: row.namespace,
      ...row.tally,
      percent: percent(row.tally.translated, row.tally.total),
      qa: qaCount(r.locale, row.namespace),
    })),
  );
  return locales.map((l) => ({
    locale: l.code,
    url: statusUrl(l.code),
    kind: 'status' as const,
    titleText: tr.t(l.code, 'ui', 'statusPage.title'),
    storyTitle: tr.t(l.code, 'story', 'title'),
    description: tr.t(l.code, 'ui', 'statusPage.intro'),
    alternates: alternatesFor(tr, locales, l.code, STATUS_SLUG),
    xDefault: pageUrl(model.story.sourceLanguage, STATUS_SLUG),
    feedUrl: feedUrl(l.code),
    table,
    ...completenessOf(reports, l.code, model.story.sourceLanguage),
    todos: reports.filter((r) => l.code === model.story.sourceLanguage || r.locale === l.code).map((r) => ({ locale: r.locale, items: r.todo, qa: qa.get(r.locale)! })),
  }));
}

/** The edition-wide figure readers used to see on every page; it lives here, beside the table it sums up. */
function completenessOf(reports: LocaleReport[], code: string, source: string): { completeness?: number } {
  const own = reports.find((r) => r.locale === code);
  return code === source || !own ? {} : { completeness: percent(own.total.translated, own.total.total) };
}
