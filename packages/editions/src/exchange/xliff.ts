/**
 * XLIFF 1.2 and 2.0: written with the `xliff` package (its object model and
 * inline elements), then given what that package has no field for (the state
 * of each target, the source fingerprint) on xmldom's tree; read back with
 * xmldom, walking an allow-list of elements.
 */
import { DOMParser, XMLSerializer, onErrorStopParsing, type Document, type Element, type Node } from '@xmldom/xmldom';
import { js2xliff, jsToXliff12, type XliffUnit, type XliffValue } from 'xliff';
import { exchangeMessages } from '../errors.ts';
import type { ExchangeState, ExchangeUnit } from './context.ts';
import type { ExchangeFile, ImportedFile, ImportedUnit } from './file.ts';
import { segment, type Segment, type TargetPart } from './inline.ts';
import { isBlankText } from '../locales/blank.ts';

/** Namespace of Editions' own attribute in XLIFF 2.0 (the source fingerprint); 1.2 uses its `extradata` attribute. */
export const EDITIONS_NS = 'urn:editions:exchange';
const FP_PREFIX = 'source-fingerprint:';

const STATE_12: Record<ExchangeState, string> = { missing: 'new', outdated: 'needs-review-translation', translated: 'translated', reviewed: 'final' };
const STATE_20: Record<ExchangeState, string> = { missing: 'initial', outdated: 'translated', translated: 'translated', reviewed: 'final' };

export async function writeXliff(file: ExchangeFile, version: '1.2' | '2.0'): Promise<string> {
  const units: Record<string, XliffUnit> = {};
  for (const u of file.units) units[u.key] = libUnit(u, version);
  const doc = { sourceLanguage: file.sourceLanguage, targetLanguage: file.locale, resources: { [file.namespace]: units } };
  // No indentation: the library would indent inside <source>, changing its text.
  const xml = version === '1.2' ? await jsToXliff12(doc, { indent: '' }) : await js2xliff(doc, { indent: '' });
  return decorate(xml, file.units, version);
}

function libUnit(u: ExchangeUnit, version: '1.2' | '2.0'): XliffUnit {
  const segments = segment(u.source);
  const notes = [...u.notes];
  if (u.state === 'outdated') notes.unshift(exchangeMessages.outdatedNote(u.previousSource ?? ''));
  // An empty <notes/> is not valid XLIFF 2.0: no notes, no element.
  const unit: XliffUnit = { source: inlineValue(segments, version), ...(notes.length ? { note: notes } : {}) };
  // The target is written in the source's terms so its codes keep their ids.
  unit.target = u.target === undefined ? '' : targetValue(u.target, segments, version);
  const attrs: Record<string, string | number> = version === '1.2' ? { resname: u.key, extradata: `${FP_PREFIX}${u.sourceFingerprint}` } : { name: u.key };
  if (u.maxChars !== undefined) {
    if (version === '1.2') Object.assign(attrs, { maxwidth: u.maxChars, 'size-unit': 'char' });
    else attrs.sizeRestriction = u.maxChars;
  }
  unit.additionalAttributes = attrs;
  return unit;
}

/** A translation's own segments, its codes renumbered to the source's ids where the same code text appears. */
function targetValue(target: string, source: Segment[], version: '1.2' | '2.0'): XliffValue {
  const ids = new Map<string, string[]>();
  for (const s of source) if (s.kind !== 'text') ids.set(`${s.kind}${s.text}`, [...(ids.get(`${s.kind}${s.text}`) ?? []), s.id]);
  const own = segment(target);
  const renumber = new Map<string, string>();
  const mapped: Segment[] = own.map((s) => {
    if (s.kind === 'text') return s;
    if (s.kind === 'close') return { ...s, id: renumber.get(s.id) ?? s.id };
    const id = ids.get(`${s.kind}${s.text}`)?.shift();
    // A code the source lacks (a translator's own emphasis) stays text: import reads it back as typed.
    if (id === undefined) return { kind: 'text', text: s.text };
    renumber.set(s.id, id);
    return { ...s, id };
  });
  // A pair whose close did not find its open (or the reverse) is written as text too.
  const opened = new Set(mapped.filter((s) => s.kind === 'open').map((s) => s.id));
  const closed = new Set(mapped.filter((s) => s.kind === 'close').map((s) => s.id));
  return inlineValue(
    mapped.map((s) => ((s.kind === 'open' && !closed.has(s.id)) || (s.kind === 'close' && !opened.has(s.id)) ? { kind: 'text', text: s.text } : s)),
    version,
  );
}

/** Segments as the library's inline elements: `<ph>`/`<g>` in 1.2, `<ph/>`/`<pc>` in 2.0. */
function inlineValue(segments: Segment[], version: '1.2' | '2.0'): XliffValue {
  const root: XliffValue[] = [];
  const stack: { children: XliffValue[]; open: Extract<Segment, { kind: 'open' }> }[] = [];
  const top = () => stack.at(-1)?.children ?? root;
  for (const s of segments) {
    if (s.kind === 'text') top().push(s.text);
    else if (s.kind === 'code') top().push(version === '1.2' ? { Span: { id: s.id, contents: s.text } } : { Standalone: { id: s.id, equiv: s.text, disp: s.text } });
    else if (s.kind === 'open') stack.push({ children: [], open: s });
    else {
      const done = stack.pop()!;
      const contents = done.children.length === 1 ? done.children[0]! : done.children;
      top().push(
        version === '1.2'
          ? { GenericSpan: { id: s.id, ctype: done.open.role === 'link' ? 'link' : done.open.role, contents } }
          : { Span: { id: s.id, type: done.open.role === 'link' ? 'link' : 'fmt', dispStart: done.open.text, dispEnd: s.text, contents } },
      );
    }
  }
  return root.length === 1 ? root[0]! : root;
}

/** Adds each target's state and the 2.0 fingerprint, and line breaks between units so the file reads and diffs. */
function decorate(xml: string, units: ExchangeUnit[], version: '1.2' | '2.0'): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const byKey = new Map(units.map((u) => [u.key, u]));
  const root = doc.documentElement!;
  if (version === '2.0') root.setAttribute('xmlns:ed', EDITIONS_NS);
  for (const el of Array.from(root.getElementsByTagName(version === '1.2' ? 'trans-unit' : 'unit'))) {
    const unit = byKey.get(el.getAttribute('id') ?? '');
    if (!unit) continue;
    if (version === '1.2') {
      firstChild(el, 'target')?.setAttribute('state', STATE_12[unit.state]);
      if (unit.state === 'reviewed') el.setAttribute('approved', 'yes');
    } else {
      el.setAttribute('ed:sourceFingerprint', unit.sourceFingerprint);
      firstChild(el, 'segment')?.setAttribute('state', STATE_20[unit.state]);
    }
  }
  for (const name of ['file', 'body', 'trans-unit', 'unit', 'slr:profiles']) {
    for (const el of Array.from(root.getElementsByTagName(name))) el.parentNode?.insertBefore(doc.createTextNode('\n'), el);
  }
  for (const name of ['file', 'body']) for (const el of Array.from(root.getElementsByTagName(name))) el.appendChild(doc.createTextNode('\n'));
  root.appendChild(doc.createTextNode('\n'));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

function firstChild(el: Element, name: string): Element | undefined {
  return Array.from(el.childNodes).find((n): n is Element => n.nodeType === n.ELEMENT_NODE && (n as Element).localName === name);
}

// ——— reading ———

export class ExchangeReadError extends Error {
  constructor(
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Reads an XLIFF 1.2 or 2.0 file a translator sends back. Throws ExchangeReadError when it cannot be read at all. */
export function readXliff(text: string, file: string): ImportedFile {
  let doc: Document;
  try {
    doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml');
  } catch (e) {
    const err = e as Error & { locator?: { lineNumber?: number } };
    throw new ExchangeReadError(err.locator?.lineNumber, exchangeMessages.notXml(err.message.split('\n')[0] ?? ''));
  }
  if (doc.doctype) throw new ExchangeReadError(1, exchangeMessages.doctype);
  const root = doc.documentElement;
  if (!root || root.localName !== 'xliff') throw new ExchangeReadError(1, exchangeMessages.notXliff);
  const version = root.getAttribute('version');
  const files = elements(root).filter((e) => e.localName === 'file');
  if (files.length !== 1) throw new ExchangeReadError(root.lineNumber, exchangeMessages.oneFileElement(files.length));
  const fileEl = files[0]!;
  if (version === '1.2') {
    const locale = fileEl.getAttribute('target-language') ?? '';
    const units = Array.from(fileEl.getElementsByTagName('trans-unit')).map(read12);
    return { file, format: 'xliff', locale, namespace: fileEl.getAttribute('original') ?? '', units };
  }
  if (version === '2.0' || version === '2.1') {
    const locale = root.getAttribute('trgLang') ?? '';
    const units = Array.from(fileEl.getElementsByTagName('unit')).map(read20);
    return { file, format: 'xliff2', locale, namespace: fileEl.getAttribute('id') ?? '', units };
  }
  throw new ExchangeReadError(root.lineNumber, exchangeMessages.xliffVersion(version ?? ''));
}

function read12(el: Element): ImportedUnit {
  const key = el.getAttribute('resname') || el.getAttribute('id') || '';
  const source = firstChild(el, 'source');
  const target = firstChild(el, 'target');
  const extradata = el.getAttribute('extradata') ?? '';
  const state = target?.getAttribute('state') ?? '';
  const unit: ImportedUnit = {
    key,
    line: el.lineNumber,
    seenSource: source ? plainText(source) : '',
    reviewed: state === 'final' || state === 'signed-off',
  };
  if (extradata.startsWith(FP_PREFIX)) unit.seenFingerprint = extradata.slice(FP_PREFIX.length);
  if (target) readTarget(target, unit);
  return unit;
}

function read20(el: Element): ImportedUnit {
  const key = el.getAttribute('name') || el.getAttribute('id') || '';
  const segments = elements(el).filter((e) => e.localName === 'segment' || e.localName === 'ignorable');
  const unit: ImportedUnit = { key, line: el.lineNumber, seenSource: segments.map((s) => plainText(firstChild(s, 'source'))).join(''), reviewed: false };
  const fp = el.getAttributeNS(EDITIONS_NS, 'sourceFingerprint');
  if (fp) unit.seenFingerprint = fp;
  const states = segments.filter((s) => s.localName === 'segment').map((s) => s.getAttribute('state') ?? 'initial');
  unit.reviewed = states.length > 0 && states.every((s) => s === 'final');
  const targets = segments.map((s) => firstChild(s, 'target'));
  // A segment a tool left without a target contributes its source (2.0 segments join into one string).
  const parts: TargetPart[] = [];
  try {
    segments.forEach((s, i) => parts.push(...inlineParts(targets[i] ?? firstChild(s, 'source'))));
  } catch (e) {
    if (!(e instanceof ExchangeReadError)) throw e;
    unit.problem = { what: e.detail };
    return unit;
  }
  if (targets.some((t) => t !== undefined)) setTarget(unit, parts);
  return unit;
}

function readTarget(target: Element, unit: ImportedUnit): void {
  try {
    setTarget(unit, inlineParts(target));
  } catch (e) {
    if (!(e instanceof ExchangeReadError)) throw e;
    unit.problem = { what: e.detail };
  }
}

function setTarget(unit: ImportedUnit, parts: TargetPart[]): void {
  // An invisible target is no translation, as everywhere (src/locales/blank.ts).
  if (parts.every((p) => p.kind === 'text' && isBlankText(p.text))) return;
  unit.target = parts;
}

const PAIRED = new Set(['g', 'pc', 'mrk', 'm']);

/** A target's children → parts; an element outside the XLIFF inline allow-list is an error. */
function inlineParts(el: Element | undefined): TargetPart[] {
  if (!el) return [];
  const out: TargetPart[] = [];
  for (const node of Array.from(el.childNodes) as Node[]) {
    if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) {
      out.push({ kind: 'text', text: node.nodeValue ?? '' });
      continue;
    }
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    const child = node as Element;
    const name = child.localName ?? '';
    const id = child.getAttribute('id') ?? '';
    if (name === 'mrk' || name === 'm')
      out.push(...inlineParts(child)); // annotations: keep their text
    else if (PAIRED.has(name)) out.push({ kind: 'open', id }, ...inlineParts(child), { kind: 'close', id });
    else if (name === 'ph' || name === 'x') out.push({ kind: 'code', id });
    else if (name === 'bx' || name === 'bpt' || name === 'sc') out.push({ kind: 'open', id: name === 'bpt' ? (child.getAttribute('rid') ?? id) : id });
    else if (name === 'ex' || name === 'ept') out.push({ kind: 'close', id: child.getAttribute('rid') ?? id });
    else if (name === 'ec') out.push({ kind: 'close', id: child.getAttribute('startRef') ?? id });
    else throw new ExchangeReadError(child.lineNumber, exchangeMessages.unknownInline(name));
  }
  return out;
}

/** The text a `<source>` shows, codes as their text: `a <ph id="1">{{x}}</ph>` → "a {{x}}". */
function plainText(el: Element | undefined): string {
  if (!el) return '';
  let out = '';
  for (const node of Array.from(el.childNodes) as Node[]) {
    if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) out += node.nodeValue ?? '';
    else if (node.nodeType === node.ELEMENT_NODE) {
      const child = node as Element;
      if (child.localName === 'ph' && child.hasAttribute('equiv')) out += child.getAttribute('equiv');
      else out += `${child.getAttribute('dispStart') ?? ''}${plainText(child)}${child.getAttribute('dispEnd') ?? ''}`;
    }
  }
  return out;
}

function elements(el: Element): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === n.ELEMENT_NODE);
}
