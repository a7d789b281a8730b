import { type Finding } from '../errors.ts';
export interface ParsedYaml {
    value: unknown;
    /** Line (1-based) of a dotted key path such as "quotes.note-betrayal". */
    lineOf(path: string): number | undefined;
}
export declare function parseYaml(text: string, file: string, lineOffset: number, findings: Finding[]): ParsedYaml | null;
/**
 * Dotted key path → 1-based line, for block mappings and sequences (how
 * content/ is written): `keyLines("quotes:\n  a:\n    text: x")` →
 * {quotes: 1, "quotes.a": 2, "quotes.a.text": 3}; `keyLines("e:\n  - lang: ja")`
 * → {e: 1, "e.0": 2, "e.0.lang": 2}. Lines inside block scalars (`|`, `>`) are skipped.
 */
export declare function keyLines(text: string): Map<string, number>;
