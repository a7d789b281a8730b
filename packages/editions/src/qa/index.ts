/**
 * Translation QA: for every translated string of a locale, are its figures,
 * names and punctuation those of the source? Pure apart from reading the
 * publication's QA files (glossary, severities, waivers). The check, the
 * status page and qa:eval present its findings.
 */
import type { LanguageFacts } from '../languages.ts';
import { languageFacts } from '../languages.ts';
import { problems, type Finding } from '../errors.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { fingerprint, lockKey } from '../locales/lock.ts';
import { statusItems, type StatusItem } from '../status/units.ts';
import { localeFile } from '../locales/files.ts';
import { acceptedRenderings, foldName, glossaryOf, names, type GlossaryEntry } from './glossary.ts';
import { compareFigures, describe, figuresOf } from './numbers.ts';
import { typography, type TypographyCode } from './punctuation.ts';
import { misspelledMention, misspelledName, nameParts } from './spelling.ts';
import { loadSeverityRules, severityOf } from './severity.ts';
import { loadWaivers, waiversPath, type Waiver } from './waivers.ts';
import { memoChanged, qaMemo, textsDigest, type LocaleMemo } from './remembered.ts';

export interface QaFinding extends Finding {
  /** The source text beside it, for reviewers. */
  sourceText?: string;
  translation?: string;
}

export interface QaReport {
  /** Findings in force (severity decided, waivers applied). */
  findings: QaFinding[];
  /** Findings a current waiver covers, with its reason: shown, never counted. */
  waived: (QaFinding & { reason: string })[];
}

/** Each locale's QA report, worked out once per build: the check and the status pages both read it. */
export type QaOf = (locale: string) => QaReport;

/** `qaOnce(model, tr, status)("ja")` → the Japanese report, computed on the first call only. */
export function qaOnce(model: Model, tr: Translator, status: (locale: string) => StatusItem[]): QaOf {
  const memo = new Map<string, QaReport>();
  return (locale) => {
    let report = memo.get(locale);
    if (!report) memo.set(locale, (report = qaReport(model, tr, locale, status(locale))));
    return report;
  };
}

/** `qaFindings(model, tr, "ja")` → the QA findings of the Japanese edition, waived ones left out. */
export function qaFindings(model: Model, tr: Translator, locale: LanguageFacts | string, items?: StatusItem[]): QaFinding[] {
  return qaReport(model, tr, locale, items).findings;
}

export function qaReport(model: Model, tr: Translator, locale: LanguageFacts | string, items?: StatusItem[]): QaReport {
  const config = typeof locale === 'string' ? languageFacts(locale) : locale;
  const source = model.story.sourceLanguage;
  if (config.code === source) return { findings: [], waived: [] };
  const glossary = glossaryOf(model);
  const rules = loadSeverityRules(model.root);
  const { waivers, findings: waiverProblems } = loadWaivers(model.root, config.code);
  const raw: QaFinding[] = [];
  const strings = items ?? statusItems(model, tr, config.code);
  const latinNames = [...glossary.entries.flatMap((e) => [...e.forms, ...acceptedRenderings(model, e, config.code)])];
  // The katakana names of the glossary (entries that are names: they have source forms), to catch a second spelling anywhere.
  const spelled = nameParts(glossary.entries.filter((e) => e.forms.length > 0).flatMap((e) => acceptedRenderings(model, e, config.code)));
  // Every part of every rendering: 김정일 is another name, not 김정은 misspelled.
  const known = new Set(latinNames.flatMap((r) => r.normalize('NFKC').split(/[\s・·=‧]+/)));
  const memo = checkedStrings(glossary.entries, config.code, model);
  for (const item of strings) {
    // Outdated strings are already reported as such: QA them once they are updated.
    if (item.state !== 'translated' || item.translation === undefined) continue;
    // An item the status kept from before an edit is the same object (items are never changed in place): no key to build.
    let found = memo.items.get(item);
    if (!found) {
      const unit = lockKey(item.namespace, item.key);
      const checked = memo.strings.get(unit);
      const digest = textsDigest(item.sourceText, item.translation);
      if (checked?.digest === digest) found = checked.findings;
      else {
        found = checkString(model, item, config, source, glossary.entries, latinNames, spelled, known);
        memo.strings.set(unit, { digest, findings: found });
        memoChanged();
      }
      memo.items.set(item, found);
    }
    if (found.length > 0) raw.push(...found);
  }
  const line = (f: QaFinding) => (f.key ? model.locales.get(config.code)?.files.get(namespaceOf(f))?.lines.get(keyOf(f)) : undefined);
  const findings: QaFinding[] = [...glossary.findings, ...rules.findings, ...waiverProblems];
  // Once per edition, not per string: figures in a language QA has no reader for are not compared.
  for (const language of new Set([source, config.code])) {
    if (figuresOf('', language) === null && severityOf(rules, 'qa-figure-unread', config.code, 'warning') !== 'off')
      findings.push(problems.qaFigureLanguage(config.code, language));
  }
  const waived: QaReport['waived'] = [];
  const byUnit = waivers.length === 0 ? new Map<string, StatusItem>() : new Map(strings.map((i) => [lockKey(i.namespace, i.key), i]));
  const used = new Set<Waiver>();
  for (const f of raw) {
    const level = severityOf(rules, f.code, config.code, f.severity);
    if (level === 'off') continue;
    const at = { ...f, severity: level, line: line(f) };
    const waiver = waivers.find((w) => w.unit === f.key && w.code === f.code && current(w, byUnit.get(w.unit)));
    if (waiver) {
      used.add(waiver);
      waived.push({ ...at, reason: waiver.reason });
    } else findings.push(at);
  }
  for (const w of waivers) {
    if (used.has(w)) continue;
    // Changed text drops a waiver; unchanged text whose finding is gone (QA reads it now) no longer needs one.
    if (!current(w, byUnit.get(w.unit))) findings.push(problems.qaWaiverStale(waiversPath(config.code), config.code, w.unit, w.code));
    else findings.push(problems.qaWaiverUnneeded(waiversPath(config.code), config.code, w.unit, w.code));
  }
  return { findings, waived };
}

/**
 * A string's QA findings depend on its source text, its translation and the
 * glossary as the edition renders it, nothing else of the model: remembered
 * per edition for the glossary last seen (./remembered.ts, kept between
 * checks), so that watch mode, checking an edition again after each save, and
 * a check after an edit QA only the strings that changed. An edit of a
 * rendering (a glossary or quotes file) forgets the edition's strings.
 */
type Memo = LocaleMemo & { items: WeakMap<StatusItem, QaFinding[]> };
/** Status items already looked up, per locale memo: the same object is the same string (items are never changed in place). */
const itemsMemo = new WeakMap<LocaleMemo, WeakMap<StatusItem, QaFinding[]>>();
function checkedStrings(entries: GlossaryEntry[], locale: string, model: Model): Memo {
  const glossary = JSON.stringify([model.story.sourceLanguage, entries.map((e) => [e.namespace, e.key, e.forms, acceptedRenderings(model, e, locale)])]);
  let memo = qaMemo.get(locale);
  if (memo?.glossary !== glossary) {
    qaMemo.set(locale, (memo = { glossary, strings: new Map() }));
    memoChanged();
  }
  let items = itemsMemo.get(memo);
  if (!items) itemsMemo.set(memo, (items = new WeakMap()));
  return { ...memo, items };
}

/** A waiver holds while the source and the translation are those it was granted for. */
function current(w: Waiver, item: StatusItem | undefined): boolean {
  return item?.translation !== undefined && w.source === fingerprint(item.sourceText) && w.translation === fingerprint(item.translation);
}

// QA findings carry the unit as "namespace:key" (as the lock and waivers name it).
const namespaceOf = (f: Finding) => f.key!.slice(0, f.key!.indexOf(':'));
const keyOf = (f: Finding) => f.key!.slice(f.key!.indexOf(':') + 1);

function checkString(
  model: Model,
  item: StatusItem,
  locale: LanguageFacts,
  source: string,
  entries: GlossaryEntry[],
  latinNames: string[],
  spelled: string[],
  known: ReadonlySet<string>,
): QaFinding[] {
  const file = localeFile(locale.code, item.namespace);
  const unit = lockKey(item.namespace, item.key);
  const text = item.translation!;
  const out: Finding[] = [];
  const want = sourceFigures(item.sourceText, source);
  // Only the source's figures must be found: a string whose source has none needs no reading.
  const got = want?.length ? figuresOf(withoutPlaceholders(text), locale.code) : null;
  if (want && got) {
    const { missing, doubtful, unread } = compareFigures(want, got);
    // An error only for a value read on both sides; what QA could not read is a warning naming it.
    if (missing.length)
      out.push(
        problems.qaFigure(
          file,
          locale.code,
          unit,
          want.map((f) => f.text),
          got.map((f) => f.text),
          missing.map(describe),
        ),
      );
    if (doubtful.length)
      out.push(
        problems.qaFigureUnread(
          file,
          locale.code,
          unit,
          doubtful.map(describe),
          unread.map((f) => f.text),
        ),
      );
  }
  let folded: string | undefined;
  let variant: { found: string; name: string } | null = null;
  for (const { entry, form } of namedIn(item.sourceText, entries)) {
    if (entry.namespace === item.namespace && entry.key === item.key) continue;
    const accepted = acceptedRenderings(model, entry, locale.code);
    folded ??= foldName(text);
    if (accepted.length === 0) continue;
    // Every mention counts: one right spelling does not excuse a second, wrong one (정경홍 … 정경혼).
    if (accepted.some((r) => folded!.includes(foldName(r)))) variant ??= misspelledMention(text, accepted, known);
    else out.push(problems.qaTerm(file, locale.code, unit, form, accepted, `"${entry.key}" in ${localeFile(locale.code, entry.namespace)}`));
  }
  // A second spelling is one finding: a unit already told to use the glossary's rendering needs no other.
  if (!out.some((f) => f.code === 'qa-term')) variant ??= misspelledName(text, spelled);
  if (variant) out.push(problems.qaTermVariant(file, locale.code, unit, variant.found, variant.name));
  for (const issue of typography(item.sourceText, text, locale, source, latinNames)) out.push(typographyProblem(issue.code, file, locale, unit, issue.found));
  return out.map((f) => ({ ...f, sourceText: item.sourceText, translation: text }));
}

type Named = { entry: GlossaryEntry; form: string }[];
const namedMemo = new WeakMap<GlossaryEntry[], { forms: Named; texts: Map<string, Named> }>();

/**
 * The glossary entries a source text names, longest form first: "Kim Jong Un"
 * names Kim Jong Un, not also a "Jong" inside it.
 */
export function namedIn(sourceText: string, entries: GlossaryEntry[]): Named {
  let memo = namedMemo.get(entries);
  if (!memo)
    namedMemo.set(
      entries,
      (memo = { forms: entries.flatMap((entry) => entry.forms.map((form) => ({ entry, form }))).sort((a, b) => b.form.length - a.form.length), texts: new Map() }),
    );
  // Every edition reads the same source: what it names is worked out once.
  const known = memo.texts.get(sourceText);
  if (known) return known;
  const { forms } = memo;
  let rest = sourceText;
  const found = new Map<GlossaryEntry, string>();
  for (const { entry, form } of forms) {
    if (!names(rest, form)) continue;
    if (!found.has(entry)) found.set(entry, form);
    rest = rest.replaceAll(form, '\u0000'.repeat(form.length));
  }
  const named = [...found].map(([entry, form]) => ({ entry, form }));
  if (memo.texts.size >= 50_000) memo.texts.clear();
  memo.texts.set(sourceText, named);
  return named;
}

// Every edition reads the same source: its figures are worked out once.
const sourceMemo = new Map<string, Map<string, ReturnType<typeof figuresOf>>>();
function sourceFigures(text: string, language: string): ReturnType<typeof figuresOf> {
  let memo = sourceMemo.get(language);
  if (!memo) sourceMemo.set(language, (memo = new Map()));
  let figures = memo.get(text);
  if (figures === undefined) {
    if (memo.size >= 50_000) memo.clear();
    memo.set(text, (figures = figuresOf(withoutPlaceholders(text), language)));
  }
  return figures;
}

/** "{{first}} and {{second}}" → "          and           ": a placeholder's name is not a figure ("second"). */
function withoutPlaceholders(text: string): string {
  return text.replace(/\{\{[^{}]*\}\}/g, (p) => ' '.repeat(p.length));
}

function typographyProblem(code: TypographyCode, file: string, locale: LanguageFacts, unit: string, found: string): Finding {
  switch (code) {
    case 'qa-unbalanced':
      return problems.qaUnbalanced(file, locale.code, unit, found);
    case 'qa-latin-punctuation':
      return problems.qaLatinPunctuation(file, locale.code, unit, found);
    case 'qa-straight-quote':
      return problems.qaStraightQuote(file, locale.code, unit, found, locale.quotes);
    case 'qa-double-space':
      return problems.qaDoubleSpace(file, locale.code, unit, found);
    case 'qa-source-leftover':
      return problems.qaSourceLeftover(file, locale.code, unit, found);
    case 'qa-identical':
      return problems.qaIdentical(file, locale.code, unit, found);
    case 'qa-doubled-word':
      return problems.qaDoubledWord(file, locale.code, unit, found);
  }
}
