/** Plain text, a standalone code (`{{count}}`, a code span) or one end of a pair (`*`…`*`, `[`…`](url)`). */
export type Segment = {
    kind: 'text';
    text: string;
} | {
    kind: 'code';
    id: string;
    text: string;
} | {
    kind: 'open';
    id: string;
    text: string;
    role: PairRole;
} | {
    kind: 'close';
    id: string;
    text: string;
};
export type PairRole = 'italic' | 'bold' | 'link';
/**
 * `segment("Read *{{n}}* [more](/x)")` →
 * text "Read ", open 1 "*", code 2 "{{n}}", close 1 "*", text " ", open 3 "[", text "more", close 3 "](/x)"
 * Markup that cannot be matched back to the text (escapes, entities) stays text; placeholders are always codes.
 */
export declare function segment(source: string): Segment[];
/** Segments joined back into Markdown: `join(segment(x)) === x` for every x. */
export declare function join(segments: readonly Segment[]): string;
/** What a translator's target refers to: a code or pair end by its id, or text. */
export type TargetPart = {
    kind: 'text';
    text: string;
} | {
    kind: 'code' | 'open' | 'close';
    id: string;
};
export declare class UnknownCode extends Error {
    readonly id: string;
    constructor(id: string);
}
/**
 * A target's parts back to Markdown, each code taken from the source's own
 * segments by id, so a translator can move `{{count}}` or a link but never
 * change what it says. A code the source does not have throws UnknownCode.
 */
export declare function fromTarget(parts: readonly TargetPart[], source: readonly Segment[]): string;
