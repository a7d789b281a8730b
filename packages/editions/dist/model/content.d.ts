/** Loads content/: the story page, its chapters and the quotes. */
import { z } from 'zod';
import { type Finding } from '../errors.ts';
import type { ParseCache } from './parse-cache.ts';
import type { Chapter, Person, Quote, Source, Story } from './types.ts';
export declare const RESERVED_IDS: readonly ['title', 'description'];
/** A chapter's front matter: its title and description, both translation units. */
export declare const chapterSchema: z.ZodObject<{
    title: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>;
    description: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>;
}, z.core.$strict>;
/**
 * A chapter file → its units (front matter first), with its front matter
 * checked against `schema`. `null` when it cannot be read at all.
 */
export declare function parseChapter<S extends z.ZodType<{
    title: string;
    description: string;
}>>(slug: string, file: string, text: string, findings: Finding[], schema?: S): {
    chapter: Chapter;
    data: z.output<S> | null;
    lineOf: (path: string) => number | undefined;
} | null;
export declare function loadStory(root: string, findings: Finding[], cache: ParseCache): Promise<Story | null>;
export interface QuoteCatalogue {
    /** False when content/quotes.yml could not be read: quote references are then not checked. */
    readable: boolean;
    quotes: Map<string, Quote>;
    people: Map<string, Person>;
    sources: Map<string, Source>;
    /** Every id the file defines, valid or not, as "quotes.<id>", "people.<id>", "sources.<id>". */
    defined: Set<string>;
}
export declare function loadQuotes(root: string, languages: readonly string[], findings: Finding[], cache: ParseCache): Promise<QuoteCatalogue>;
/** content/quotes.yml: three maps of entries by id. */
export declare const quotesSchema: z.ZodObject<{
    people: z.ZodRecord<z.ZodString, z.ZodObject<{
        name: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>;
        role: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>;
    }, z.core.$strict>>;
    sources: z.ZodRecord<z.ZodString, z.ZodObject<{
        text: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>;
    }, z.core.$strict>>;
    quotes: z.ZodRecord<z.ZodString, z.ZodObject<{
        speaker: z.ZodString;
        language: z.ZodString;
        published: z.ZodString;
        source: z.ZodString;
        text: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>;
        original: z.ZodOptional<z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>>;
        originalForm: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
