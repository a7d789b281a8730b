import { type Finding } from '../errors.ts';
/** Text that is rightly the same in every build: each language's own name. */
export declare const untranslatable: readonly string[];
/** `findHardCoded("/en/", ["[Ṗαṛţ]", "Share"])` → one finding for "Share". */
export declare function findHardCoded(page: string, texts: string[], allowed?: readonly string[]): Finding[];
