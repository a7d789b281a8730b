/**
 * Text that came from a file is shown in a maintainer's terminal: a pull
 * request must not be able to move the cursor, recolour, retitle the window
 * or reorder the line (escape sequences, bidirectional marks). Every line the
 * engine prints goes through print / printError / printJson below, which
 * escape on the way out, whatever the caller did before
 * (tests/integration/terminal.test.ts holds every command to it).
 */

/** C0 and C1 controls and DEL (Cc), every bidirectional control (Bidi_Control), and the line and paragraph separators. */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;

/** `escapeControls("a\u001b[31mb")` → "a\\u{1b}[31mb": every control visible, nothing acted on. Newlines are kept. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\n' ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`));
}

/** For one-line fields (a key, a file name): newlines are escaped too. */
export function escapeLine(text: string): string {
  return escapeControls(text).replace(/\n/g, '\\n');
}

/** JSON for machines, with every character the escaper would touch as a \u escape (JSON.stringify leaves C1 and bidi marks raw): still valid JSON. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, (c) => (c === '\n' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** One line (or several) to stdout, escaped. */
export function print(text: string): void {
  process.stdout.write(`${escapeControls(text)}\n`);
}

/** One line (or several) to stderr, escaped: findings, errors, warnings. */
export function printError(text: string): void {
  process.stderr.write(`${escapeControls(text)}\n`);
}

/** A value as JSON to stdout, escaped as JSON escapes (so it stays valid). */
export function printJson(value: unknown): void {
  process.stdout.write(`${safeJson(value)}\n`);
}

/** What an unexpected error says, for printError: its stack when it has one. */
export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
