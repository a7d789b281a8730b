import { buildReport, percent } from '../status/report.js';
import { statusItems } from '../status/units.js';
import { qaReport } from '../qa/index.js';
import { alternatesFor } from './pages.js';
import { feedUrl, pageUrl, STATUS_SLUG, statusUrl } from '../urls.js';
export function buildStatusPages(model, tr, locales, status) {
    const reports = buildReport(model, tr, locales, status);
    // Translation QA (#14): each locale's findings, counted per file in the table and listed beside the source.
    const qa = new Map(reports.map((r) => [r.locale, qaReport(model, tr, r.locale, status ? status(r.locale) : statusItems(model, tr, r.locale))]));
    const qaCount = (locale, namespace) => qa.get(locale).findings.filter((f) => !namespace || f.key?.startsWith(`${namespace}:`)).length;
    const table = reports.flatMap((r) => [...r.rows, { namespace: '', tally: r.total }].map((row) => ({
        locale: r.locale, mode: r.mode, namespace: row.namespace, ...row.tally, percent: percent(row.tally.translated, row.tally.total), qa: qaCount(r.locale, row.namespace),
    })));
    return locales.map((l) => ({
        locale: l.code,
        url: statusUrl(l.code),
        kind: 'status',
        titleText: tr.t(l.code, 'ui', 'statusPage.title'),
        storyTitle: tr.t(l.code, 'story', 'title'),
        description: tr.t(l.code, 'ui', 'statusPage.intro'),
        alternates: alternatesFor(tr, locales, l.code, STATUS_SLUG),
        xDefault: pageUrl(model.story.sourceLanguage, STATUS_SLUG),
        feedUrl: feedUrl(l.code),
        table,
        todos: reports.filter((r) => l.code === model.story.sourceLanguage || r.locale === l.code).map((r) => ({ locale: r.locale, items: r.todo, qa: qa.get(r.locale) })),
    }));
}
//# sourceMappingURL=status-page.js.map