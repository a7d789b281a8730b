// The xliff package ships no type declarations; this covers the writers Editions uses.
declare module 'xliff' {
  /** A value: text, an inline element ({ Standalone: {...} }, { Span: {..., contents} }), or a list of them. */
  export type XliffValue = string | Record<string, unknown> | XliffValue[];
  export interface XliffUnit {
    source: XliffValue;
    target?: XliffValue;
    note?: string | string[];
    additionalAttributes?: Record<string, string | number>;
  }
  export interface XliffDocument {
    sourceLanguage: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export function jsToXliff12(doc: XliffDocument, options: { indent: string }): Promise<string>;
  export function js2xliff(doc: XliffDocument, options: { indent: string }): Promise<string>;
  export function xliff2js(xml: string): Promise<{ resources: Record<string, Record<string, { source: unknown; target?: unknown }>> }>;
  export function xliff12ToJs(xml: string): Promise<{ resources: Record<string, Record<string, { source: unknown; target?: unknown }>> }>;
}
