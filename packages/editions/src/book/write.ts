/** Writes each edition's book into the site: _site/<lng>/book.epub. */
import { mkdir, writeFile } from '../files/own-files.ts';
import path from 'node:path';
import type { BuildState } from '../render/build-state.ts';
import { bookUrl } from '../urls.ts';
import { buildBook } from './book.ts';

export async function writeBooks(output: string, state: BuildState, origin: string, locales: readonly string[]): Promise<{ locale: string; file: string; bytes: number }[]> {
  const written = [];
  for (const edition of state.model.story.editions.filter((e) => locales.includes(e.code))) {
    const pages = state.pages.filter((p) => p.locale === edition.code);
    const bytes = buildBook({ edition, pages, tr: state.tr, sourceLanguage: state.model.story.sourceLanguage, origin });
    const file = path.join(output, bookUrl(edition.code));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    written.push({ locale: edition.code, file, bytes: bytes.length });
  }
  return written;
}
