/**
 * The hard-coded-string check: in a pseudo-localized build every string from
 * the locale files has its Latin letters replaced (ṗṡḛṵḍṓ), so any plain
 * Latin letter left on a page came from somewhere else: a template, the code.
 */
import { languages } from '../languages.ts';
import { problems, type Finding } from '../errors.ts';

/** Text that is rightly the same in every build: each language's own name. */
export const untranslatable: readonly string[] = languages.map((l) => l.endonym);

/** `findHardCoded("/en/", ["[Ṗαṛţ]", "Share"])` → one finding for "Share". */
export function findHardCoded(page: string, texts: string[], allowed: readonly string[] = untranslatable): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const raw of texts) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!/[A-Za-z]/.test(text) || allowed.includes(text) || seen.has(text)) continue;
    seen.add(text);
    findings.push(problems.hardCodedText(page, text));
  }
  return findings;
}
