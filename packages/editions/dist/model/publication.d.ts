import { z } from 'zod';
import { type Edition } from '../config.ts';
import { type Finding } from '../errors.ts';
/** The story page's front matter: its two units (title, description) and the publication's settings. */
export declare const storySchema: z.ZodObject<{
    title: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>;
    description: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>;
    published: z.ZodPipe<z.ZodPipe<z.ZodUnion<readonly [z.ZodDate, z.ZodString]>, z.ZodTransform<string, string | Date>>, z.ZodISODate>;
    sourceLanguage: z.ZodDefault<z.ZodString>;
    editions: z.ZodArray<z.ZodObject<{
        lang: z.ZodString;
        mode: z.ZodDefault<z.ZodEnum<{
            draft: "draft";
            strict: "strict";
        }>>;
        publish: z.ZodDefault<z.ZodEnum<{
            reviewed: "reviewed";
            translated: "translated";
        }>>;
    }, z.core.$strict>>;
    chapters: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
/**
 * The fields the rest of the load needs (editions, chapter order), read
 * leniently when the front matter has errors elsewhere (a bad date, an
 * unknown field): those are reported, and the load goes on to report the rest.
 */
export declare const storyStructure: z.ZodObject<{
    sourceLanguage: z.ZodDefault<z.ZodString>;
    editions: z.ZodArray<z.ZodObject<{
        lang: z.ZodString;
        mode: z.ZodDefault<z.ZodEnum<{
            draft: "draft";
            strict: "strict";
        }>>;
        publish: z.ZodDefault<z.ZodEnum<{
            reviewed: "reviewed";
            translated: "translated";
        }>>;
    }, z.core.$strict>>;
    chapters: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export interface Publication {
    sourceLanguage: string;
    editions: Edition[];
}
/**
 * The editions as declared, with Editions' facts about each language; a
 * language Editions does not know, an edition listed twice or a source
 * language without an edition is a finding at its line.
 */
export declare function resolvePublication(data: z.infer<typeof storyStructure>, file: string, lineOf: (path: string) => number | undefined, findings: Finding[]): Publication | null;
/**
 * The publication's settings read straight from content/story.md, for tools
 * that need the editions before (or without) loading the model: the CLIs'
 * argument checks, the browser suite, the bench. Throws an EditionsError.
 */
export declare function readPublication(root: string): Publication;
/** `editionCodes(pub)` → ["en", "ja", "ko"] */
export declare function editionCodes(publication: Publication): string[];
