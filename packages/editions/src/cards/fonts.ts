/**
 * The typefaces the cards are drawn in, from font packages the project
 * installs (never the system's, never the network's), so a card has the same
 * bytes on every machine. Each edition draws in its own language's face
 * (Japanese glyphs for Japanese, Korean for Korean); a character the face
 * lacks comes from the next package that has it. Only the subsets the text
 * needs are read: the packages split each face by Unicode range.
 */
import { existsSync, readFileSync } from '../files/own-files.ts';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A face: its npm package (WOFF files, which the card renderer reads; it cannot read WOFF2) and family name. */
interface Face {
  pkg: string;
  family: string;
}

const serif: Face = { pkg: '@fontsource/noto-serif', family: 'Noto Serif' };
const serifJa: Face = { pkg: '@fontsource/noto-serif-jp', family: 'Noto Serif JP' };
const serifKo: Face = { pkg: '@fontsource/noto-serif-kr', family: 'Noto Serif KR' };

/** Language → its face; any other language (Latin, Cyrillic, Greek scripts) draws in Noto Serif. */
const FACES: Record<string, Face> = { ja: serifJa, ko: serifKo };
/** Where a character the edition's face lacks is looked for, in order. */
const FALLBACKS: readonly Face[] = [serif, serifJa, serifKo];

/** Every font package the cards read, for the cache key (card.ts). */
export const fontPackages: readonly string[] = FALLBACKS.map((f) => f.pkg);

/** An installed package's version: `packageVersion("satori")` → "0.63.2". */
export function packageVersion(name: string): string {
  // Found from its entry point: not every package exports its package.json.
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    const data = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string }) : null;
    if (data?.name === name) return data.version;
  }
  throw new Error(`No package.json found for ${name}.`);
}

export const WEIGHTS = [400, 700] as const;
export type Weight = (typeof WEIGHTS)[number];

export interface FontFile {
  /** The face and subset ("Noto Serif JP 57"): the renderer keeps one font per name and weight, so each subset has its own. */
  family: string;
  weight: Weight;
  /** Path of the WOFF file. */
  file: string;
  /** package@version/subset, for the cache key. */
  id: string;
}

interface Subset {
  name: string;
  ranges: [number, number][];
}
interface Package {
  face: Face;
  dir: string;
  version: string;
  subsets: Subset[];
}

const require = createRequire(import.meta.url);
const packages = new Map<string, Package>();

/** A face's package: where it is and its subsets' Unicode ranges (its unicode.json). */
function loadPackage(face: Face): Package {
  let loaded = packages.get(face.pkg);
  if (!loaded) {
    const dir = path.dirname(require.resolve(`${face.pkg}/package.json`));
    const version = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    const table = JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    const subsets = Object.entries(table).map(([key, value]) => ({ name: key.replace(/^\[(\d+)\]$/, '$1'), ranges: parseRanges(value) }));
    loaded = { face, dir, version, subsets };
    packages.set(face.pkg, loaded);
  }
  return loaded;
}

/** `parseRanges("U+0000-00FF,U+0131")` → [[0, 255], [305, 305]] */
export function parseRanges(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [lo = '0', hi] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(lo, 16), parseInt(hi ?? lo, 16)] as [number, number];
  });
}

const covers = (s: Subset, cp: number) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/**
 * The font files that draw `text` in `lng`'s face, its own first, then the
 * fallbacks' subsets for characters it lacks; in a fixed order.
 */
export function fontsFor(lng: string, text: string): FontFile[] {
  const order = [FACES[lng] ?? serif, ...FALLBACKS.filter((f) => f !== (FACES[lng] ?? serif))].map(loadPackage);
  const needed = new Map<Package, Set<string>>(order.map((p) => [p, new Set()]));
  for (const ch of new Set(Array.from(text))) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x20) continue;
    for (const pkg of order) {
      const subset = pkg.subsets.find((s) => covers(s, cp));
      if (subset) {
        needed.get(pkg)!.add(subset.name);
        break;
      }
    }
  }
  const files: FontFile[] = [];
  for (const pkg of order) {
    const base = pkg.face.pkg.split('/').pop()!;
    // The subsets in the package's own order, so the list (and the card) never depends on the text's order.
    for (const subset of pkg.subsets.filter((s) => needed.get(pkg)!.has(s.name))) {
      for (const weight of WEIGHTS) {
        files.push({
          family: `${pkg.face.family} ${subset.name}`,
          weight,
          file: path.join(pkg.dir, 'files', `${base}-${subset.name}-${weight}-normal.woff`),
          id: `${pkg.face.pkg}@${pkg.version}/${subset.name}/${weight}`,
        });
      }
    }
  }
  return files;
}

const bytes = new Map<string, Buffer>();
/** A font file's bytes, read once per run. */
export function fontData(file: string): Buffer {
  let data = bytes.get(file);
  if (!data) {
    data = readFileSync(file);
    bytes.set(file, data);
  }
  return data;
}
