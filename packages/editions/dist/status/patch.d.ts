/**
 * The translation status after an author's edit of some chapters, worked out
 * from the status before it: only the edited chapters' units, and the quotes
 * whose use changed, are looked at again; everything else keeps its item.
 * The result is what statusItems gives for the edited model, item for item
 * and in the same order (watch mode's tests compare the pages and status
 * pages with a full build's).
 */
import type { Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { type StatusOf } from './units.ts';
export declare function patchedStatus(model: Model, tr: Translator, before: StatusOf, slugs: ReadonlySet<string>): StatusOf;
