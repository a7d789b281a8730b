/** Word-level diff of a source change, for translators. */
import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

/** `plainDiff("a red cat", "a black cat")` → "a [-red-]{+black+} cat" (git's --word-diff=plain). */
export function plainDiff(before: string, after: string): string {
  return wordDiff(before, after)
    .map((p) => (p.op === 'removed' ? `[-${p.text}-]` : p.op === 'added' ? `{+${p.text}+}` : p.text))
    .join('');
}
