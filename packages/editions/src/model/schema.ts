/**
 * Structured input (front matter, content/quotes.yml) is validated against
 * zod schemas, never cast: unknown fields, wrong types and empty values are
 * findings naming the file, the field and its line.
 */
import { z } from 'zod';
import { problems, type Finding } from '../errors.ts';

/** Text a reader sees: a non-empty string, trimmed and in NFC. */
export const text = z
  .string({ error: 'must be text' })
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().min(1, { error: 'must not be empty' }));

/** An id used in URLs, keys and file names: lowercase ASCII letters, digits and hyphens. */
export const slug = z
  .string({ error: 'must be text' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase ASCII letters, digits and single hyphens (e.g. "the-route")' });

/**
 * `data` checked against `schema`; each problem becomes a finding at the
 * line of the field it concerns (`lineOf("quotes.x.text")`), else of the
 * nearest field above it. Returns the parsed value, or null when invalid.
 */
export function validate<T>(schema: z.ZodType<T>, data: unknown, file: string, lineOf: (path: string) => number | undefined, findings: Finding[], prefix: string[] = []): T | null {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const at = [...prefix, ...issue.path.map(String)];
    // An unknown field is reported at its own line, not its parent's.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
    for (const key of keys) {
      const full = key === null ? at : [...at, key];
      findings.push(problems.invalidField({ file, line: lineNear(full, lineOf) }, full.join('.'), describe(issue, key)));
    }
  }
  return null;
}

function lineNear(at: string[], lineOf: (path: string) => number | undefined): number | undefined {
  for (let n = at.length; n > 0; n--) {
    const line = lineOf(at.slice(0, n).join('.'));
    if (line !== undefined) return line;
  }
  return undefined;
}

function describe(issue: z.core.$ZodIssue, key: string | null): string {
  if (key !== null) return 'is not a field Editions knows (misspelled?)';
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined || issue.input === null) return 'is missing or empty';
    return `${issue.message.replace(/^Invalid input: /, '')}, found ${describeValue(issue.input)}`;
  }
  // Say what was written, so the fix is plain: "must be a date written YYYY-MM-DD (found the text "2026-02-30")".
  return issue.input === undefined || typeof issue.input === 'object' ? issue.message : `${issue.message} (found ${describeValue(issue.input)})`;
}

/** `describeValue(1953)` → "the number 1953" */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'string') return `the text "${value}"`;
  return `the ${typeof value} ${String(value)}`;
}
