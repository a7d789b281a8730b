/**
 * `{#id}` at the end of a block gives the block its id: the only attribute
 * the source may carry. A small core rule instead of markdown-it-attrs, which
 * tries every attribute pattern on every token and was most of the cost of
 * reading a thousand chapters.
 */
import type MarkdownIt from 'markdown-it';

type Md = InstanceType<typeof MarkdownIt>;
type CoreRule = Parameters<Md['core']['ruler']['push']>[1];

/** A trailing `{#id}` on a block's inline text. */
export const TRAILING_ID = /\s*\{#([\p{L}\p{N}_-]+)\}\s*$/u;

const setTrailingIds: CoreRule = (state) => {
  const tokens = state.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const inline = tokens[i]!;
    if (inline.type !== 'inline') continue;
    const m = TRAILING_ID.exec(inline.content);
    if (!m) continue;
    // The block's opening token (paragraph_open, heading_open) carries the id.
    tokens[i - 1]!.attrSet('id', m[1]!);
    inline.content = inline.content.slice(0, m.index);
  }
};

export function trailingIds(md: Md): void {
  md.core.ruler.after('block', 'trailing_id', setTrailingIds);
}
