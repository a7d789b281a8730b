/** The context notes written beside each unit in an exported file (one line each). */
import { excerpt } from '../errors.ts';
import type { Model } from '../model/types.ts';
import { PLURAL_SUFFIX, type StatusItem } from '../status/units.ts';
import { labelRoom, languageName, type UnitPlace } from './context.ts';

export const VERBATIM = 'Verbatim words of a person: translate faithfully, do not paraphrase.';

export function exchangeNotes(model: Model, item: StatusItem, place: UnitPlace | undefined): string[] {
  const notes: string[] = [];
  if (item.kind === 'unit' && place) {
    notes.push(`Chapter: ${place.page}`);
    if (place.section !== undefined) notes.push(`Section: ${place.section}`);
    if (place.figure) notes.push(`Caption of the figure "${model.figures.get(place.figure)?.labels.get('title')?.text ?? place.figure}".`);
    if (place.before !== undefined) notes.push(`Before: ${excerpt(place.before, 160)}`);
    if (place.after !== undefined) notes.push(`After: ${excerpt(place.after, 160)}`);
  }
  if (item.kind === 'quote') {
    const quote = model.quotes.get(item.key.slice('quote.'.length));
    if (quote) {
      const speaker = model.people.get(quote.speaker);
      notes.push(VERBATIM);
      notes.push(`Speaker: ${speaker ? `${speaker.name} (${speaker.role})` : quote.speaker}`);
      notes.push(`Originally in: ${languageName(quote.language)}; this wording was published in ${languageName(quote.published)}.`);
      notes.push(`Source: ${model.sources.get(quote.source)?.text ?? quote.source}`);
      if (quote.original !== undefined) notes.push(`Original wording: ${quote.original}`);
    }
    if (place) notes.push(`First shown in: ${place.page}${place.section !== undefined ? ` / ${place.section}` : ''}`);
  }
  if (item.kind === 'person')
    notes.push(item.key.endsWith('.name') ? 'The name of a person quoted in the story, as shown under their words.' : 'Who the person quoted is, shown under their name.');
  if (item.kind === 'source') notes.push('Where a quote was published, shown under it.');
  if (item.kind === 'term')
    notes.push('A name or term of the glossary (content/glossary.yml): every translation that names it is checked against this rendering. Give the form your edition prints.');
  if (item.kind === 'correction') {
    const correction = model.corrections.find((c) => c.id === item.key);
    const page = correction && [model.story.home, ...model.story.chapters].find((c) => c.slug === correction.chapter || (correction.chapter === 'story' && c === model.story.home));
    notes.push(
      correction?.editions
        ? `A correction of this edition's translation, shown dated at the end of its chapter only in the ${correction.editions.join(', ')} edition: say plainly what was wrong and what was changed, as the edition speaks of itself ("this edition").`
        : 'A correction note, shown dated at the end of its chapter in every edition: say plainly what was wrong and what was changed.',
    );
    if (correction)
      notes.push(
        `Correction of ${correction.date} to "${page?.units.find((u) => u.kind === 'title')?.source ?? correction.chapter}"${correction.units.length ? `, units ${correction.units.join(', ')}` : ''}.`,
      );
  }
  if (item.kind === 'figure') {
    const [figure, label] = item.key.split('.', 2) as [string, string];
    const title = model.figures.get(figure)?.labels.get('title')?.text ?? figure;
    notes.push(
      label === 'title'
        ? `The title of the figure "${figure}", shown above it and read as its name.`
        : label === 'desc'
          ? `What the figure "${title}" shows, read by screen readers.`
          : `A label drawn in the figure "${title}". Labels do not wrap.`,
    );
    const room = labelRoom(model, item.key);
    if (room)
      notes.push(
        `Room: about ${room.chars} characters (${room.units} of the drawing's units; full-width characters count double). The source label has ${item.sourceText.length}.`,
      );
  }
  if (item.kind === 'ui') {
    notes.push('Text of the site around the story (menus, notices).');
    const plural = PLURAL_SUFFIX.exec(item.key);
    if (plural) {
      const forms = new Intl.PluralRules(item.locale).resolvedOptions().pluralCategories.join(', ');
      notes.push(`Plural form "${plural[1]}" of "${item.key.slice(0, plural.index)}" (this language's forms: ${forms}); {{count}} is the number.`);
    }
    if (item.sourceText.includes('{{')) notes.push('Keep every {{placeholder}} exactly: it is replaced by a value.');
  }
  return notes;
}
