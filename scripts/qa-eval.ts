/**
 * `npm run qa:eval`: translation QA measured for recall and for precision, per kind, for Editions and
 * for translate-toolkit's pofilter run on the same strings exported as PO.
 *   planted faults   tests/fixtures/qa/<fault>/fault.json; caught: the planted unit gets the expected
 *                    finding (pofilter: any failing test on that unit that the clean unit passes)
 *   rewrites         tests/fixtures/qa-rewrites/*.json, the meaning kept and written another way;
 *                    a false alarm: any finding on the rewritten unit (pofilter: any new failing test)
 *   publications     the first publication and a second one written in Japanese
 *                    (tests/publications/village-bus); a false alarm: a string with any finding
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
import { FIRST_PUBLICATION, loadFaults, loadRewrites, PUBLICATIONS_DIR, withOverride } from './qa-faults.ts';

const POFILTER = process.env.POFILTER ?? '/usr/bin/pofilter';
/** pofilter's tests that apply to prose translated between English, Japanese and Korean. */
const POFILTER_NAMED = ['numbers', 'brackets', 'doublewords'];
const POFILTER_ALL = [
  ...POFILTER_NAMED,
  'doublequoting',
  'singlequoting',
  'doublespacing',
  'unchanged',
  'acronyms',
  'endpunc',
  'startpunc',
  'puncspacing',
  'sentencecount',
  'variables',
  'xmltags',
  'newlines',
  'untranslated',
  'blank',
];

if (!existsSync(POFILTER)) {
  console.error(`${POFILTER} not found: install translate-toolkit (apt-get install translate-toolkit), or point POFILTER at pofilter.`);
  process.exit(2);
}
const root = process.cwd();
const work = path.join(root, '.build', 'qa-eval');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

/** A case of either corpus: one string overridden on a copy of a publication. */
interface Case {
  name: string;
  kind: string;
  publication: string;
  locale: string;
  unit: string;
  code?: string;
  override: Record<string, Record<string, string>>;
}
const faults: Case[] = loadFaults(root).map((f) => ({
  name: f.name,
  kind: f.kind,
  publication: f.publication ?? FIRST_PUBLICATION,
  locale: f.expect.locale,
  unit: f.expect.unit,
  code: f.expect.code,
  override: f.override,
}));
const rewrites: Case[] = loadRewrites().map((r) => ({ name: r.name, kind: r.kind, publication: r.publication, locale: r.locale, unit: r.unit, override: r.override }));

const models = new Map<string, Model>();
for (const name of new Set([FIRST_PUBLICATION, ...faults.map((c) => c.publication), ...rewrites.map((c) => c.publication)])) {
  models.set(name, (await loadModel(name === FIRST_PUBLICATION ? root : path.join(PUBLICATIONS_DIR, name))).model);
}
const editionsOf = (m: Model) => m.story.editions.map((e) => e.code).filter((l) => l !== m.story.sourceLanguage);

// Editions: each case's findings on its unit.
function findingsOn(c: Case) {
  const faulty = withOverride(models.get(c.publication)!, c.override);
  return qaFindings(faulty, createTranslator(faulty), c.locale).filter((f) => f.key === c.unit);
}
const caught = new Map(faults.map((c) => [c.name, findingsOn(c).some((f) => f.code === c.code)]));
const alarms = new Map(rewrites.map((c) => [c.name, findingsOn(c)]));
const cleanFindings = [...models].flatMap(([name, m]) => editionsOf(m).flatMap((l) => qaFindings(m, createTranslator(m), l).map((f) => ({ publication: name, ...f }))));

// pofilter: the clean strings of each publication and locale, and each case's string, as PO.
type Flags = Map<string, Set<string>>;
function exportPo(file: string, entries: { ctxt: string; source: string; translation: string }[], locale: string): void {
  const translations: Record<string, Record<string, GetTextTranslation>> = {
    '': { '': { msgid: '', msgstr: [`Content-Type: text/plain; charset=UTF-8\nLanguage: ${locale}\n`] } },
  };
  for (const e of entries) translations[e.ctxt] = { [e.source]: { msgctxt: e.ctxt, msgid: e.source, msgstr: [e.translation] } };
  writeFileSync(file, po.compile({ charset: 'utf-8', headers: { 'Content-Type': 'text/plain; charset=UTF-8', Language: locale }, translations }));
}
function pofilter(input: string, locale: string, tests: string[]): Flags {
  const output = `${input}.${tests.length}.out.po`;
  execFileSync(POFILTER, ['--progress=none', `--language=${locale}`, ...tests.flatMap((t) => ['-t', t]), input, output], { stdio: ['ignore', 'ignore', 'pipe'] });
  const flags: Flags = new Map();
  for (const [ctxt, byId] of Object.entries(po.parse(readFileSync(output)).translations)) {
    for (const unit of Object.values(byId)) {
      if (!unit.msgid) continue;
      const failed = [...(unit.comments?.translator ?? '').matchAll(/\(pofilter\) (\w+):/g)].map((m) => m[1]!);
      if (failed.length) flags.set(ctxt, new Set(failed));
    }
  }
  return flags;
}
const items = (m: Model, locale: string) => statusItems(m, createTranslator(m), locale).filter((i) => i.state === 'translated' && i.translation !== undefined);
const WAYS = { named: POFILTER_NAMED, all: POFILTER_ALL } as const;
type Way = keyof typeof WAYS;
const poClean = new Map<string, Record<Way, Flags>>();
const poHit = { named: new Map<string, boolean>(), all: new Map<string, boolean>() };
for (const [name, m] of models) {
  for (const locale of editionsOf(m)) {
    const at = `${name}-${locale}`;
    const cleanFile = path.join(work, `clean-${at}.po`);
    exportPo(
      cleanFile,
      items(m, locale).map((i) => ({ ctxt: lockKey(i.namespace, i.key), source: i.sourceText, translation: i.translation! })),
      locale,
    );
    const flagged = { named: pofilter(cleanFile, locale, POFILTER_NAMED), all: pofilter(cleanFile, locale, POFILTER_ALL) };
    poClean.set(at, flagged);
    const own = [...faults, ...rewrites].filter((c) => c.publication === name && c.locale === locale);
    if (!own.length) continue;
    const caseFile = path.join(work, `cases-${at}.po`);
    exportPo(
      caseFile,
      own.map((c) => {
        const item = items(withOverride(m, c.override), locale).find((i) => lockKey(i.namespace, i.key) === c.unit)!;
        return { ctxt: `${c.name}|${c.unit}`, source: item.sourceText, translation: item.translation! };
      }),
      locale,
    );
    for (const way of ['named', 'all'] as const) {
      const found = pofilter(caseFile, locale, WAYS[way]);
      for (const c of own) {
        const before = flagged[way].get(c.unit) ?? new Set<string>();
        poHit[way].set(
          c.name,
          [...(found.get(`${c.name}|${c.unit}`) ?? [])].some((t) => !before.has(t)),
        );
      }
    }
  }
}

// Report
const share = (n: number, total: number) => (total ? `${n}/${total}` : '–');
const pct = (n: number, total: number) => (total ? `${n}/${total} (${Math.round((n / total) * 100)}%)` : '–');
const FIGURE_KINDS = ['count', 'myriad', 'kanji', 'native', 'approximation', 'proportion', 'ordinal', 'rate', 'decade', 'age', 'duration', 'date', 'measure'];
const kinds = [...FIGURE_KINDS, 'names', 'typography'].filter((k) => [...faults, ...rewrites].some((c) => c.kind === k));
const of = (set: Case[], kind?: string) => set.filter((c) => !kind || c.kind === kind || (kind === 'figures' && FIGURE_KINDS.includes(c.kind)));
const hits = (set: Case[], got: Map<string, boolean | unknown[]>) =>
  set.filter((c) => {
    const v = got.get(c.name);
    return Array.isArray(v) ? v.length > 0 : v === true;
  }).length;
const rows = [
  '| kind | planted faults caught | false alarms on rewrites | pofilter (3 tests): caught | pofilter: false alarms | pofilter (17 tests): caught | pofilter: false alarms |',
  '|---|---:|---:|---:|---:|---:|---:|',
];
for (const kind of [...kinds, undefined]) {
  const [f, r] = [of(faults, kind), of(rewrites, kind)];
  const label = kind ?? '**all**';
  rows.push(
    `| ${label} | ${share(hits(f, caught), f.length)} | ${share(hits(r, alarms), r.length)} | ${share(hits(f, poHit.named), f.length)} | ${share(hits(r, poHit.named), r.length)} | ${share(hits(f, poHit.all), f.length)} | ${share(hits(r, poHit.all), r.length)} |`,
  );
}
const byLocale = (set: Case[]) =>
  [...new Set(set.map((c) => c.locale))]
    .sort()
    .map((l) => `${set.filter((c) => c.locale === l).length} ${l}`)
    .join(', ');
console.log(`${faults.length} planted faults (${byLocale(faults)}); ${rewrites.length} legitimate rewrites (${byLocale(rewrites)}).\n`);
console.log(rows.join('\n'));
console.log(`\nEditions: ${pct(hits(faults, caught), faults.length)} of planted faults caught; ${hits(rewrites, alarms)} false alarm(s) on ${rewrites.length} rewrites.`);

const strings = [...models].map(([name, m]) => {
  const locales = editionsOf(m);
  const flaggedUnits = new Set(cleanFindings.filter((f) => f.publication === name).map((f) => `${f.locale}|${f.key}`)).size;
  const po = (way: Way) => locales.reduce((n, l) => n + poClean.get(`${name}-${l}`)![way].size, 0);
  return `| ${name} (source ${m.story.sourceLanguage}) | ${locales.map((l) => `${items(m, l).length} ${l}`).join(', ')} | ${flaggedUnits} | ${po('named')} | ${po('all')} |`;
});
console.log(
  `\n| clean publication | translated strings | Editions: strings with a finding | pofilter (3 tests) | pofilter (17 tests) |\n|---|---|---:|---:|---:|\n${strings.join('\n')}`,
);

for (const c of faults.filter((f) => !caught.get(f.name))) console.log(`missed: ${c.name} (${c.kind})`);
for (const c of rewrites) for (const f of alarms.get(c.name)!) console.log(`false alarm on rewrite ${c.name} (${c.kind}, ${c.locale} ${c.unit}): ${f.code}: ${f.what}`);
for (const f of cleanFindings) console.log(`false alarm (${f.publication}, ${f.locale}): ${f.file}:${f.line ?? ''} [${f.key}] ${f.code}: ${f.what}`);
const pofilterTests = new Map<string, number>();
for (const flags of poClean.values()) for (const set of flags.all.values()) for (const t of set) pofilterTests.set(t, (pofilterTests.get(t) ?? 0) + 1);
console.log(
  `\npofilter's false alarms on the clean publications by test: ${
    [...pofilterTests]
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) => `${t} ${n}`)
      .join(', ') || 'none'
  }`,
);
