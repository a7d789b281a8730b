/** Front matter: the `---` YAML block a chapter or story file starts with. */
import { type Finding } from '../errors.ts';
export interface FrontMatterFile {
    data: Record<string, unknown>;
    /** Line (1-based, in the whole file) of a dotted field path: `lineOf("editions.1.lang")`. */
    lineOf: (path: string) => number | undefined;
    body: string;
    /** 0-based line where the body starts. */
    bodyLine: number;
}
/** Splits `---\nyaml\n---\nbody`; reports a missing or broken block. */
export declare function splitFrontMatter(text: string, file: string, findings: Finding[]): FrontMatterFile | null;
