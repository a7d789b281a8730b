/**
 * Decides whether the model may be built: a strict locale must be complete,
 * and a quote must never be missing (unless the build is a draft).
 */
import { locales as configured, type LocaleConfig } from '../config.ts';
import { problems, type Finding } from '../errors.ts';
import type { Translator } from '../locales/i18n.ts';
import type { Model } from '../model/types.ts';
import { reviewFindings } from '../exchange/review.ts';
import { localeFile, statusItems, type StatusItem, type StatusOf } from '../status/units.ts';

export function missingItems(model: Model, tr: Translator, locales: readonly LocaleConfig[] = configured, status: StatusOf = (l) => statusItems(model, tr, l)): StatusItem[] {
  return locales.flatMap((l) => status(l.code)).filter((i) => i.state === 'missing');
}

/** The findings that stop a build; empty in draft mode. */
export function buildBlockers(model: Model, tr: Translator, draft: boolean, locales: readonly LocaleConfig[] = configured, status?: StatusOf): Finding[] {
  if (draft) return [];
  const strict = new Set(locales.filter((l) => l.mode === 'strict').map((l) => l.code));
  return missingItems(model, tr, locales, status)
    .filter((i) => i.kind === 'quote' || i.kind === 'ui' || strict.has(i.locale))
    .map((i) => problems.missingTranslation(localeFile(i.locale, i.namespace), i.locale, i.key, i.sourceText))
    // publish: reviewed (issue #13): an unreviewed quote stops a strict edition.
    .concat(locales.flatMap((l) => reviewFindings(l, (status ?? ((c: string) => statusItems(model, tr, c)))(l.code))).filter((f) => f.severity === 'error'));
}
