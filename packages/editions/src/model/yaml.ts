/**
 * YAML parsing with positions, so a bad file is reported at its line.
 *
 * Well-formed files are read with js-yaml (YAML 1.2 core schema, as `yaml`
 * uses by default), much faster than building a `yaml` document (see README, Performance):
 * a thousand-chapter story has thousands of quotes. Anything js-yaml refuses
 * is parsed again with `yaml`, whose errors name line, column and key.
 */
import { createRequire } from 'node:module';
import jsYaml from 'js-yaml';
import { problems, type Finding } from '../errors.ts';

export interface ParsedYaml {
  value: unknown;
  /** Line (1-based) of a dotted key path such as "quotes.note-betrayal". */
  lineOf(path: string): number | undefined;
}

export function parseYaml(text: string, file: string, lineOffset: number, findings: Finding[]): ParsedYaml | null {
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file }) ?? null;
  } catch (e) {
    // Nesting past js-yaml's limit would overflow the stack of the positions parser: say what it is instead.
    const { reason, mark } = e as { reason?: string; mark?: { line: number } };
    const deep = /^nesting exceeded maxDepth \((\d+)\)/.exec(reason ?? '');
    if (deep) findings.push(problems.yamlSyntax({ file, line: (mark?.line ?? 0) + 1 + lineOffset }, `it is nested more than ${deep[1]} levels deep`));
    else if (e instanceof RangeError) findings.push(problems.yamlSyntax({ file, line: 1 + lineOffset }, 'it is nested too deep to read'));
    else reportErrors(text, file, lineOffset, findings);
    return null;
  }
  let lines: Map<string, number> | null = null;
  return {
    value,
    lineOf: (path) => {
      lines ??= keyLines(text);
      const l = lines.get(path);
      return l === undefined ? undefined : l + lineOffset;
    },
  };
}

/** The file js-yaml refused, through `yaml`, for its line, column and kind of error. */
function reportErrors(text: string, file: string, lineOffset: number, findings: Finding[]): void {
  // Loaded only for a broken file: most runs never need it, and loading it slows `npm run check`'s start-up.
  const { LineCounter, parseDocument } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  for (const e of doc.errors) {
    const pos = counter.linePos(e.pos[0]);
    const at = { file, line: pos.line + lineOffset, column: pos.col };
    if (e.code === 'DUPLICATE_KEY') {
      const key = /^\s*([^:\s]+)\s*:/.exec(text.slice(e.pos[0]))?.[1] ?? '?';
      findings.push(problems.duplicateKey(at, key));
    } else {
      findings.push(problems.yamlSyntax(at, e.message.split('\n')[0]!));
    }
  }
  // Both libraries follow the same spec; should only js-yaml object, still say where it stopped.
  if (doc.errors.length === 0) {
    try {
      jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
    } catch (e) {
      const mark = (e as { mark?: { line: number; column: number } }).mark;
      findings.push(problems.yamlSyntax({ file, line: (mark?.line ?? 0) + 1 + lineOffset, column: (mark?.column ?? 0) + 1 }, (e as { reason?: string }).reason ?? String(e)));
    }
  }
}

/** A double-quoted key's text (JSON's escapes are YAML's common ones). */
function unquote(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** A block-mapping key line: indent, then a double-quoted, single-quoted or plain key, a colon, and maybe a value. */
const KEY = /^( *)(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"\-?{[][^#]*?|-[^\s#][^#]*?))[ \t]*:(?:[ \t]+(.*))?$/;

/** A block-sequence item line: indent, "- ", then what the item holds. */
const ITEM = /^( *)- +(.*)$/;

/**
 * Dotted key path → 1-based line, for block mappings and sequences (how
 * content/ is written): `keyLines("quotes:\n  a:\n    text: x")` →
 * {quotes: 1, "quotes.a": 2, "quotes.a.text": 3}; `keyLines("e:\n  - lang: ja")`
 * → {e: 1, "e.0": 2, "e.0.lang": 2}. Lines inside block scalars (`|`, `>`) are skipped.
 */
export function keyLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const stack: { indent: number; path: string; items: number }[] = [];
  const rows = text.split(/\r?\n/);
  const parentAt = (indent: number) => {
    while (stack.length && stack.at(-1)!.indent >= indent) stack.pop();
    return stack.at(-1);
  };
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i]!;
    const item = ITEM.exec(row);
    if (item) {
      // "- x" opens item n of the sequence under the nearest key above; what follows the dash sits two columns in.
      const indent = item[1]!.length;
      const parent = parentAt(indent);
      if (!parent) continue;
      const path = `${parent.path}.${parent.items++}`;
      if (!out.has(path)) out.set(path, i + 1);
      stack.push({ indent, path, items: 0 });
      row = ' '.repeat(indent + row.length - indent - item[2]!.length) + item[2]!;
    }
    const m = KEY.exec(row);
    if (!m) continue;
    const indent = m[1]!.length;
    const key = m[2] !== undefined ? unquote(m[2]) : m[3] !== undefined ? m[3].replace(/''/g, "'") : m[4]!.trim();
    const parent = parentAt(indent);
    const path = parent ? `${parent.path}.${key}` : key;
    if (!out.has(path)) out.set(path, i + 1);
    stack.push({ indent, path, items: 0 });
    // A block scalar's lines are text, not keys.
    if (/^[|>][0-9+-]*\s*(#.*)?$/.test(m[5] ?? '')) {
      while (i + 1 < rows.length && (rows[i + 1]!.trim() === '' || rows[i + 1]!.length - rows[i + 1]!.trimStart().length > indent)) i++;
    }
  }
  return out;
}
