/**
 * The static check of the whole model, no browser: every unit and quote in
 * every edition, placeholders, orphans and namespaces. `checkModel` is pure
 * and returns findings as reported; `judged` weighs them with the one
 * verdict (./verdict.ts) for a command, which is what the check, the build
 * and i18n:status act on.
 */
import { type Edition } from '../config.ts';
import { type Finding } from '../errors.ts';
import type { Model } from '../model/types.ts';
import { type StatusOf } from '../status/units.ts';
import { type Translator } from '../translator/i18n.ts';
import { type Command } from './verdict.ts';
export { placeholders } from './translation.ts';
export interface CheckOptions {
    /** The editions to check (default: all of the publication's). */
    only?: readonly Edition[];
    /** Each edition's status, when the caller has worked it out already. */
    status?: StatusOf;
}
export declare function checkModel(model: Model, tr: Translator, options?: CheckOptions): Finding[];
/** The check's findings weighed for `command`: the errors among them stop it. */
export declare function judgedCheck(model: Model, tr: Translator, command: Command, draft: boolean, options?: CheckOptions): Finding[];
/** True when the one verdict calls anything in these editions an error for i18n:status (a strict edition's to-do list included). */
export declare function statusFails(model: Model, tr: Translator, only: readonly Edition[], status?: StatusOf): boolean;
