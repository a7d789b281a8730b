/**
 * The search page, one per edition (/<lng>/search/): a form that works as a
 * plain GET form, and the strings and filter choices its script needs. The
 * script (assets/search/search.js) loads only here; chapters carry none.
 */
import { fixedNamespaces, type Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import { allPages } from '../model/load.ts';
import type { Model } from '../model/types.ts';
import { alternatesFor, type ToolPageHead } from './pages.ts';
import { feedUrl, pageUrl, SEARCH_SLUG } from '../urls.ts';

/** The filter value of the story's own page, which has no slug. */
export const HOME_FILTER = 'home';

export interface Choice {
  value: string;
  label: string;
}

export interface SearchPageView extends ToolPageHead {
  kind: 'search';
  /** Filter by chapter (Pagefind filter "chapter"), in reading order. */
  chapters: Choice[];
  /** Filter by quoted speaker (Pagefind filter "speaker"). */
  speakers: Choice[];
  /** Strings the script shows, with {{count}} and {{query}} left for it to fill. */
  messages: SearchMessages;
}

export interface SearchMessages {
  searching: string;
  /** By plural category of the edition's language ("one", "other"…). */
  results: Record<string, string>;
  found: Record<string, string>;
  none: string;
  failed: string;
}

export function buildSearchPages(model: Model, tr: Translator, locales: readonly Edition[]): SearchPageView[] {
  return locales.map((l) => {
    const ui = (key: string) => tr.t(l.code, fixedNamespaces.ui, key);
    const plain = (ns: string, key: string, fallback: string) => (tr.has(l.code, ns, key) ? tr.t(l.code, ns, key) : fallback);
    return {
      locale: l.code,
      url: pageUrl(l.code, SEARCH_SLUG),
      kind: 'search' as const,
      titleText: ui('search.title'),
      storyTitle: tr.t(l.code, 'story', 'title'),
      description: ui('search.intro'),
      alternates: alternatesFor(tr, locales, l.code, SEARCH_SLUG),
      xDefault: pageUrl(model.story.sourceLanguage, SEARCH_SLUG),
      feedUrl: feedUrl(l.code),
      chapters: allPages(model.story).map((c) => ({
        value: c === model.story.home ? HOME_FILTER : c.slug,
        label: plain(c.slug, 'title', c.units.find((u) => u.id === 'title')?.source ?? c.slug),
      })),
      speakers: [...model.people.values()].map((p) => ({ value: p.id, label: plain(fixedNamespaces.quotes, `person.${p.id}.name`, p.name) })),
      messages: {
        searching: ui('search.searching'),
        results: byPlural(tr, l.code, 'search.results'),
        found: byPlural(tr, l.code, 'search.found'),
        none: tr.t(l.code, fixedNamespaces.ui, 'search.none', { query: '{{query}}' }),
        failed: ui('search.failed'),
      },
    };
  });
}

/** Each plural form of `key` in `lng`, placeholders kept; a missing form falls back to "other". */
function byPlural(tr: Translator, lng: string, key: string): Record<string, string> {
  const keep = { count: '{{count}}', query: '{{query}}' };
  const out: Record<string, string> = {};
  for (const category of new Intl.PluralRules(lng).resolvedOptions().pluralCategories) {
    const form = tr.has(lng, fixedNamespaces.ui, `${key}_${category}`) ? `${key}_${category}` : `${key}_other`;
    out[category] = tr.t(lng, fixedNamespaces.ui, form, keep);
  }
  return out;
}
