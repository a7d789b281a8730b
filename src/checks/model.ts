/**
 * The static check of the whole model, no browser: every unit and quote in
 * every locale, placeholders, orphans and namespaces. Pure: returns findings.
 */
import { fixedNamespaces, locales, type LocaleConfig } from '../config.ts';
import { problems, type Finding } from '../errors.ts';
import { sourceResources, type Translator } from '../locales/i18n.ts';
import type { Model } from '../model/types.ts';
import { qaFindings } from '../qa/index.ts';
import { localeFile, statusItems } from '../status/units.ts';

/** `placeholders("Chapter {{number}} of {{ total }}")` → ["number", "total"] */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
}

export function checkModel(model: Model, tr: Translator, only: readonly LocaleConfig[] = locales): Finding[] {
  const findings: Finding[] = [];
  const source = model.story.sourceLanguage;
  const known = new Set([...Object.keys(sourceResources(model)), fixedNamespaces.ui]);
  for (const locale of only) {
    const items = statusItems(model, tr, locale.code);
    const expected = new Map(items.map((i) => [`${i.namespace}:${i.key}`, i]));
    for (const item of items) {
      const file = localeFile(locale.code, item.namespace);
      // Only a finding needs the line: looking lines up costs a positioned parse of the file.
      const line = () => model.locales.get(locale.code)?.files.get(item.namespace)?.lines.get(item.key);
      if (item.state === 'outdated') findings.push({ ...problems.outdatedTranslation(file, locale.code, item.namespace, item.key), line: line() });
      if (item.unsynced) findings.push({ ...problems.unsyncedTranslation(file, locale.code, item.key), line: line() });
      if (item.state !== 'missing') continue;
      const strict = locale.mode === 'strict' || item.kind === 'quote';
      const f = problems.missingTranslation(file, locale.code, item.key, item.sourceText);
      findings.push(strict ? f : { ...f, severity: 'warning' });
    }
    findings.push(...qaFindings(model, tr, locale, items)); // Translation QA (#14): figures, names, typography.
    const data = model.locales.get(locale.code);
    for (const [ns, file] of data?.files ?? []) {
      if (!known.has(ns)) {
        findings.push(problems.unknownNamespace(file.file, locale.code));
        continue;
      }
      for (const [key, text] of file.strings) {
        const item = expected.get(`${ns}:${key}`);
        if (!item) {
          // The source locale's ui.json defines the keys; elsewhere an unknown key is an orphan.
          if (!(locale.code === source && ns === fixedNamespaces.ui)) {
            findings.push({ ...problems.orphanTranslation(file.file, locale.code, key), line: file.lines.get(key) });
          }
          continue;
        }
        // Most strings have no placeholder at all: skip the regex for them.
        if (!item.sourceText.includes('{{') && !text.includes('{{')) continue;
        const want = placeholders(item.sourceText);
        const got = placeholders(text);
        if (want.join() !== got.join()) {
          findings.push({ ...problems.placeholderMismatch(file.file, locale.code, key, want, got), line: file.lines.get(key) });
        }
      }
    }
  }
  return findings;
}
