/**
 * Renders a unit's inline Markdown to HTML for one locale. Raw HTML is off,
 * so markup typed into a translation is shown as text, never run; the
 * typographer sets the locale's quotation marks ("…" → 「…」 in Japanese).
 */
import MarkdownIt from 'markdown-it';

type Md = InstanceType<typeof MarkdownIt>;
import { localeConfig } from '../config.ts';

const renderers = new Map<string, Md>();

function rendererFor(locale: string): Md {
  let md = renderers.get(locale);
  if (!md) {
    const quotes = localeConfig(locale).quotes;
    md = new MarkdownIt('zero', { html: false, typographer: true, quotes })
      .enable(['emphasis', 'backticks', 'escape', 'entity', 'replacements', 'smartquotes', 'link', 'newline']);
    renderers.set(locale, md);
  }
  return md;
}

/** `renderInline("Say *hi* <b>", "en")` → "Say <em>hi</em> &lt;b&gt;" */
export function renderInline(text: string, locale: string): string {
  return rendererFor(locale).renderInline(text);
}

/**
 * The same text as plain text, for places that hold no markup (<title>, meta
 * tags, feeds): `plainInline('A "note" *here*', "ja")` → "A 「note」 here".
 */
export function plainInline(text: string, locale: string): string {
  const tokens = rendererFor(locale).parseInline(text, {})[0]?.children ?? [];
  return tokens.map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : '')).join('');
}

/** Lines of a multi-line quote, each rendered: `"a\nb"` → ["a", "b"]. */
export function renderLines(text: string, locale: string): string[] {
  return text.split('\n').map((line) => renderInline(line, locale));
}
