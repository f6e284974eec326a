/**
 * The order of the result cards of a batch (docs/search.md). Pagefind ranks pages; a page becomes cards for
 * its parts (./results.ts), and what a card holds and is about decides their order across pages: the more
 * of the query it holds (policy terms count twice a word no vocabulary knows), the earlier; of those, an
 * item or task whose heading names the thing before a passing mention; the glossary last, but first when the
 * visitor asks what a word means. An age in the query (./age.ts) narrows the list items to those for that
 * age, the items of that very age first. On a tie, a list item (what one can get) before a text, then the
 * heading that is most the thing (家庭适老化改造 before 加大适老化改造力度), then Pagefind's order.
 */
import { ageFit } from './age.ts';
import type { SearchCard } from './results.ts';

const GLOSSARY = '术语';
const ITEM = '清单条目';

export interface RankOptions {
  /** The query asks what a word means (./understand.ts): the glossary's entries first. */
  meaning?: boolean;
  /** An age the query names: items for other ages are dropped, those of that age come first. */
  age?: number;
}

/** The cards narrowed and ordered; cards that tie keep Pagefind's order. */
export function rankCards(cards: readonly SearchCard[], { meaning = false, age }: RankOptions = {}): SearchCard[] {
  const fit = (c: SearchCard) => (age === undefined || c.kind !== ITEM ? 0 : ageFit(c.ages, age));
  const group = (c: SearchCard) => (c.kind === GLOSSARY ? (meaning && c.about > 0 ? 0 : 2) : 1);
  const notItem = (c: SearchCard) => (c.kind === ITEM ? 0 : 1);
  return cards
    .map((card, order) => ({ card, order, fit: fit(card) }))
    .filter((c) => c.fit !== undefined)
    .sort(
      (a, b) =>
        group(a.card) - group(b.card) ||
        b.card.matched - a.card.matched ||
        b.card.about - a.card.about ||
        b.fit! - a.fit! ||
        notItem(a.card) - notItem(b.card) ||
        b.card.density - a.card.density ||
        a.order - b.order,
    )
    .map((c) => c.card);
}
