/** The status report: per locale, per namespace tallies and the to-do list. */
import { type Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { type DiffPart } from './diff.ts';
import { type StatusItem, type StatusOf, type Tally } from './units.ts';
export interface TodoItem extends StatusItem {
    file: string;
    /** For outdated items: what changed in the source, word by word. */
    diff?: DiffPart[];
}
export interface LocaleReport {
    locale: string;
    mode: Edition['mode'];
    rows: {
        namespace: string;
        tally: Tally;
    }[];
    total: Tally;
    todo: TodoItem[];
}
export declare function buildReport(model: Model, tr: Translator, locales: readonly Edition[], status?: StatusOf): LocaleReport[];
/** Whole percent, rounded down so 99.6% never shows as 100%: `percent(199, 200)` → 99 */
export declare function percent(part: number, total: number): number;
