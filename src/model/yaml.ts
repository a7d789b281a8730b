/** YAML parsing with positions, so a bad file is reported at its line. */
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document } from 'yaml';
import { problems, type Finding } from '../errors.ts';

export interface ParsedYaml {
  value: unknown;
  /** Line (1-based) of a dotted key path such as "quotes.note-betrayal". */
  lineOf(path: string): number | undefined;
}

export function parseYaml(text: string, file: string, lineOffset: number, findings: Finding[]): ParsedYaml | null {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
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
    return null;
  }
  const lines = new Map<string, number>();
  collectLines(doc, doc.contents, '', counter, lines);
  return {
    value: doc.toJS(),
    lineOf: (path) => {
      const l = lines.get(path);
      return l === undefined ? undefined : l + lineOffset;
    },
  };
}

function collectLines(doc: Document, node: unknown, prefix: string, counter: LineCounter, out: Map<string, number>): void {
  if (!isMap(node)) return;
  for (const item of node.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const path = prefix ? `${prefix}.${String(item.key.value)}` : String(item.key.value);
    const offset = item.key.range?.[0];
    if (offset !== undefined) out.set(path, counter.linePos(offset).line);
    collectLines(doc, item.value, path, counter, out);
  }
}
