/**
 * Severity of each QA check: figures and names are errors, typography is
 * warnings, unless content/qa.yml says otherwise for the publication or one
 * locale. `off` silences a check.
 *
 *   severity:            # the publication
 *     qa-doubled-word: error
 *   locales:
 *     ko:
 *       qa-straight-quote: off
 */
import { readProjectText } from '../files/safe-files.ts';
import jsYaml from 'js-yaml';
import { problems, type Finding, type Severity } from '../errors.ts';

export const QA_CONFIG_FILE = 'content/qa.yml';

export type QaSeverity = Severity | 'off';

export interface SeverityRules {
  publication: Record<string, QaSeverity>;
  locales: Record<string, Record<string, QaSeverity>>;
  findings: Finding[];
}

const LEVELS: readonly string[] = ['error', 'warning', 'off'];

/** Reads content/qa.yml (absent: no overrides). */
export function loadSeverityRules(root: string): SeverityRules {
  const findings: Finding[] = [];
  const text = readProjectText(root, QA_CONFIG_FILE, findings);
  return text === null ? { publication: {}, locales: {}, findings } : parseSeverityRules(text);
}

/** Pure: `parseSeverityRules("severity:\n  qa-double-space: error")` → publication { qa-double-space: error }. */
export function parseSeverityRules(text: string): SeverityRules {
  const rules: SeverityRules = { publication: {}, locales: {}, findings: [] };
  let doc: unknown;
  try {
    doc = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    rules.findings.push(problems.qaConfig(QA_CONFIG_FILE, (error as Error).message.split('\n')[0]!));
    return rules;
  }
  const root = asRecord(doc);
  rules.publication = levels(root.severity, 'severity', rules.findings);
  for (const [code, map] of Object.entries(asRecord(root.locales))) rules.locales[code] = levels(map, `locales.${code}`, rules.findings);
  return rules;
}

/** The severity of a finding `code` in `locale`: the locale's rule, else the publication's, else the default. */
export function severityOf(rules: SeverityRules, code: string, locale: string, fallback: Severity): QaSeverity {
  return rules.locales[locale]?.[code] ?? rules.publication[code] ?? fallback;
}

function levels(value: unknown, where: string, findings: Finding[]): Record<string, QaSeverity> {
  const out: Record<string, QaSeverity> = {};
  for (const [code, level] of Object.entries(asRecord(value))) {
    if (typeof level === 'string' && LEVELS.includes(level)) out[code] = level as QaSeverity;
    else findings.push(problems.qaConfig(QA_CONFIG_FILE, `"${where}.${code}" must be error, warning or off`));
  }
  return out;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
