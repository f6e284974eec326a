/** Where a glossary term is used: the first section of each document, and each list item, that names it. */
import type { GlossaryEntry } from './schema.ts';

export interface TextPlace { url: string; label: string; text: string }

/** Places whose text holds any of the entry's forms, in the order given. */
export function termUses(entry: GlossaryEntry, places: readonly TextPlace[]): TextPlace[] {
  return places.filter((p) => entry.forms.some((f) => p.text.includes(f)));
}
