import type { PageView } from './pages.ts';
type Json = Record<string, unknown>;
/** The JSON-LD object of a page; `origin` makes its URLs absolute. */
export declare function articleData(pg: PageView, origin: string): Json;
/**
 * JSON safe inside a `<script>` element: `<`, `>` and `&` become \u escapes
 * (still the same JSON), so no string can close the element or open a
 * comment; U+2028 and U+2029 likewise.
 * `scriptJson({a: "</script>"})` → '{"a":"\u003c/script\u003e"}'
 */
export declare function scriptJson(value: unknown): string;
export {};
