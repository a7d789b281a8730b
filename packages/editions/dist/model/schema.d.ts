/**
 * Structured input (front matter, content/quotes.yml) is validated against
 * zod schemas, never cast: unknown fields, wrong types and empty values are
 * findings naming the file, the field and its line.
 */
import { z } from 'zod';
import { type Finding } from '../errors.ts';
/** Text a reader sees: a non-empty string, trimmed and in NFC. */
export declare const text: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>;
/** An id used in URLs, keys and file names: lowercase ASCII letters, digits and hyphens. */
export declare const slug: z.ZodString;
/**
 * `data` checked against `schema`; each problem becomes a finding at the
 * line of the field it concerns (`lineOf("quotes.x.text")`), else of the
 * nearest field above it. Returns the parsed value, or null when invalid.
 */
export declare function validate<T>(schema: z.ZodType<T>, data: unknown, file: string, lineOf: (path: string) => number | undefined, findings: Finding[], prefix?: string[]): T | null;
