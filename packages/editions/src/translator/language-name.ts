import { fixedNamespaces } from '../config.ts';
import { displayName } from '../languages.ts';
import type { Translator } from './i18n.ts';

/**
 * A language's name in an edition's language: the chrome's `language.<code>`
 * when the edition names it, otherwise the runtime's Unicode data (Intl), so
 * a quote in any BCP 47 language is named without a translator.
 * `languageName(tr, "ja", "vi")` → "ベトナム語"
 */
export function languageName(tr: Translator, lng: string, code: string): string {
  const key = `language.${code}`;
  if (tr.has(lng, fixedNamespaces.ui, key)) return tr.t(lng, fixedNamespaces.ui, key);
  const name = displayName(lng, code) ?? displayName(lng, code.split('-')[0]!) ?? code;
  return midSentence(lng, name);
}

/** Languages whose names Intl gives capitalised as if they began a sentence ("Tiếng Anh"), written lower-case inside one. */
const lowerInSentence = new Set(['vi']);

function midSentence(lng: string, name: string): string {
  return lowerInSentence.has(lng.split('-')[0]!) ? name.charAt(0).toLocaleLowerCase(lng) + name.slice(1) : name;
}
