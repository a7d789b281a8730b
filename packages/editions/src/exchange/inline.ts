/**
 * A unit's inline Markdown cut into text and protected codes, so CAT tools show
 * `{{placeholders}}`, emphasis marks, link targets and code spans as tags a
 * translator moves but cannot edit. The cut is lossless: the segments joined
 * give back the text exactly, which keeps an untouched round trip byte for byte.
 */
import { inlineMarkdown } from '../markdown/inline.ts';

/** Plain text, a standalone code (`{{count}}`, a code span) or one end of a pair (`*`…`*`, `[`…`](url)`). */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'code'; id: string; text: string }
  | { kind: 'open'; id: string; text: string; role: PairRole }
  | { kind: 'close'; id: string; text: string };

export type PairRole = 'italic' | 'bold' | 'link';

// The inline rules the pages render with (src/markdown/inline.ts), without the typographer, which rewrites text.
const md = inlineMarkdown();

const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

/**
 * `segment("Read *{{n}}* [more](/x)")` →
 * text "Read ", open 1 "*", code 2 "{{n}}", close 1 "*", text " ", open 3 "[", text "more", close 3 "](/x)"
 * Markup that cannot be matched back to the text (escapes, entities) stays text; placeholders are always codes.
 */
export function segment(source: string): Segment[] {
  const ids = { next: 1 };
  return markupSegments(source, ids) ?? splitPlaceholders(source, ids);
}

function markupSegments(source: string, ids: { next: number }): Segment[] | null {
  const tokens = md.parseInline(source, {})[0]?.children ?? [];
  const out: Segment[] = [];
  const open: { id: string }[] = [];
  let at = 0;
  for (const t of tokens) {
    if (t.type === 'text') {
      if (!source.startsWith(t.content, at)) return null;
      out.push(...splitPlaceholders(t.content, ids));
      at += t.content.length;
    } else if (t.type === 'softbreak') {
      if (source[at] !== '\n') return null;
      out.push({ kind: 'text', text: '\n' });
      at += 1;
    } else if (t.type === 'em_open' || t.type === 'strong_open' || t.type === 'link_open') {
      const text = t.type === 'link_open' ? '[' : t.markup;
      if (!source.startsWith(text, at)) return null;
      const id = String(ids.next++);
      open.push({ id });
      out.push({ kind: 'open', id, text, role: t.type === 'em_open' ? 'italic' : t.type === 'strong_open' ? 'bold' : 'link' });
      at += text.length;
    } else if (t.type === 'em_close' || t.type === 'strong_close' || t.type === 'link_close') {
      let text = t.markup;
      if (t.type === 'link_close') {
        const end = source.indexOf(')', at);
        if (!source.startsWith('](', at) || end < 0) return null;
        text = source.slice(at, end + 1);
      }
      const pair = open.pop();
      if (!pair || !source.startsWith(text, at)) return null;
      out.push({ kind: 'close', id: pair.id, text });
      at += text.length;
    } else if (t.type === 'code_inline') {
      const text = `${t.markup}${t.content}${t.markup}`;
      if (!source.startsWith(text, at)) return null;
      out.push({ kind: 'code', id: String(ids.next++), text });
      at += text.length;
    } else return null;
  }
  return at === source.length && open.length === 0 ? merge(out) : null;
}

function splitPlaceholders(text: string, ids: { next: number }): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({ kind: 'code', id: String(ids.next++), text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** Neighbouring text segments joined: tools count and match whole runs. */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out.at(-1);
    if (s.kind === 'text' && prev?.kind === 'text') prev.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** Segments joined back into Markdown: `join(segment(x)) === x` for every x. */
export function join(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

/** What a translator's target refers to: a code or pair end by its id, or text. */
export type TargetPart = { kind: 'text'; text: string } | { kind: 'code' | 'open' | 'close'; id: string };

export class UnknownCode extends Error {
  constructor(readonly id: string) {
    super(`code ${id}`);
  }
}

/**
 * A target's parts back to Markdown, each code taken from the source's own
 * segments by id, so a translator can move `{{count}}` or a link but never
 * change what it says. A code the source does not have throws UnknownCode.
 */
export function fromTarget(parts: readonly TargetPart[], source: readonly Segment[]): string {
  const byId = new Map<string, Segment>();
  for (const s of source) if (s.kind !== 'text') byId.set(`${s.kind}:${s.id}`, s);
  return parts
    .map((p) => {
      if (p.kind === 'text') return p.text;
      const code = byId.get(`${p.kind}:${p.id}`);
      if (!code) throw new UnknownCode(p.id);
      return code.text;
    })
    .join('');
}
