/**
 * `i18n:import`: merges translated XLIFF / PO files back into
 * locales/<lng>/<namespace>.json. Each file is read, every unit checked like
 * `npm run check` does (validateTranslation); a file with any error is refused
 * whole. A unit whose source changed since export is a conflict, skipped
 * unless `acceptStale`. Only changed strings are written, in place; imported
 * strings made from the current source are recorded in the lock.
 */
import { readInputText, readProjectText, writeProjectText } from '../files/safe-files.ts';
import { chromeOverride } from '../locales/chrome.ts';
import path from 'node:path';
import { fixedNamespaces } from '../config.ts';
import { EditionsError, exchangeMessages, problems, type Finding } from '../errors.ts';
import { validateTranslation } from '../checks/translation.ts';
import { textFindings } from '../checks/translation-text.ts';
import { LIMITS } from '../files/limits.ts';
import type { Translator } from '../translator/i18n.ts';
import { loadModel } from '../model/load.ts';
import { createTranslator } from '../translator/i18n.ts';
import type { LockEntry, Model } from '../model/types.ts';
import { fingerprint, lockKey, lockPath, serializeLock } from '../locales/lock.ts';
import { statusItems, type StatusItem } from '../status/units.ts';
import { localeFile } from '../locales/files.ts';
import type { ImportedFile, ImportedUnit } from './file.ts';
import { fromTarget, segment, UnknownCode } from './inline.ts';
import { newJsonFile, setStrings } from './json-edit.ts';
import { namespaceOrder } from '../status/namespaces.ts';
import { readPo } from './po.ts';
import { lockEntry } from './review.ts';
import { ExchangeReadError, readXliff } from './xliff.ts';

export interface ImportSummary {
  file: string;
  /** The locale file written to, when the file could be read. */
  target?: string;
  added: number;
  changed: number;
  unchanged: number;
  /** Marked reviewed by the file (state="final" / "signed-off"). */
  reviewed: number;
  conflicts: number;
  /** Units with errors; when above 0 nothing of the file was imported. */
  refused: number;
  /** PO entries still marked fuzzy: not confirmed by the translator, so not imported. */
  fuzzy: number;
  findings: Finding[];
}

export interface ImportOptions {
  acceptStale: boolean;
}

/** Reads a file as XLIFF (it starts with `<`) or PO. Throws ExchangeReadError. */
export function readExchangeFile(text: string, file: string, model: Model): ImportedFile {
  if (/^\uFEFF?\s*</.test(text)) return readXliff(text, file);
  const ui = model.locales.get(model.story.sourceLanguage)?.files.get(fixedNamespaces.ui)?.strings;
  return readPo(text, file, (base) => (ui ? [...ui.keys()].filter((k) => k.startsWith(`${base}_`)) : undefined));
}

interface Planned {
  key: string;
  text: string;
  item: StatusItem;
  unit: ImportedUnit;
  current: boolean;
}

/** Plans one file's import against the model; writes nothing. */
export function planImport(model: Model, tr: Translator, imported: ImportedFile, options: ImportOptions): { summary: ImportSummary; writes: Planned[]; review: Planned[] } {
  const summary: ImportSummary = { file: imported.file, added: 0, changed: 0, unchanged: 0, reviewed: 0, conflicts: 0, refused: 0, fuzzy: 0, findings: [] };
  const translated = model.story.editions.map((l) => l.code).filter((c) => c !== model.story.sourceLanguage);
  imported = { ...imported, locale: editionOf(imported.locale, translated) };
  if (!translated.includes(imported.locale)) {
    summary.findings.push(problems.exchangeUnknownLocale(imported.file, imported.locale, translated));
    return { summary, writes: [], review: [] };
  }
  const namespaces = new Set(namespaceOrder(model));
  if (!namespaces.has(imported.namespace)) {
    summary.findings.push(problems.exchangeUnknownNamespace(imported.file, imported.namespace));
    return { summary, writes: [], review: [] };
  }
  summary.target = localeFile(imported.locale, imported.namespace);
  if (imported.units.length > LIMITS.unitsPerFile) {
    summary.findings.push(
      problems.overLimit(
        { file: imported.file },
        `This file holds ${imported.units.length.toLocaleString('en')} units`,
        `${LIMITS.unitsPerFile.toLocaleString('en')} units per file`,
        'Export and import the chapter in parts, or check that it is the file you meant.',
      ),
    );
    summary.refused = imported.units.length;
    return { summary, writes: [], review: [] };
  }
  const items = new Map(
    statusItems(model, tr, imported.locale)
      .filter((i) => i.namespace === imported.namespace)
      .map((i) => [i.key, i]),
  );
  const writes: Planned[] = [];
  const review: Planned[] = [];
  const errors = new Set<string>();
  const keys = new Set<string>();
  for (const unit of imported.units) {
    const item = items.get(unit.key) ?? (imported.namespace === fixedNamespaces.ui ? chromeOverride(model, imported.locale, unit.key) : undefined);
    const at = { file: imported.file, line: unit.line };
    if (keys.has(unit.key)) {
      summary.findings.push(problems.exchangeUnitProblem(at.file, at.line, unit.key, exchangeMessages.duplicateUnit));
      errors.add(unit.key);
      continue;
    }
    keys.add(unit.key);
    if (!item) {
      summary.findings.push(problems.exchangeRemoved(at.file, at.line, unit.key));
      summary.conflicts++;
      continue;
    }
    if (unit.problem) {
      summary.findings.push(problems.exchangeUnitProblem(at.file, at.line, unit.key, unit.problem.what));
      errors.add(unit.key);
      continue;
    }
    if (unit.fuzzy) {
      summary.fuzzy++;
      continue;
    }
    if (unit.target === undefined) {
      summary.unchanged++;
      continue;
    }
    let text: string;
    try {
      text = fromTarget(unit.target, segment(item.sourceText)).normalize('NFC');
    } catch (e) {
      if (!(e instanceof UnknownCode)) throw e;
      summary.findings.push(problems.exchangeUnitProblem(at.file, at.line, unit.key, exchangeMessages.unknownCode(e.id)));
      errors.add(unit.key);
      continue;
    }
    if (text.length > LIMITS.stringChars) {
      summary.findings.push(
        problems.overLimit(
          { ...at, key: unit.key },
          `This translation is ${text.length.toLocaleString('en')} characters long`,
          `${LIMITS.stringChars.toLocaleString('en')} characters per text`,
          'A unit is one paragraph, heading or item: check that the target is the translation of its source.',
        ),
      );
      errors.add(unit.key);
      continue;
    }
    const seen = unit.seenFingerprint ?? fingerprint(unit.seenSource);
    const current = seen === fingerprint(item.sourceText);
    const planned: Planned = { key: unit.key, text, item, unit, current };
    if (text === item.translation) {
      summary.unchanged++;
      if (unit.reviewed && current && item.state === 'translated' && !item.reviewed) review.push(planned);
      continue;
    }
    if (!current) {
      summary.findings.push(problems.exchangeStale(at.file, at.line, unit.key, unit.seenSource, item.sourceText));
      summary.conflicts++;
      if (!options.acceptStale) continue;
    }
    // Judged as the check judges the same string in a locale file: placeholders, links and images in every reading, XML characters, i18next syntax.
    const found = [
      ...validateTranslation({
        file: at.file,
        locale: imported.locale,
        namespace: imported.namespace,
        key: unit.key,
        source: item.sourceText,
        translation: text,
        ...(at.line !== undefined ? { line: at.line } : {}),
      }),
      ...textFindings({ file: at.file, ...(at.line !== undefined ? { line: at.line } : {}) }, imported.namespace, unit.key, text, false, () => item.sourceText),
    ];
    if (found.some((f) => f.severity === 'error')) errors.add(unit.key);
    summary.findings.push(...found);
    if (item.translation === undefined) summary.added++;
    else summary.changed++;
    writes.push(planned);
  }
  if (errors.size > 0) {
    // Refused whole: nothing of a file with errors is imported, so a fix and re-import is all it takes.
    summary.refused = errors.size;
    summary.added = summary.changed = summary.reviewed = 0;
    return { summary, writes: [], review: [] };
  }
  summary.reviewed = review.length + writes.filter((w) => w.unit.reviewed && w.current).length;
  return { summary, writes, review };
}

/**
 * CAT tools often write a region into the language: `editionOf("ja-JP", ["ja", "ko"])` → "ja",
 * `editionOf("ko_KR", …)` → "ko"; an unknown language is returned as given.
 */
export function editionOf(language: string, editions: readonly string[]): string {
  const tag = language.replace(/_/g, '-');
  const exact = editions.find((e) => e.toLowerCase() === tag.toLowerCase());
  return exact ?? editions.find((e) => e.toLowerCase() === tag.split('-')[0]!.toLowerCase()) ?? language;
}

/** Imports files into the project at `root`, file by file (the model read afresh for each); one summary per file. */
export async function importFiles(root: string, files: string[], options: ImportOptions): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const file of files) {
    const { model } = await loadModel(root);
    const tr = createTranslator(model);
    // Named as the user gave it, or inside the project relative to it.
    const inside = path.relative(root, path.resolve(file));
    const shown = inside.startsWith('..') || path.isAbsolute(inside) ? file : inside;
    let imported: ImportedFile;
    const unreadable: Finding[] = [];
    const text = readInputText(path.resolve(root, file), shown, unreadable);
    if (text === null) {
      summaries.push({ file: shown, added: 0, changed: 0, unchanged: 0, reviewed: 0, conflicts: 0, refused: 0, fuzzy: 0, findings: unreadable });
      continue;
    }
    try {
      imported = readExchangeFile(text, shown, model);
    } catch (e) {
      const err = e instanceof ExchangeReadError ? e : new ExchangeReadError(undefined, (e as Error).message);
      summaries.push({
        file: shown,
        added: 0,
        changed: 0,
        unchanged: 0,
        reviewed: 0,
        conflicts: 0,
        refused: 0,
        fuzzy: 0,
        findings: [problems.exchangeUnreadable(shown, err.line, err.detail)],
      });
      continue;
    }
    const { summary, writes, review } = planImport(model, tr, imported, options);
    summaries.push(summary);
    if (writes.length === 0 && review.length === 0) continue;
    await apply(root, model, imported, writes, review);
  }
  return summaries;
}

async function apply(root: string, model: Model, imported: ImportedFile, writes: Planned[], review: Planned[]): Promise<void> {
  const data = model.locales.get(imported.locale)!;
  if (writes.length > 0) {
    const rel = localeFile(imported.locale, imported.namespace);
    const unreadable: Finding[] = [];
    const before = readProjectText(root, rel, unreadable);
    if (unreadable.length) throw new EditionsError(unreadable);
    const entries = writes.map((w): [string, string] => [w.key, w.text]);
    const after = before === null ? newJsonFile(entries) : setStrings(before, entries);
    if (after !== before) writeProjectText(root, rel, after);
  }
  // The lock, as i18n:sync writes it: each imported string made from the current source is up to date.
  const lock = new Map<string, LockEntry>(data.lock);
  for (const w of writes) {
    if (!w.current) continue;
    const key = lockKey(imported.namespace, w.key);
    lock.set(key, lockEntry(w.item.sourceText, w.text, w.unit.reviewed));
  }
  for (const r of review) lock.set(lockKey(imported.namespace, r.key), lockEntry(r.item.sourceText, r.text, true));
  const lockFile = lockPath(imported.locale);
  const text = serializeLock(lock);
  const unreadable: Finding[] = [];
  if (text !== readProjectText(root, lockFile, unreadable)) {
    if (unreadable.length) throw new EditionsError(unreadable);
    writeProjectText(root, lockFile, text);
  }
  data.lock = lock;
}
