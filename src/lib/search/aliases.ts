/**
 * The search vocabulary (content/search/aliases.yaml, schema in src/model/site-data.ts): groups of wordings for one thing, so that a
 * search in either wording finds it. Used only when the search index is built; pages never change.
 */
import type { AliasGroup } from '../../model/site-data.ts';

/** Problems no schema sees: one wording in two groups, or twice in one (the groups would merge). */
export function aliasConflicts(groups: AliasGroup[]): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  groups.forEach((g, i) => {
    for (const word of [...g.terms, ...g.colloquial]) {
      const first = seen.get(word);
      if (first === undefined) seen.set(word, i);
      else
        problems.push(
          first === i
            ? `${i}: "${word}" is listed twice in this group — keep one`
            : `${i}: "${word}" is also in group ${first} — merge the two groups or drop the word from one`,
        );
    }
  });
  return problems;
}

/**
 * The words to add to the index of a text: for every group with a term in the text, its other
 * terms and its colloquial words. Words already in the text are not repeated.
 */
export function aliasesFor(text: string, groups: AliasGroup[]): string[] {
  const added: string[] = [];
  for (const g of groups) {
    if (!g.terms.some((t) => text.includes(t))) continue;
    for (const word of [...g.terms, ...g.colloquial]) {
      if (!text.includes(word) && !added.includes(word)) added.push(word);
    }
  }
  return added;
}
