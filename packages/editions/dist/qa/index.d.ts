/**
 * Translation QA: for every translated string of a locale, are its figures,
 * names and punctuation those of the source? Pure apart from reading the
 * publication's QA files (glossary, severities, waivers). The check, the
 * status page and qa:eval present its findings.
 */
import type { LanguageFacts } from '../languages.ts';
import { type Finding } from '../errors.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { type StatusItem } from '../status/units.ts';
import { type GlossaryEntry } from './glossary.ts';
export interface QaFinding extends Finding {
    /** The source text beside it, for reviewers. */
    sourceText?: string;
    translation?: string;
}
export interface QaReport {
    /** Findings in force (severity decided, waivers applied). */
    findings: QaFinding[];
    /** Findings a current waiver covers, with its reason: shown, never counted. */
    waived: (QaFinding & {
        reason: string;
    })[];
}
/** `qaFindings(model, tr, "ja")` → the QA findings of the Japanese edition, waived ones left out. */
export declare function qaFindings(model: Model, tr: Translator, locale: LanguageFacts | string, items?: StatusItem[]): QaFinding[];
export declare function qaReport(model: Model, tr: Translator, locale: LanguageFacts | string, items?: StatusItem[]): QaReport;
type Named = {
    entry: GlossaryEntry;
    form: string;
}[];
/**
 * The glossary entries a source text names, longest form first: "Kim Jong Un"
 * names Kim Jong Un, not also a "Jong" inside it.
 */
export declare function namedIn(sourceText: string, entries: GlossaryEntry[]): Named;
export {};
