/**
 * A link-preview card (og:image): 1200 × 630 PNG with the page's title and
 * the publication's name, laid out by satori (text to outlines, line breaking
 * per script) and rasterised by resvg (WebAssembly: the same pixels on every
 * machine). The fonts are the installed packages' (fonts.ts), so the bytes
 * depend only on the card's text, language and those packages' versions.
 */
import { readFileSync } from '../files/own-files.ts';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { fontData, fontPackages, fontsFor, packageVersion } from './fonts.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardSpec {
  /** The edition's language: its face, and the text's `lang`. */
  locale: string;
  /** The page's title, large. */
  title: string;
  /** Above it: the publication's name. */
  kicker: string;
  /** Below it: the story's title (chapters) or the edition's name (the home). */
  footer: string;
}

type Drawing = { satori: typeof import('satori').default; Resvg: typeof import('@resvg/resvg-wasm').Resvg };
let drawing: Promise<Drawing> | null = null;
/** The renderer and the rasteriser, loaded on the first card drawn: a build whose cards all come from the cache never pays for them. */
function ready(): Promise<Drawing> {
  drawing ??= (async () => {
    const [{ default: satori }, resvg] = await Promise.all([import('satori'), import('@resvg/resvg-wasm')]);
    await resvg.initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return { satori, Resvg: resvg.Resvg };
  })();
  return drawing;
}

/** The title's size: long titles get smaller type, so they fit in three lines. */
function titleSize(title: string, cjk: boolean): number {
  const length = Array.from(title).length * (cjk ? 2 : 1);
  return length <= 40 ? 76 : length <= 70 ? 64 : length <= 110 ? 54 : 46;
}

type El = { type: string; props: Record<string, unknown> };
const div = (style: Record<string, unknown>, children: El[] | string, lang?: string): El => ({ type: 'div', props: { style, children, ...(lang ? { lang } : {}) } });

/** The card's layout, as satori's element tree. */
function layout(spec: CardSpec, families: string[]): El {
  const cjk = spec.locale === 'ja' || spec.locale === 'ko';
  const lang = spec.locale === 'ja' ? 'ja-JP' : spec.locale === 'ko' ? 'ko-KR' : undefined;
  return div(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px',
      backgroundColor: '#f7f4ee',
      color: '#1d1b18',
      fontFamily: families.map((f) => `"${f}"`).join(', '),
      borderLeft: '24px solid #8c2f1b',
    },
    [
      div({ fontSize: 30, fontWeight: 700, color: '#8c2f1b', letterSpacing: cjk ? 0 : 1 }, spec.kicker, lang),
      div({ fontSize: titleSize(spec.title, cjk), fontWeight: 700, lineHeight: cjk ? 1.35 : 1.15, display: 'block', lineClamp: 3 }, spec.title, lang),
      div({ fontSize: 30, fontWeight: 400, color: '#5b554c', display: 'block', lineClamp: 1 }, spec.footer, lang),
    ],
    lang,
  );
}

/**
 * What decides a card's bytes: its text and language (which choose the font
 * files, fonts.ts), the layout below, and the versions of the packages that
 * draw it and hold its fonts.
 */
export function cardKey(spec: CardSpec): string {
  return createHash('sha256')
    .update(JSON.stringify({ layout: LAYOUT_VERSION, spec, packages: drawingPackages() }))
    .digest('hex');
}

/** Bump when layout() changes what it draws. */
const LAYOUT_VERSION = 1;

let versions: string[] | null = null;
/** `["satori@0.63.2", …]`: the renderer, the rasteriser and the font packages. */
function drawingPackages(): string[] {
  versions ??= ['satori', '@resvg/resvg-wasm', ...fontPackages].map((name) => `${name}@${packageVersion(name)}`);
  return versions;
}

export async function drawCard(spec: CardSpec): Promise<Uint8Array> {
  const { satori, Resvg } = await ready();
  const files = fontsFor(spec.locale, spec.title + spec.kicker + spec.footer);
  const fonts = files.map((f) => ({ name: f.family, data: fontData(f.file), weight: f.weight, style: 'normal' as const }));
  // The fallbacks follow in the order given (fonts.ts): the edition's face first.
  const svg = await satori(layout(spec, [...new Set(files.map((f) => f.family))]) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return png;
}
