/**
 * `{#id}` at the end of a block gives the block its id: the only attribute
 * the source may carry. A small core rule instead of markdown-it-attrs, which
 * tries every attribute pattern on every token and was most of the cost of
 * reading a thousand chapters.
 */
import type MarkdownIt from 'markdown-it';
type Md = InstanceType<typeof MarkdownIt>;
/** A trailing `{#id}` on a block's inline text. */
export declare const TRAILING_ID: RegExp;
export declare function trailingIds(md: Md): void;
export {};
