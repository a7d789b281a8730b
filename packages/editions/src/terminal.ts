/**
 * Text that came from a file is shown in a maintainer's terminal: a pull
 * request must not be able to move the cursor, recolour, retitle the window
 * or reorder the line (escape sequences, bidirectional overrides).
 */

/** C0 and C1 controls, DEL, and the bidirectional embedding, override and isolate marks. */
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** `escapeControls("a\u001b[31mb")` → "a\\u{1b}[31mb": every control visible, nothing acted on. Newlines are kept. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** For one-line fields (a key, a file name): newlines are escaped too. */
export function escapeLine(text: string): string {
  return escapeControls(text).replace(/\n/g, '\\n');
}

/** JSON for machines, with the controls JSON.stringify leaves raw (C1, bidi marks) as \u escapes: still valid JSON. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
