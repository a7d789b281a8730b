/**
 * Reads a chapter's Markdown body into translation units with markdown-it.
 * Ids are written in the source as `{#id}` at the end of a block (see
 * trailing-id.ts); quotes are referenced with a `::: quote <id>` container, and
 * figures with a `::: figure <id>` container whose paragraphs and list items
 * are the figure's caption (units like any other, marked with `figure`).
 */
import MarkdownIt from 'markdown-it';

type Md = InstanceType<typeof MarkdownIt>;
type Token = ReturnType<Md['parse']>[number];
import container from 'markdown-it-container';
import { TRAILING_ID, trailingIds } from './trailing-id.ts';

import { problems, type Finding } from '../errors.ts';
import type { Unit } from '../model/types.ts';

const QUOTE_INFO = /^quote\s+([a-z0-9][a-z0-9-]*)\s*$/;
const FIGURE_INFO = /^figure\s+([a-z0-9][a-z0-9-]*)\s*$/;
export { TRAILING_ID };

export function createSourceParser(): Md {
  const md = new MarkdownIt({ html: false })
    .use(trailingIds)
    .use(container, 'quote', { validate: (params: string) => QUOTE_INFO.test(params.trim()) })
    .use(container, 'figure', { validate: (params: string) => FIGURE_INFO.test(params.trim()) });
  // Units keep their inline Markdown as written: the inline parse is not needed here.
  md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  return md;
}

const parser = createSourceParser();

export interface ParsedBlock {
  unit: Omit<Unit, 'id'> & { id: string | null };
  /** 0-based last line of the block in the body, where an id goes. */
  lastLine: number;
}

/**
 * `parseBlocks("Hello {#p-1}\n\n## Why {#why}")` →
 * [{id: "p-1", kind: "paragraph", source: "Hello"}, {id: "why", kind: "heading", level: 2, source: "Why"}]
 * Blocks without an id get `id: null`; `lineOffset` is the body's first line in the file.
 */
export function parseBlocks(body: string, file: string, lineOffset: number, findings: Finding[]): ParsedBlock[] {
  const tokens = parser.parse(body, {});
  const blocks: ParsedBlock[] = [];
  let listNumber = 0;
  let inList = 0;
  const ordered: boolean[] = [];
  let pendingItemId: string | null = null;
  /** The figure whose caption is being read, if any. */
  let figure: string | null = null;
  const at = (t: Token) => ({ file, line: (t.map?.[0] ?? 0) + lineOffset + 1 });

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1]!;
        const level = Number(t.tag.slice(1));
        if (figure) findings.push(problems.unsupportedBlock(at(t), 'a heading inside a figure (end the figure with ":::" first)'));
        else if (level < 2 || level > 4) {
          findings.push(problems.unsupportedBlock(at(t), `a level-${level} heading (use ## to ####; the title comes from the front matter)`));
        }
        blocks.push(block(t, inline, 'heading', { level }));
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (inList === 0) listNumber++;
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
        const inline = tokens[i + 1]!;
        if (inList > 0) {
          const b = block(t, inline, 'item', { list: listNumber, ...(ordered.at(-1) ? { ordered: true } : {}) });
          b.unit.id ??= pendingItemId;
          pendingItemId = null;
          blocks.push(b);
        } else {
          blocks.push(block(t, inline, 'paragraph', {}));
        }
        i += 2;
        break;
      }
      case 'container_quote_open': {
        if (figure) findings.push(problems.unsupportedBlock(at(t), 'a quote inside a figure (end the figure with ":::" first)'));
        const id = QUOTE_INFO.exec(t.info.trim())![1]!;
        blocks.push({ unit: { id, kind: 'quote', source: id, line: at(t).line }, lastLine: t.map?.[0] ?? 0 });
        break;
      }
      case 'container_figure_open': {
        const id = FIGURE_INFO.exec(t.info.trim())![1]!;
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

  function block(open: Token, inline: Token, kind: Unit['kind'], extra: Partial<Unit>): ParsedBlock {
    const id = idOf(open);
    const source = inline.content.replace(TRAILING_ID, '').trim();
    const map = inline.map ?? open.map ?? [0, 1];
    return { unit: { id, kind, source, line: map[0] + lineOffset + 1, ...extra, ...(figure ? { figure } : {}) }, lastLine: map[1] - 1 };
  }
}

/** Quotes and figures are references to entities, not text to translate. */
export function isReference(kind: Unit['kind']): boolean {
  return kind === 'quote' || kind === 'figure';
}

/** `slugify("Why party membership matters")` → "why-party-membership-matters" */
export function slugify(text: string): string {
  // Latin accents go (é → e); every script's letters and digits stay, so a Japanese or Korean heading
  // gets a readable id of its own words: `slugify("ドローン戦")` → "ドローン戦", `slugify("2024年3月")` → "2024年3月".
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/["'“”‘’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return Array.from(words).slice(0, 60).join('').replace(/-+$/, '') || 'section';
}

function idOf(token: Token): string | null {
  const id = token.attrGet('id');
  return id === null ? null : String(id);
}
