import { type Finding } from '../errors.ts';
/** The names in a project folder (`[]` when it is absent); a folder linked from outside the project is a finding. */
export declare function listFolder(root: string, rel: string, findings: Finding[]): string[];
/** True when the project has a folder at `rel` (links followed only inside the project). */
export declare function isProjectFolder(root: string, rel: string): boolean;
/**
 * The text of a project file, decoded as strict UTF-8; `null` with a finding
 * when it is a link out of the project, not a regular file, or not UTF-8.
 * `null` without a finding when there is no such file.
 */
export declare function readProjectText(root: string, rel: string, findings: Finding[]): string | null;
/**
 * Strict UTF-8: a UTF-16 file (by its byte-order mark, or NUL bytes between
 * ASCII letters) and invalid byte sequences are findings, never U+FFFD.
 * `decodeUtf8(Buffer.from([0xff, 0xfe, 0x7b, 0x00]), "x.json", f)` → null, "it is UTF-16"
 */
export declare function decodeUtf8(bytes: Uint8Array, file: string, findings: Finding[]): string | null;
/**
 * Writes a project file, never through a symbolic link: the text goes to a
 * new file beside it and is renamed over the name, which replaces a link
 * rather than following it. A name that is a link out of the project, or a
 * folder on the way that leads outside, is refused with an EditionsError.
 */
export declare function writeProjectText(root: string, rel: string, text: string): void;
/**
 * How deep a JSON text nests, counted without parsing (strings skipped), so a
 * file nested thousands deep is refused before any recursive parser sees it.
 * `jsonDepth('{"a": {"b": "{"}}')` → 2
 */
export declare function jsonDepth(text: string): number;
/** Nesting deeper than this is refused: translation files group keys a few levels at most. */
export declare const MAX_JSON_DEPTH = 32;
