/**
 * `npm run qa:eval`: translation QA measured on the planted-fault corpus
 * (tests/fixtures/qa/) and on the clean publication, for Editions and for
 * translate-toolkit's pofilter run on the same strings exported as PO.
 *   caught        a fault whose planted unit gets the expected finding
 *                 (pofilter: any failing test on that unit that the clean unit passes)
 *   false alarms  strings of the clean publication with any finding
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { po, type GetTextTranslation } from 'gettext-parser';
import { createTranslator } from '../packages/editions/src/translator/i18n.ts';
import { loadModel } from '../packages/editions/src/model/load.ts';
import type { Model } from '../packages/editions/src/model/types.ts';
import { qaFindings } from '../packages/editions/src/qa/index.ts';
import { lockKey } from '../packages/editions/src/locales/lock.ts';
import { statusItems } from '../packages/editions/src/status/units.ts';
import { loadFaults, withOverride, type Fault } from './qa-faults.ts';

const POFILTER = process.env.POFILTER ?? '/usr/bin/pofilter';
/** pofilter's tests that apply to prose translated from English into Japanese or Korean. */
const POFILTER_NAMED = ['numbers', 'brackets', 'doublewords'];
const POFILTER_ALL = [...POFILTER_NAMED, 'doublequoting', 'singlequoting', 'doublespacing', 'unchanged', 'acronyms', 'endpunc', 'startpunc', 'puncspacing', 'sentencecount', 'variables', 'xmltags', 'newlines', 'untranslated', 'blank'];

if (!existsSync(POFILTER)) {
  console.error(`${POFILTER} not found: install translate-toolkit (apt-get install translate-toolkit), or point POFILTER at pofilter.`);
  process.exit(2);
}
const root = process.cwd();
const work = path.join(root, '.build', 'qa-eval');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const { model } = await loadModel(root);
const faults = loadFaults(root);
const locales = [...new Set(faults.map((f) => f.expect.locale))].sort();
const kindOf = (code: string) => (code === 'qa-figure' ? 'figures' : code.startsWith('qa-term') ? 'names' : 'typography');

// Editions
const clean = new Map(locales.map((l) => [l, qaFindings(model, createTranslator(model), l)]));
const caught = new Map<string, boolean>();
for (const fault of faults) {
  const faulty = withOverride(model, fault.override);
  const found = qaFindings(faulty, createTranslator(faulty), fault.expect.locale);
  caught.set(fault.name, found.some((f) => f.code === fault.expect.code && f.key === fault.expect.unit));
}

// pofilter: the clean strings of each locale, and each fault's planted string, as PO.
type Flags = Map<string, Set<string>>;
function exportPo(file: string, entries: { ctxt: string; source: string; translation: string }[], locale: string): void {
  const translations: Record<string, Record<string, GetTextTranslation>> = { '': { '': { msgid: '', msgstr: [`Content-Type: text/plain; charset=UTF-8\nLanguage: ${locale}\n`] } } };
  for (const e of entries) translations[e.ctxt] = { [e.source]: { msgctxt: e.ctxt, msgid: e.source, msgstr: [e.translation] } };
  writeFileSync(file, po.compile({ charset: 'utf-8', headers: { 'Content-Type': 'text/plain; charset=UTF-8', Language: locale }, translations }));
}
function pofilter(input: string, locale: string, tests: string[]): Flags {
  const output = `${input}.${tests.length}.out.po`;
  execFileSync(POFILTER, ['--progress=none', `--language=${locale}`, ...tests.flatMap((t) => ['-t', t]), input, output], { stdio: ['ignore', 'ignore', 'pipe'] });
  const flags: Flags = new Map();
  const parsed = po.parse(readFileSync(output));
  for (const [ctxt, byId] of Object.entries(parsed.translations)) {
    for (const unit of Object.values(byId)) {
      if (!unit.msgid) continue;
      const failed = [...(unit.comments?.translator ?? '').matchAll(/\(pofilter\) (\w+):/g)].map((m) => m[1]!);
      if (failed.length) flags.set(ctxt, new Set(failed));
    }
  }
  return flags;
}
function items(m: Model, locale: string) {
  return statusItems(m, createTranslator(m), locale).filter((i) => i.state === 'translated' && i.translation !== undefined);
}
const poClean = new Map<string, { named: Flags; all: Flags }>();
const poCaught = { named: new Map<string, boolean>(), all: new Map<string, boolean>() };
for (const locale of locales) {
  const cleanFile = path.join(work, `clean-${locale}.po`);
  const cleanItems = items(model, locale);
  exportPo(cleanFile, cleanItems.map((i) => ({ ctxt: lockKey(i.namespace, i.key), source: i.sourceText, translation: i.translation! })), locale);
  const flagged = { named: pofilter(cleanFile, locale, POFILTER_NAMED), all: pofilter(cleanFile, locale, POFILTER_ALL) };
  poClean.set(locale, flagged);
  const own = faults.filter((f) => f.expect.locale === locale);
  const faultFile = path.join(work, `faults-${locale}.po`);
  exportPo(faultFile, own.map((f) => {
    const item = items(withOverride(model, f.override), locale).find((i) => lockKey(i.namespace, i.key) === f.expect.unit)!;
    return { ctxt: `${f.name}|${f.expect.unit}`, source: item.sourceText, translation: item.translation! };
  }), locale);
  for (const way of ['named', 'all'] as const) {
    const found = pofilter(faultFile, locale, way === 'named' ? POFILTER_NAMED : POFILTER_ALL);
    for (const f of own) {
      const failed = found.get(`${f.name}|${f.expect.unit}`) ?? new Set<string>();
      const before = flagged[way].get(f.expect.unit) ?? new Set<string>();
      poCaught[way].set(f.name, [...failed].some((t) => !before.has(t)));
    }
  }
}

// Report
const share = (n: number, total: number) => `${n}/${total} (${Math.round((n / total) * 100)}%)`;
const kinds = ['figures', 'names', 'typography'];
const rows: string[] = ['| | ' + kinds.map((k) => `${k} caught`).join(' | ') + ' | all caught | false alarms (clean) |', '|---|' + kinds.map(() => '---:').join('|') + '|---:|---:|'];
const count = (got: Map<string, boolean>, kind?: string) => {
  const set = faults.filter((f) => !kind || kindOf(f.expect.code) === kind);
  return share(set.filter((f) => got.get(f.name)).length, set.length);
};
const units = (m: Map<string, unknown[] | Flags>) => [...m.values()].reduce((n, v) => n + (v instanceof Map ? v.size : new Set((v as { key?: string }[]).map((f) => f.key)).size), 0);
rows.push(`| Editions (\`npm run check\`) | ${kinds.map((k) => count(caught, k)).join(' | ')} | ${count(caught)} | ${units(clean)} |`);
rows.push(`| pofilter: ${POFILTER_NAMED.join(', ')} | ${kinds.map((k) => count(poCaught.named, k)).join(' | ')} | ${count(poCaught.named)} | ${units(new Map(locales.map((l) => [l, poClean.get(l)!.named])))} |`);
rows.push(`| pofilter: ${POFILTER_ALL.length} tests | ${kinds.map((k) => count(poCaught.all, k)).join(' | ')} | ${count(poCaught.all)} | ${units(new Map(locales.map((l) => [l, poClean.get(l)!.all])))} |`);
const strings = locales.map((l) => `${items(model, l).length} ${l}`).join(', ');
console.log(`${faults.length} planted faults (${locales.map((l) => `${faults.filter((f) => f.expect.locale === l).length} ${l}`).join(', ')}); clean publication: ${strings} strings.\n`);
console.log(rows.join('\n'));
const missed = faults.filter((f) => !caught.get(f.name));
if (missed.length) console.log(`\nEditions missed: ${missed.map((f: Fault) => `${f.name}${f.limit ? ` (known limit: ${f.limit})` : ''}`).join(', ')}`);
for (const [l, found] of clean) for (const f of found) console.log(`false alarm (${l}): ${f.file}:${f.line ?? ''} [${f.key}] ${f.code}`);
const pofilterTests = new Map<string, number>();
for (const flags of poClean.values()) for (const set of flags.all.values()) for (const t of set) pofilterTests.set(t, (pofilterTests.get(t) ?? 0) + 1);
console.log(`\npofilter's false alarms on the clean publication by test: ${[...pofilterTests].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`);
