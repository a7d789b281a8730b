/**
 * Reads a chapter's Markdown body into translation units with markdown-it.
 * Ids are written in the source as `{#id}` at the end of a block (see
 * trailing-id.ts); quotes are referenced with a `::: quote <id>` container, and
 * figures with a `::: figure <id>` container whose paragraphs and list items
 * are the figure's caption (units like any other, marked with `figure`).
 */
import MarkdownIt from 'markdown-it';
import container from 'markdown-it-container';
import { TRAILING_ID, trailingIds } from './trailing-id.js';
import { problems } from '../errors.js';
const QUOTE_INFO = /^quote\s+([a-z0-9][a-z0-9-]*)\s*$/;
const FIGURE_INFO = /^figure\s+([a-z0-9][a-z0-9-]*)\s*$/;
export { TRAILING_ID };
export function createSourceParser() {
    const md = new MarkdownIt({ html: false })
        .use(trailingIds)
        .use(container, 'quote', { validate: (params) => QUOTE_INFO.test(params.trim()) })
        .use(container, 'figure', { validate: (params) => FIGURE_INFO.test(params.trim()) });
    // Units keep their inline Markdown as written: the inline parse is not needed here.
    md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
    return md;
}
const parser = createSourceParser();
/**
 * `parseBlocks("Hello {#p-1}\n\n## Why {#why}")` →
 * [{id: "p-1", kind: "paragraph", source: "Hello"}, {id: "why", kind: "heading", level: 2, source: "Why"}]
 * Blocks without an id get `id: null`; `lineOffset` is the body's first line in the file.
 */
export function parseBlocks(body, file, lineOffset, findings) {
    const tokens = parser.parse(body, {});
    const blocks = [];
    let listNumber = 0;
    let inList = 0;
    const ordered = [];
    let pendingItemId = null;
    /** The figure whose caption is being read, if any. */
    let figure = null;
    const at = (t) => ({ file, line: (t.map?.[0] ?? 0) + lineOffset + 1 });
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        switch (t.type) {
            case 'heading_open': {
                const inline = tokens[i + 1];
                const level = Number(t.tag.slice(1));
                if (figure)
                    findings.push(problems.unsupportedBlock(at(t), 'a heading inside a figure (end the figure with ":::" first)'));
                else if (level < 2 || level > 4) {
                    findings.push(problems.unsupportedBlock(at(t), `a level-${level} heading (use ## to ####; the title comes from the front matter)`));
                }
                blocks.push(block(t, inline, 'heading', { level }));
                i += 2;
                break;
            }
            case 'bullet_list_open':
            case 'ordered_list_open':
                if (inList === 0)
                    listNumber++;
                inList++;
                ordered.push(t.type === 'ordered_list_open');
                break;
            case 'bullet_list_close':
            case 'ordered_list_close':
                inList--;
                ordered.pop();
                break;
            case 'list_item_open':
                pendingItemId = idOf(t);
                break;
            case 'paragraph_open': {
                const inline = tokens[i + 1];
                if (inList > 0) {
                    const b = block(t, inline, 'item', { list: listNumber, ...(ordered.at(-1) ? { ordered: true } : {}) });
                    b.unit.id ??= pendingItemId;
                    pendingItemId = null;
                    blocks.push(b);
                }
                else {
                    blocks.push(block(t, inline, 'paragraph', {}));
                }
                i += 2;
                break;
            }
            case 'container_quote_open': {
                if (figure)
                    findings.push(problems.unsupportedBlock(at(t), 'a quote inside a figure (end the figure with ":::" first)'));
                const id = QUOTE_INFO.exec(t.info.trim())[1];
                blocks.push({ unit: { id, kind: 'quote', source: id, line: at(t).line }, lastLine: t.map?.[0] ?? 0 });
                break;
            }
            case 'container_figure_open': {
                const id = FIGURE_INFO.exec(t.info.trim())[1];
                blocks.push({ unit: { id, kind: 'figure', source: id, line: at(t).line }, lastLine: t.map?.[0] ?? 0 });
                figure = id;
                break;
            }
            case 'container_figure_close':
                figure = null;
                break;
            case 'container_quote_close':
            case 'list_item_close':
                break;
            case 'blockquote_open':
                findings.push(problems.unsupportedBlock(at(t), 'a block quote (">")'));
                break;
            case 'fence':
            case 'code_block':
                findings.push(problems.unsupportedBlock(at(t), 'a code block'));
                break;
            case 'table_open':
                findings.push(problems.unsupportedBlock(at(t), 'a table'));
                break;
            case 'hr':
                findings.push(problems.unsupportedBlock(at(t), 'a horizontal rule'));
                break;
            case 'html_block':
                findings.push(problems.unsupportedBlock(at(t), 'raw HTML'));
                break;
            default:
                break;
        }
    }
    return blocks;
    function block(open, inline, kind, extra) {
        const id = idOf(open);
        const source = inline.content.replace(TRAILING_ID, '').trim();
        const map = inline.map ?? open.map ?? [0, 1];
        return { unit: { id, kind, source, line: map[0] + lineOffset + 1, ...extra, ...(figure ? { figure } : {}) }, lastLine: map[1] - 1 };
    }
}
/** Quotes and figures are references to entities, not text to translate. */
export function isReference(kind) {
    return kind === 'quote' || kind === 'figure';
}
/** `slugify("Why party membership matters")` → "why-party-membership-matters" */
export function slugify(text) {
    return text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/["'“”‘’]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'section';
}
function idOf(token) {
    const id = token.attrGet('id');
    return id === null ? null : String(id);
}
//# sourceMappingURL=units.js.map