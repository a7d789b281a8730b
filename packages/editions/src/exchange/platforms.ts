/**
 * What Weblate and Crowdin read from the repository: the source language's
 * strings as i18next JSON v4, one file per namespace (`i18n/<source>/<ns>.json`,
 * the template of a monolingual i18next component), and `crowdin.yml`. Both
 * are generated from content/ and committed; `npm run check` fails on a stale
 * copy and `npm run i18n:templates` (or `npm run build`) refreshes them.
 */
import { makeProjectFolder, readProjectText, writeProjectText } from '../files/safe-files.ts';
import path from 'node:path';
import { stringify } from 'yaml';
import { fixedNamespaces, paths } from '../config.ts';
import { EditionsError, problems, type Finding } from '../errors.ts';
import type { Model } from '../model/types.ts';
import { translatables } from '../status/units.ts';
import { namespaceOrder } from '../status/namespaces.ts';
import { newJsonFile } from './json-edit.ts';

export const TEMPLATES_DIR = 'i18n';
export const CROWDIN_FILE = 'crowdin.yml';

/** Project-relative path → text of every platform file. */
export function platformFiles(model: Model): Map<string, string> {
  const source = model.story.sourceLanguage;
  const strings = new Map<string, Map<string, string>>();
  const add = (ns: string, key: string, text: string) => {
    let m = strings.get(ns);
    if (!m) strings.set(ns, (m = new Map()));
    if (!m.has(key)) m.set(key, text);
  };
  // Every string some edition translates; ui keys as the source writes them (its own plural forms: _one, _other).
  for (const l of model.story.editions.filter((l) => l.code !== source)) {
    for (const t of translatables(model, l.code)) if (t.namespace !== fixedNamespaces.ui) add(t.namespace, t.key, t.sourceText);
  }
  for (const [key, text] of model.locales.get(source)?.files.get(fixedNamespaces.ui)?.strings ?? []) add(fixedNamespaces.ui, key, text);
  const out = new Map<string, string>();
  for (const ns of namespaceOrder(model)) {
    const m = strings.get(ns);
    if (m) out.set(`${TEMPLATES_DIR}/${source}/${ns}.json`, newJsonFile(m));
  }
  out.set(CROWDIN_FILE, crowdinYml(source));
  return out;
}

function crowdinYml(source: string): string {
  const config = {
    project_id_env: 'CROWDIN_PROJECT_ID',
    api_token_env: 'CROWDIN_PERSONAL_TOKEN',
    preserve_hierarchy: true,
    files: [
      {
        source: `/${TEMPLATES_DIR}/${source}/*.json`,
        translation: `/${paths.locales}/%two_letters_code%/%original_file_name%`,
        type: 'i18next_json',
      },
    ],
  };
  return `# Written by \`npm run i18n:templates\` from content/ and src/config.ts: do not edit by hand.\n${stringify(config)}`;
}

/** A finding for each platform file that is missing or differs from what the source gives. */
export async function platformFindings(root: string, model: Model): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const [rel, text] of platformFiles(model)) {
    const unreadable: Finding[] = [];
    if (readProjectText(root, rel, unreadable) !== text) findings.push(...(unreadable.length ? unreadable : [problems.staleTemplate(rel)]));
  }
  return findings;
}

/** Writes the platform files that changed; returns their paths. */
export async function writePlatformFiles(root: string, model: Model): Promise<string[]> {
  const written: string[] = [];
  for (const [rel, text] of platformFiles(model)) {
    const unreadable: Finding[] = [];
    if (readProjectText(root, rel, unreadable) === text) continue;
    if (unreadable.length) throw new EditionsError(unreadable);
    makeProjectFolder(root, path.posix.dirname(rel));
    writeProjectText(root, rel, text);
    written.push(rel);
  }
  return written;
}
