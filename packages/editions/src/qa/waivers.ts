/**
 * Waivers: a QA finding a reviewer accepted, with the reason, kept beside the
 * translations in locales/<lng>/_waivers.yml, never inside the translation
 * text. Each records fingerprints of the source and the translation it was
 * granted for; when either changes the waiver no longer applies (it is
 * dropped, and the check says so).
 *
 *   - unit: the-route:p-53d4cd
 *     code: qa-figure
 *     reason: The source rounds; the Japanese edition quotes the exact figure.
 *     source: 3f2a9c0d1e4b       # written by `npm run qa:waive`
 *     translation: 8c1d2e3f4a5b
 */
import { readProjectText } from '../files/safe-files.ts';
import jsYaml from 'js-yaml';
import { problems, type Finding } from '../errors.ts';

export interface Waiver {
  unit: string;
  code: string;
  reason: string;
  source: string;
  translation: string;
}

export function waiversPath(locale: string): string {
  return `locales/${locale}/_waivers.yml`;
}

/** Reads a locale's waivers (absent: none). */
export function loadWaivers(root: string, locale: string): { waivers: Waiver[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const text = readProjectText(root, waiversPath(locale), findings);
  return text === null ? { waivers: [], findings } : parseWaivers(text, waiversPath(locale));
}

/** Pure: the waivers of a _waivers.yml text; an entry lacking a field is reported, not guessed. */
export function parseWaivers(text: string, file: string): { waivers: Waiver[]; findings: Finding[] } {
  const findings: Finding[] = [];
  let doc: unknown;
  try {
    doc = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? [];
  } catch (error) {
    return { waivers: [], findings: [problems.qaConfig(file, (error as Error).message.split('\n')[0]!)] };
  }
  if (!Array.isArray(doc)) return { waivers: [], findings: [problems.qaConfig(file, 'it must be a list of waivers')] };
  const waivers: Waiver[] = [];
  doc.forEach((raw: unknown, i) => {
    const w = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const fields = ['unit', 'code', 'reason', 'source', 'translation'] as const;
    const absent = fields.filter((f) => typeof w[f] !== 'string' || (w[f] as string).trim() === '');
    if (absent.length) findings.push(problems.qaConfig(file, `waiver ${i + 1} lacks ${absent.join(', ')} (a reason is required)`));
    else waivers.push({ unit: w.unit as string, code: w.code as string, reason: w.reason as string, source: w.source as string, translation: w.translation as string });
  });
  return { waivers, findings };
}

/** Appends one waiver to a _waivers.yml text, keeping what is there. */
export function appendWaiver(text: string, waiver: Waiver): string {
  const entry = jsYaml.dump([waiver], { lineWidth: -1 });
  return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${entry}`;
}
