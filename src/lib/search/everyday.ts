/**
 * The everyday vocabulary (content/search/everyday.yaml, schema in src/model/site-data.ts): the words older
 * people and their families type, each group mapped to the policy term the search page looks for instead
 * (docs/search.md). The content check runs `everydayProblems`; the search page gets the reviewed groups with
 * the index (src/build/search/query-data.ts).
 */
import type { AliasGroup, EverydayGroup } from '../../model/site-data.ts';

/**
 * Problems no schema sees, one line each (`<group>.<field>: what is wrong — what to do`): a word in two groups
 * or twice in one, a word that is its own group's term, a word that is itself searched (another group's term,
 * or a policy wording the index already knows from search/aliases.yaml), two groups for one term, and a term
 * that `onSite` does not find in the site's texts.
 */
export function everydayProblems(
  groups: EverydayGroup[],
  aliases: AliasGroup[],
  onSite: (term: string) => boolean,
): string[] {
  const problems: string[] = [];
  const termOf = new Map<string, number>();
  groups.forEach((g, i) => {
    const first = termOf.get(g.term);
    if (first !== undefined)
      problems.push(`${i}.term: "${g.term}" is also the term of group ${first} — merge the two groups`);
    else termOf.set(g.term, i);
    if (!onSite(g.term))
      problems.push(
        `${i}.term: "${g.term}" appears nowhere on the site (documents, lists, glossary, plain words) — map the words to a wording the texts use`,
      );
  });
  const policyWording = new Map<string, number>();
  aliases.forEach((a, i) => a.terms.forEach((t) => policyWording.set(t, i)));
  const wordOf = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const word of g.words) {
      const first = wordOf.get(word);
      const searched = termOf.get(word);
      const alias = policyWording.get(word);
      if (first === i) problems.push(`${i}.words: "${word}" is listed twice — keep one`);
      else if (first !== undefined)
        problems.push(
          `${i}.words: "${word}" is also in group ${first} (→ ${groups[first]!.term}) — a word can stand for one term only: keep it in one group`,
        );
      else if (word === g.term) problems.push(`${i}.words: "${word}" is the group's own term — drop it from the words`);
      else if (searched !== undefined)
        problems.push(
          `${i}.words: "${word}" is the term of group ${searched}, searched as it is — drop it from the words`,
        );
      else if (alias !== undefined)
        problems.push(
          `${i}.words: "${word}" is a policy wording of group ${alias} in search/aliases.yaml, which the index already knows — drop it from the words`,
        );
      wordOf.set(word, first ?? i);
    }
  });
  return problems;
}
