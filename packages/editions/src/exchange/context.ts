/**
 * What a translator sees beside each unit in a CAT tool: where it stands
 * (chapter, section, its neighbours), who said it for a quote, how much room a
 * figure label has. Pure: model + status in, one ExchangeUnit per string out.
 */
import { DOMParser } from '@xmldom/xmldom';
import { fixedNamespaces } from '../config.ts';
import { languageFacts } from '../languages.ts';
import { isReference } from '../markdown/units.ts';
import { allPages } from '../model/load.ts';
import type { Figure, Model } from '../model/types.ts';
import { fingerprint } from '../locales/lock.ts';
import { PLURAL_SUFFIX, type StatusItem } from '../status/units.ts';
import { exchangeNotes } from './notes.ts';

export type ExchangeState = 'missing' | 'outdated' | 'translated' | 'reviewed';

export interface ExchangeUnit {
  namespace: string;
  key: string;
  kind: StatusItem['kind'];
  source: string;
  /** The current translation, if any. */
  target?: string;
  state: ExchangeState;
  /** For outdated units: the source the translation was made from. */
  previousSource?: string;
  /** Fingerprint of `source`: an import compares it with the current source's. */
  sourceFingerprint: string;
  /** Context lines, one note each. */
  notes: string[];
  /** A figure label's room, in characters (XLIFF maxwidth, size restriction). */
  maxChars?: number;
  /** Set on the forms of a plural key (`found_one`, `found_other`): the key without its suffix. */
  plural?: { base: string; category: string; sourceForms: Map<string, string> };
}

/** Every string of a locale's status as an exchange unit, in reading order, with its context. */
export function exchangeUnits(model: Model, items: readonly StatusItem[]): ExchangeUnit[] {
  const context = unitContexts(model);
  const sourceUi = model.locales.get(model.story.sourceLanguage)?.files.get(fixedNamespaces.ui)?.strings ?? new Map<string, string>();
  return items.map((item) => {
    const state: ExchangeState = item.state === 'missing' || item.state === 'outdated' ? item.state : item.reviewed ? 'reviewed' : 'translated';
    const unit: ExchangeUnit = {
      namespace: item.namespace,
      key: item.key,
      kind: item.kind,
      source: item.sourceText,
      state,
      sourceFingerprint: fingerprint(item.sourceText),
      notes: exchangeNotes(model, item, context.get(`${item.namespace}:${item.key}`)),
    };
    if (item.translation !== undefined) unit.target = item.translation;
    if (item.previousSource !== undefined) unit.previousSource = item.previousSource;
    const room = item.kind === 'figure' ? labelRoom(model, item.key) : undefined;
    if (room) unit.maxChars = room.chars;
    const plural = item.kind === 'ui' ? PLURAL_SUFFIX.exec(item.key) : null;
    if (plural) {
      const base = item.key.slice(0, plural.index);
      const sourceForms = new Map([...sourceUi].filter(([k]) => k.startsWith(`${base}_`) && PLURAL_SUFFIX.test(k)).map(([k, v]) => [k.slice(base.length + 1), v]));
      unit.plural = { base, category: plural[1]!, sourceForms };
    }
    return unit;
  });
}

/** Where a chapter unit stands: its page's title, the heading above it, the units before and after. */
export interface UnitPlace {
  page: string;
  section?: string;
  before?: string;
  after?: string;
  figure?: string;
}

export function unitContexts(model: Model): Map<string, UnitPlace> {
  const out = new Map<string, UnitPlace>();
  for (const page of allPages(model.story)) {
    const title = page.units.find((u) => u.kind === 'title')?.source ?? page.slug;
    const text = page.units.filter((u) => !isReference(u.kind));
    let section: string | undefined;
    text.forEach((unit, i) => {
      if (unit.kind === 'heading') section = unit.source;
      const place: UnitPlace = { page: title };
      if (section !== undefined && unit.kind !== 'heading') place.section = section;
      if (i > 0) place.before = text[i - 1]!.source;
      if (i < text.length - 1) place.after = text[i + 1]!.source;
      if (unit.figure) place.figure = unit.figure;
      out.set(`${page.slug}:${unit.id}`, place);
    });
    // Quotes are used by pages: remember the first page and section each appears in.
    let heading: string | undefined;
    for (const unit of page.units) {
      if (unit.kind === 'heading') heading = unit.source;
      if (unit.kind === 'quote' && !out.has(`${fixedNamespaces.quotes}:quote.${unit.id}`)) {
        out.set(`${fixedNamespaces.quotes}:quote.${unit.id}`, { page: title, ...(heading !== undefined ? { section: heading } : {}) });
      }
    }
  }
  return out;
}

/** Average advance of a character, in ems, at the figure's label size: full-width (CJK) characters take about twice this. */
const CHAR_EM = 0.55;
/** The size of a figure's label text in site.css (`.figure text`). */
const LABEL_PX = 13;

/**
 * How much room a `<text>` label has before the drawing's edge, from its x,
 * its text-anchor and the viewBox: `labelRoom(model, "route-map.vladivostok")`
 * → { units: 212, chars: 29 }. Title and description (not drawn) have none.
 */
export function labelRoom(model: Model, key: string): { units: number; chars: number } | undefined {
  const dot = key.indexOf('.');
  const figure = model.figures.get(key.slice(0, dot));
  if (!figure) return undefined;
  const el = labelElement(figure, key.slice(dot + 1));
  if (!el || el.localName !== 'text') return undefined;
  const [minX = 0, , width = 0] = (el.ownerDocument?.documentElement?.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const x = Number(el.getAttribute('x') ?? '0');
  const anchor = el.getAttribute('text-anchor') ?? 'start';
  const left = x - minX;
  const right = minX + width - x;
  const units = Math.max(0, Math.floor(anchor === 'middle' ? 2 * Math.min(left, right) : anchor === 'end' ? left : right));
  return { units, chars: Math.floor(units / (LABEL_PX * CHAR_EM)) };
}

const parsed = new WeakMap<Figure, Map<string, import('@xmldom/xmldom').Element>>();

function labelElement(figure: Figure, label: string) {
  let labels = parsed.get(figure);
  if (!labels) {
    labels = new Map();
    const doc = new DOMParser().parseFromString(figure.svg, 'image/svg+xml');
    for (const el of Array.from(doc.getElementsByTagName('*'))) {
      const k = el.getAttribute('data-label');
      if (k) labels.set(k, el);
    }
    parsed.set(figure, labels);
  }
  return labels.get(label);
}

/** `languageName("ko")` → "Korean"; "und" → "not stated by the source". */
export function languageName(code: string): string {
  if (code === 'und') return 'not stated by the source';
  try {
    return languageFacts(code).englishName;
  } catch {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  }
}
