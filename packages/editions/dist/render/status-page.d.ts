/**
 * The translation status page, one per edition (/<lng>/translation-status/):
 * what a translator bookmarks. The same report as `npm run i18n:status`.
 */
import type { Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { type TodoItem } from '../status/report.ts';
import { type StatusOf } from '../status/units.ts';
import { type QaReport } from '../qa/index.ts';
import { type ToolPageHead } from './pages.ts';
export interface StatusPageView extends ToolPageHead {
    kind: 'status';
    /** Every translated locale's tallies, as rows with percentages. */
    table: {
        locale: string;
        mode: string;
        namespace: string;
        translated: number;
        reviewed: number;
        missing: number;
        outdated: number;
        total: number;
        percent: number;
        qa: number;
    }[];
    /** The to-do lists shown: this edition's own, or every locale's on the source edition. */
    todos: {
        locale: string;
        items: TodoItem[];
        qa: QaReport;
    }[];
}
export declare function buildStatusPages(model: Model, tr: Translator, locales: readonly Edition[], status?: StatusOf): StatusPageView[];
