/** Where a glossary term is used: the first section of each document, and each list item, that names it. */
import type { GlossaryEntry } from '../../model/glossary.ts';

export interface TextPlace {
  url: string;
  label: string;
  text: string;
  /** Places of one group (the sections of one document) count once: the first that names the term. */
  group: string;
}

/** The first place of each group whose text holds any of the entry's forms, in the order given. */
export function termUses(entry: GlossaryEntry, places: readonly TextPlace[]): TextPlace[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    if (seen.has(p.group) || !entry.forms.some((f) => p.text.includes(f))) return false;
    seen.add(p.group);
    return true;
  });
}

/**
 * How many places the glossary lists under a term. Past it the page says how many there are and links to a
 * search for the term: with every region's texts a common term is used in thousands of places (docs/scale.md).
 */
export const USES_LISTED = 20;
