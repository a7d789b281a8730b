/**
 * Translation QA's per-string findings, remembered between runs of
 * `editions check` (node_modules/.cache/editions/, beside the parse cache):
 * a string's raw findings follow from its source text, its translation, the
 * glossary as its edition renders it and QA's code, nothing else, so after an
 * edit of one string only that string is QA'd again. Keyed by content (a
 * digest of both texts) and the glossary, never by timestamps; dropped whole
 * when Editions' code changes (codeVersion). Severities and waivers are
 * applied afterwards, on every run.
 */
import { hash } from 'node:crypto';
import { cacheFile, codeVersion, loadCache, storeCache } from '../model/parse-cache.ts';
import type { QaFinding } from './index.ts';

/** One string's raw findings, for the texts whose digest it holds. */
export interface Checked {
  digest: string;
  findings: QaFinding[];
}

/** A locale's remembered strings (by "namespace:key"), for the glossary (as the edition renders it) they were checked with. */
export interface LocaleMemo {
  glossary: string;
  strings: Map<string, Checked>;
}

/** `textsDigest("10,000 soldiers", "1万人の兵士")`: what a remembered finding list was worked out from (128 bits). */
export function textsDigest(sourceText: string, translation: string): string {
  return hash('sha256', `${sourceText}\u0000${translation}`).slice(0, 32);
}

/** Every locale's memo, shared by every QA run of this process (watch mode QAs again after each save). */
export const qaMemo = new Map<string, LocaleMemo>();

/** Whether a string was QA'd afresh (or a glossary changed) since the memo was last loaded or saved. */
let changed = false;
export function memoChanged(): void {
  changed = true;
}

/** As stored: flat lists (tens of thousands of small objects cost more to write and read back), findings only where there are some. */
interface Stored {
  glossary: string;
  units: string[];
  digests: string[];
  findings: Map<number, QaFinding[]>;
}

/**
 * Fills the memo from the project's cache, when this process has none yet,
 * and returns `save`, which writes it back if a string was QA'd afresh.
 * A project without node_modules keeps none.
 */
export function rememberQa(root: string): { save(): void } {
  const file = cacheFile(root, 'qa');
  if (!file) return { save() {} };
  const version = codeVersion();
  if (qaMemo.size === 0) {
    const stored = loadCache(file) as { version?: string; locales?: Map<string, Stored> } | undefined;
    if (stored?.version === version && stored.locales instanceof Map) for (const [locale, memo] of stored.locales) qaMemo.set(locale, unpacked(memo));
    changed = false;
  }
  return {
    save() {
      if (changed) storeCache(file, { version, locales: new Map([...qaMemo].map(([locale, memo]) => [locale, packed(memo)])) });
      changed = false;
    },
  };
}

function packed({ glossary, strings }: LocaleMemo): Stored {
  const stored: Stored = { glossary, units: [], digests: [], findings: new Map() };
  for (const [unit, checked] of strings) {
    if (checked.findings.length) stored.findings.set(stored.units.length, checked.findings);
    stored.units.push(unit);
    stored.digests.push(checked.digest);
  }
  return stored;
}

const none: QaFinding[] = [];
function unpacked({ glossary, units, digests, findings }: Stored): LocaleMemo {
  return { glossary, strings: new Map(units.map((unit, i) => [unit, { digest: digests[i]!, findings: findings.get(i) ?? none }])) };
}
