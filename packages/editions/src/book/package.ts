/**
 * The EPUB container around a book's documents: the package document (OPF)
 * with its metadata, manifest and spine, the container file, and the zip,
 * `mimetype` first and stored, with fixed dates so the same model gives the
 * same bytes.
 */
import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { zipSync, strToU8 } from 'fflate';

const OPF_NS = 'http://www.idpf.org/2007/opf';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

export interface BookFile {
  /** Path inside OEBPS/. */
  href: string;
  mediaType: string;
  body: string;
  /** OPF item properties: "nav", "svg". */
  properties?: string;
  /** In reading order (the spine). */
  spine?: boolean;
}

export interface BookMetadata {
  identifier: string;
  title: string;
  language: string;
  description: string;
  publisher: string;
  /** ISO date of publication, and the latest day anything changed. */
  published: string;
  modified: string;
  creators: string[];
  translators: string[];
  /** The edition this one is translated from (its URL), for a translated edition. */
  source?: string;
  direction: 'ltr' | 'rtl';
}

export function packageDocument(meta: BookMetadata, files: BookFile[]): string {
  const doc = new DOMImplementation().createDocument(OPF_NS, 'package', null);
  const pkg = doc.documentElement!;
  pkg.setAttribute('version', '3.0');
  pkg.setAttribute('unique-identifier', 'book-id');
  pkg.setAttribute('xml:lang', meta.language);
  const el = (ns: string, tag: string, attrs: Record<string, string | undefined>, text?: string): Element => {
    const e = doc.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
    if (text !== undefined) e.appendChild(doc.createTextNode(text));
    return e;
  };
  const metadata = el(OPF_NS, 'metadata', {});
  metadata.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:dc', DC_NS);
  const dc = (tag: string, text: string, attrs: Record<string, string | undefined> = {}) => metadata.appendChild(el(DC_NS, `dc:${tag}`, attrs, text));
  const meta_ = (property: string, text: string, attrs: Record<string, string> = {}) => metadata.appendChild(el(OPF_NS, 'meta', { property, ...attrs }, text));
  dc('identifier', meta.identifier, { id: 'book-id' });
  dc('title', meta.title);
  dc('language', meta.language);
  dc('description', meta.description);
  dc('publisher', meta.publisher);
  dc('date', meta.published);
  meta.creators.forEach((name, i) => {
    dc('creator', name, { id: `creator-${i + 1}` });
    meta_('role', 'aut', { refines: `#creator-${i + 1}`, scheme: 'marc:relators' });
  });
  meta.translators.forEach((name, i) => {
    dc('contributor', name, { id: `translator-${i + 1}` });
    meta_('role', 'trl', { refines: `#translator-${i + 1}`, scheme: 'marc:relators' });
  });
  if (meta.source) dc('source', meta.source);
  meta_('dcterms:modified', `${meta.modified}T00:00:00Z`);
  pkg.appendChild(metadata);

  const id = (f: BookFile) => `item-${f.href.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const manifest = el(OPF_NS, 'manifest', {});
  for (const f of files) manifest.appendChild(el(OPF_NS, 'item', { id: id(f), href: f.href, 'media-type': f.mediaType, properties: f.properties }));
  pkg.appendChild(manifest);
  const spine = el(OPF_NS, 'spine', { 'page-progression-direction': meta.direction });
  for (const f of files.filter((x) => x.spine)) spine.appendChild(el(OPF_NS, 'itemref', { idref: id(f) }));
  pkg.appendChild(spine);
  return xmlText(doc);
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

/** The .epub: `mimetype` first and uncompressed (as the OCF spec requires), every entry dated `day`. */
export function zipBook(meta: BookMetadata, files: BookFile[]): Uint8Array {
  const mtime = new Date(`${meta.modified}T00:00:00Z`);
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': [strToU8(CONTAINER), { level: 6 }],
    'OEBPS/package.opf': [strToU8(packageDocument(meta, files)), { level: 6 }],
  };
  for (const f of files) entries[`OEBPS/${f.href}`] = [strToU8(f.body), { level: 6 }];
  return zipSync(entries, { mtime });
}

function xmlText(doc: Document): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
