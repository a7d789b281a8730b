/** What one build renders: the model, its translator and every page's view. */
import type { Model } from '../model/types.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Tracked } from './incremental.ts';
import type { PageView } from './pages.ts';
import type { SearchPageView } from './search-page.ts';
import type { StatusPageView } from './status-page.ts';
import type { BuildScope } from './shard.ts';

export interface BuildState {
  model: Model;
  tr: Translator;
  /** Every story page (home and chapters) of every edition. */
  pages: PageView[];
  statusPages: StatusPageView[];
  searchPages: SearchPageView[];
  /** Watch mode: what each page read, so an edit re-renders only the pages it touches. */
  tracked?: Tracked;
  /** Watch mode, after an edit: the only story and status pages this build writes. */
  render?: {
    pages: PageView[];
    statusPages: StatusPageView[];
    /** The edit changed the chrome (ui.json), which every template reads: every page of the kinds built whole is written. */
    chrome?: boolean;
    /** The save was refused: the site stays as last built, nothing is written. */
    refused?: boolean;
  };
  /** One edition (a shard) or only the site-wide files (the merge); none in a full build. See shard.ts. */
  scope?: BuildScope;
}
