/**
 * The static check of the whole model, no browser: every unit and quote in
 * every edition, placeholders, orphans and namespaces. `checkModel` is pure
 * and returns findings as reported; `judged` weighs them with the one
 * verdict (./verdict.ts) for a command, which is what the check, the build
 * and i18n:status act on.
 */
import { chromeOverride, isChromeKey } from '../locales/chrome.ts';
import { fixedNamespaces, type Edition } from '../config.ts';
import { problems, type Finding } from '../errors.ts';
import { localeFile } from '../locales/files.ts';
import type { Model } from '../model/types.ts';
import { statusItems, type StatusItem, type StatusOf } from '../status/units.ts';
import { sourceNamespaces, type Translator } from '../translator/i18n.ts';
import { judge, type Command } from './verdict.ts';
import { mayFailValidation, validateTranslation } from './translation.ts';
import { reviewFindings } from '../exchange/review.ts';
import { qaFindings, type QaOf } from '../qa/index.ts';

export { placeholders } from './translation.ts';

export interface CheckOptions {
  /** The editions to check (default: all of the publication's). */
  only?: readonly Edition[];
  /** Each edition's status, when the caller has worked it out already. */
  status?: StatusOf;
  /** Each edition's QA report, when the caller shares it (the build's status pages show it too). */
  qa?: QaOf;
}

export function checkModel(model: Model, tr: Translator, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const source = model.story.sourceLanguage;
  const known = new Set([...sourceNamespaces(model), fixedNamespaces.ui]);

  for (const edition of options.only ?? model.story.editions) {
    const code = edition.code;
    const items = options.status?.(code) ?? statusItems(model, tr, code);
    // Namespace → key → item: no key is built per string (this runs for every string, again after each save under `npm start`).
    const expected = new Map<string, Map<string, StatusItem>>();
    for (const item of items) {
      let keys = expected.get(item.namespace);
      if (!keys) expected.set(item.namespace, (keys = new Map()));
      keys.set(item.key, item);
      if (item.state !== 'outdated' && item.state !== 'missing' && !item.unsynced) continue;
      const file = localeFile(code, item.namespace);
      // Only a finding needs the line: looking lines up costs a positioned parse of the file.
      const line = () => model.locales.get(code)?.files.get(item.namespace)?.lines.get(item.key);
      if (item.state === 'outdated') findings.push({ ...problems.outdatedTranslation(file, code, item.namespace, item.key), line: line() });
      if (item.unsynced) findings.push({ ...problems.unsyncedTranslation(file, code, item.key), line: line() });
      if (item.state === 'missing') findings.push(problems.missingTranslation(file, code, item.key, item.sourceText, item.kind));
    }
    // publish: reviewed — a quote a second person has not read yet.
    findings.push(...reviewFindings(edition, items));
    // Translation QA: figures, names and dates, typography.
    findings.push(...(options.qa?.(code).findings ?? qaFindings(model, tr, edition, items)));
    const data = model.locales.get(code);
    for (const [ns, file] of data?.files ?? []) {
      if (!known.has(ns)) {
        findings.push(problems.unknownNamespace(file.file, code));
        continue;
      }
      const keys = expected.get(ns);
      for (const [key, text] of file.strings) {
        const item = keys?.get(key) ?? (ns === fixedNamespaces.ui ? chromeOverride(model, code, key) : undefined);
        if (!item) {
          // The chrome's keys are Editions' and the source ui.json's; anything else is an orphan.
          if (!(ns === fixedNamespaces.ui && (code === source || isChromeKey(model, code, key)))) {
            findings.push({ ...problems.orphanTranslation(file.file, code, key), line: file.lines.get(key) });
          }
          continue;
        }
        // Per-string checks live in one function, shared with i18n:import.
        if (!mayFailValidation(item.sourceText, text)) continue;
        for (const f of validateTranslation({ file: file.file, locale: code, namespace: ns, key, source: item.sourceText, translation: text })) {
          findings.push({ ...f, line: file.lines.get(key) });
        }
      }
    }
  }
  return findings;
}

/** The check's findings weighed for `command`: the errors among them stop it. */
export function judgedCheck(model: Model, tr: Translator, command: Command, draft: boolean, options: CheckOptions = {}): Finding[] {
  return judge(checkModel(model, tr, options), { command, draft, editions: model.story.editions });
}

/** True when the one verdict calls anything in these editions an error for i18n:status (a strict edition's to-do list included). */
export function statusFails(model: Model, tr: Translator, only: readonly Edition[], status?: StatusOf): boolean {
  return judgedCheck(model, tr, 'status', false, { only, ...(status ? { status } : {}) }).some((f) => f.severity === 'error');
}
