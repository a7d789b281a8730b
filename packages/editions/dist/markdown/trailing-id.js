/** A trailing `{#id}` on a block's inline text. */
export const TRAILING_ID = /\s*\{#([A-Za-z0-9_-]+)\}\s*$/;
const setTrailingIds = (state) => {
    const tokens = state.tokens;
    for (let i = 1; i < tokens.length; i++) {
        const inline = tokens[i];
        if (inline.type !== 'inline')
            continue;
        const m = TRAILING_ID.exec(inline.content);
        if (!m)
            continue;
        // The block's opening token (paragraph_open, heading_open) carries the id.
        tokens[i - 1].attrSet('id', m[1]);
        inline.content = inline.content.slice(0, m.index);
    }
};
export function trailingIds(md) {
    md.core.ruler.after('block', 'trailing_id', setTrailingIds);
}
//# sourceMappingURL=trailing-id.js.map