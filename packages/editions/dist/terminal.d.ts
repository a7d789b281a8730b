/**
 * Text that came from a file is shown in a maintainer's terminal: a pull
 * request must not be able to move the cursor, recolour, retitle the window
 * or reorder the line (escape sequences, bidirectional overrides).
 */
/** `escapeControls("a\u001b[31mb")` → "a\\u{1b}[31mb": every control visible, nothing acted on. Newlines are kept. */
export declare function escapeControls(text: string): string;
/** For one-line fields (a key, a file name): newlines are escaped too. */
export declare function escapeLine(text: string): string;
/** JSON for machines, with the controls JSON.stringify leaves raw (C1, bidi marks) as \u escapes: still valid JSON. */
export declare function safeJson(value: unknown): string;
