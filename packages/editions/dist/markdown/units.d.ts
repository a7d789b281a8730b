/**
 * Reads a chapter's Markdown body into translation units with markdown-it.
 * Ids are written in the source as `{#id}` at the end of a block (see
 * trailing-id.ts); quotes are referenced with a `::: quote <id>` container, and
 * figures with a `::: figure <id>` container whose paragraphs and list items
 * are the figure's caption (units like any other, marked with `figure`).
 */
import MarkdownIt from 'markdown-it';
type Md = InstanceType<typeof MarkdownIt>;
import { TRAILING_ID } from './trailing-id.ts';
import { type Finding } from '../errors.ts';
import type { Unit } from '../model/types.ts';
export { TRAILING_ID };
export declare function createSourceParser(): Md;
export interface ParsedBlock {
    unit: Omit<Unit, 'id'> & {
        id: string | null;
    };
    /** 0-based last line of the block in the body, where an id goes. */
    lastLine: number;
}
/**
 * `parseBlocks("Hello {#p-1}\n\n## Why {#why}")` →
 * [{id: "p-1", kind: "paragraph", source: "Hello"}, {id: "why", kind: "heading", level: 2, source: "Why"}]
 * Blocks without an id get `id: null`; `lineOffset` is the body's first line in the file.
 */
export declare function parseBlocks(body: string, file: string, lineOffset: number, findings: Finding[]): ParsedBlock[];
/** Quotes and figures are references to entities, not text to translate. */
export declare function isReference(kind: Unit['kind']): boolean;
/** `slugify("Why party membership matters")` → "why-party-membership-matters" */
export declare function slugify(text: string): string;
