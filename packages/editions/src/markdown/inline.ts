/**
 * Renders a unit's inline Markdown to HTML for one locale. Raw HTML is off,
 * so markup typed into a translation is shown as text, never run; the
 * typographer sets the locale's quotation marks ("…" → 「…」 in Japanese).
 * `inlineMarkdown` is the one markdown-it setup every reader of inline text
 * uses (pages, checks, XLIFF/PO), so all of them see the same emphasis.
 */
import MarkdownIt from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';

type Md = InstanceType<typeof MarkdownIt>;
import { languageFacts } from '../languages.ts';

/** The inline Markdown a unit may use: emphasis, code, escapes, entities, links, line breaks (+ the typographer when rendering). */
const MARKUP = ['emphasis', 'backticks', 'escape', 'entity', 'link', 'newline'];
const TYPOGRAPHER = ['replacements', 'smartquotes'];

/**
 * A parser of unit text. `locale` turns the typographer on with its quotation
 * marks; without one the text is read as written. CommonMark's flanking rule
 * leaves `**「党」**に` as asterisks: the CJK-friendly plugin lets emphasis open
 * and close against CJK punctuation (and changes nothing for other scripts).
 */
export function inlineMarkdown(options: { locale?: string; images?: boolean } = {}): Md {
  const typographer = options.locale !== undefined;
  const md = new MarkdownIt('zero', { html: false, typographer, ...(typographer ? { quotes: languageFacts(options.locale!).quotes } : {}) }).enable([
    ...MARKUP,
    ...(typographer ? TYPOGRAPHER : []),
    ...(options.images ? ['image'] : []),
  ]);
  md.use(cjkFriendly);
  if (options.locale !== undefined && languageFacts(options.locale).counters) md.core.ruler.push('keep_counters', keepCounters);
  return md;
}

/** A number and the counter written after it: 2人, 1,500人, 10月, 3カ所, 130キロ. */
const COUNTED = /[0-9０-９]+(?:[.,．，][0-9０-９]+)*(?:[\p{Script=Han}\p{Script=Katakana}ー]){1,3}/gu;

/**
 * A core rule: each number with its counter becomes `<span class="nw">2人</span>`
 * (site.css keeps it on one line), on the token tree, so text stays text.
 */
function keepCounters(state: { tokens: Token[]; Token: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token }): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    block.children = block.children.flatMap((t) => {
      if (t.type !== 'text' || t.content.search(COUNTED) === -1) return [t];
      const out: Token[] = [];
      let at = 0;
      const text = (content: string) => Object.assign(new state.Token('text', '', 0), { content });
      for (const m of t.content.matchAll(COUNTED)) {
        if (m.index > at) out.push(text(t.content.slice(at, m.index)));
        const open = new state.Token('nw_open', 'span', 1);
        open.attrSet('class', 'nw');
        out.push(open, text(m[0]), new state.Token('nw_close', 'span', -1));
        at = m.index + m[0].length;
      }
      if (at < t.content.length) out.push(text(t.content.slice(at)));
      return out;
    });
  }
}
type Token = ReturnType<Md['parse']>[number];

const renderers = new Map<string, Md>();
function rendererFor(locale: string): Md {
  let md = renderers.get(locale);
  if (!md) {
    md = inlineMarkdown({ locale });
    renderers.set(locale, md);
  }
  return md;
}

/**
 * Text holding none of the characters the enabled rules act on (emphasis,
 * code, escapes, entities, links, line breaks, the typographer's quotes and
 * replacements) or that HTML escapes renders as itself: most Japanese and
 * Korean prose, whose punctuation is full-width.
 */
const PLAIN = /^[^*_`\\&<>"'[\]\n\r\0(+.?!,-]*$/;
const DIGIT = /[0-9０-９]/;

/**
 * Rendered text repeats (one speaker under many quotes, a chapter title in
 * every neighbour's contents list): answers are remembered, up to a bound.
 */
function remembered(memo: Map<string, string>, text: string, locale: string, render: () => string): string {
  const key = `${locale}\u0000${text}`;
  let out = memo.get(key);
  if (out === undefined) {
    if (memo.size >= 20_000) memo.clear();
    out = render();
    memo.set(key, out);
  }
  return out;
}
const rendered = new Map<string, string>();
const plain = new Map<string, string>();

/** `renderInline("Say *hi* <b>", "en")` → "Say <em>hi</em> &lt;b&gt;" */
export function renderInline(text: string, locale: string): string {
  // A number may take a counter to keep with it: such text goes through the parser.
  if (PLAIN.test(text) && !(DIGIT.test(text) && languageFacts(locale).counters)) return text;
  return remembered(rendered, text, locale, () => rendererFor(locale).renderInline(text));
}

/**
 * The same text as plain text, for places that hold no markup (<title>, meta
 * tags, feeds): `plainInline('A "note" *here*', "ja")` → "A 「note」 here".
 */
export function plainInline(text: string, locale: string): string {
  if (PLAIN.test(text)) return text;
  return remembered(plain, text, locale, () => {
    const tokens = rendererFor(locale).parseInline(text, {})[0]?.children ?? [];
    return tokens.map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : '')).join('');
  });
}

/**
 * Every reading the renderer may give a text: whole (renderInline) and, when
 * it has line breaks, line by line (renderLines), each parsed by `parse`. A
 * check that looks at all of them judges what any page renders: a code span
 * opened on one line and closed on the next hides a link from the whole
 * reading, not from the line a page shows on its own.
 */
function readings(text: string, parse: (text: string) => InlineToken[]): InlineToken[][] {
  return text.includes('\n') ? [parse(text), ...text.split('\n').map(parse)] : [parse(text)];
}

/** Every token of these trees, children included. */
function* walk(trees: InlineToken[][]): Generator<InlineToken> {
  const stack = trees.flat().reverse();
  while (stack.length) {
    const t = stack.pop()!;
    yield t;
    if (t.children) stack.push(...[...t.children].reverse());
  }
}

/**
 * Every link address a reader could get from a text, in any reading, read
 * with the renderer's own rules (so exactly the links a page gets), and every
 * image the text tries (read with images on, which pages never enable, so a
 * check can call `![a](u)` an image): what the check, the build and the
 * import judge. `markupOf("a `x\n[b](u)` c", "en")` → { hrefs: ["u"], images: [] }
 */
export function markupOf(text: string, locale: string): { hrefs: string[]; images: string[] } {
  const md = rendererFor(locale);
  const hrefs = new Set<string>();
  const images = new Set<string>();
  for (const t of walk(readings(text, (t) => md.parseInline(t, {})[0]?.children ?? []))) if (t.type === 'link_open') hrefs.add(String(t.attrGet('href') ?? ''));
  for (const t of walk(readings(text, (t) => inlineTokens(t, locale)))) if (t.type === 'image') images.add(String(t.attrGet('src') ?? ''));
  return { hrefs: [...hrefs], images: [...images] };
}

/**
 * The inline token tree of a text as the renderer sees it, plus images (which
 * the renderer does not enable: `![a](u)` would become "!" and a link), so a
 * check can name an image as one. For the checks of src/checks/translation-text.ts.
 */
export function inlineTokens(text: string, locale: string): InlineToken[] {
  let md = checkers.get(locale);
  if (!md) {
    md = inlineMarkdown({ locale, images: true });
    checkers.set(locale, md);
  }
  return md.parseInline(text, {})[0]?.children ?? [];
}
const checkers = new Map<string, Md>();
export type InlineToken = ReturnType<Md['parseInline']>[number];

/** Lines of a multi-line quote, each rendered: `"a\nb"` → ["a", "b"]. */
export function renderLines(text: string, locale: string): string[] {
  return text.split('\n').map((line) => renderInline(line, locale));
}
