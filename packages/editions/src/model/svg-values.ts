/**
 * A figure's attribute values read as CSS reads them, with a spec-following
 * tokenizer (@csstools/css-tokenizer): escapes decoded (`u\72 l(` is `url(`),
 * every function recognised, so what is allowed is what a browser would
 * apply. Only plain values pass (numbers, lengths, names, colours, strings,
 * commas), the functions below, and `url(#id)` to an element of the same
 * figure: no `image-set(…)`, `image(…)`, `var(…)`, external `url(…)` or any
 * function a browser could fetch with, however it is spelt.
 */
import { tokenize, TokenType, type CSSToken } from '@csstools/css-tokenizer';

/** Colours and transforms: they compute a value and fetch nothing. */
const FUNCTIONS: ReadonlySet<string> = new Set([
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'hwb',
  'lab',
  'lch',
  'oklab',
  'oklch',
  'matrix',
  'translate',
  'translatex',
  'translatey',
  'scale',
  'scalex',
  'scaley',
  'rotate',
  'skewx',
  'skewy',
]);

/** Tokens that only say a value: they can neither open a block nor hide a reference. */
const PLAIN: ReadonlySet<string> = new Set([
  TokenType.Whitespace,
  TokenType.Ident,
  TokenType.Number,
  TokenType.Percentage,
  TokenType.Dimension,
  TokenType.Comma,
  TokenType.Hash,
  TokenType.Delim,
  TokenType.String,
  TokenType.EOF,
]);

const FRAGMENT = /^#([A-Za-z_][\w.-]*)$/;

/**
 * Why `value` may not be published, or null when it may. `ids` are the
 * figure's own ids, the only targets of `url(#…)`.
 * `cssValueProblem("u\\72 l(https://x/a)", ids)` → "url(…) may only point to an id inside the figure"
 */
export function cssValueProblem(value: string, ids: ReadonlySet<string>): string | null {
  const tokens = tokenize({ css: value });
  const open: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const [type] = t;
    if (PLAIN.has(type)) continue;
    if (type === TokenType.URL) {
      if (!isOwnRef(t[4].value, ids)) return URL_ONLY;
      continue;
    }
    if (type === TokenType.Function) {
      const name = t[4].value.toLowerCase();
      if (name === 'url') {
        // url("#id"): exactly one string, then the closing parenthesis.
        const [inner, close] = significant(tokens, i + 1);
        if (!inner || inner[0] !== TokenType.String || !isOwnRef(inner[4].value, ids) || close?.[0] !== TokenType.CloseParen) return URL_ONLY;
        i = tokens.indexOf(close);
        continue;
      }
      if (!FUNCTIONS.has(name)) return `the CSS function ${name}(…) is not one a figure may use (only colours and transforms)`;
      open.push(name);
      continue;
    }
    if (type === TokenType.CloseParen && open.length > 0) {
      open.pop();
      continue;
    }
    return `"${t[1].slice(0, 20)}" is not part of a plain CSS value`;
  }
  return null;
}

const URL_ONLY = 'url(…) may only point to an id inside the figure ("url(#…)")';

function isOwnRef(target: string, ids: ReadonlySet<string>): boolean {
  const id = FRAGMENT.exec(target.trim())?.[1];
  return id !== undefined && ids.has(id);
}

/** The next two tokens after `from` that are not white space. */
function significant(tokens: CSSToken[], from: number): [CSSToken | undefined, CSSToken | undefined] {
  const rest = tokens.slice(from).filter((t) => t[0] !== TokenType.Whitespace);
  return [rest[0], rest[1]];
}
