/**
 * The part of Pagefind's browser API (/pagefind/pagefind.js, written by the
 * build) that the search page uses; tsconfig.client.json maps the import here.
 */
import type { ResultData } from '../render/templates/assets/search/results.js';

export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
export function search(query: string | null, options?: { filters?: Record<string, string | string[]> }): Promise<PagefindSearch>;
