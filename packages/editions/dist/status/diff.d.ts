export interface DiffPart {
    op: 'same' | 'removed' | 'added';
    text: string;
}
export declare function wordDiff(before: string, after: string): DiffPart[];
/** `plainDiff("a red cat", "a black cat")` → "a [-red-]{+black+} cat" (git's --word-diff=plain). */
export declare function plainDiff(before: string, after: string): string;
