import { type Finding, type Severity } from '../errors.ts';
export declare const QA_CONFIG_FILE = "content/qa.yml";
export type QaSeverity = Severity | 'off';
export interface SeverityRules {
    publication: Record<string, QaSeverity>;
    locales: Record<string, Record<string, QaSeverity>>;
    findings: Finding[];
}
/** Reads content/qa.yml (absent: no overrides). */
export declare function loadSeverityRules(root: string): SeverityRules;
/** Pure: `parseSeverityRules("severity:\n  qa-double-space: error")` → publication { qa-double-space: error }. */
export declare function parseSeverityRules(text: string): SeverityRules;
/** The severity of a finding `code` in `locale`: the locale's rule, else the publication's, else the default. */
export declare function severityOf(rules: SeverityRules, code: string, locale: string, fallback: Severity): QaSeverity;
