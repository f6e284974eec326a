/**
 * The rule-based tagger behind scripts/propose-tags.ts. It only proposes: a reviewer keeps, changes
 * or adds to what it says, and the reviewed tags are content (content/compare/*-tags/).
 */
import type { ServiceKind, Topic } from '../../src/model/compare.ts';

const count = (text: string, word: string) => text.split(word).length - 1;

/**
 * Topics for a task: those whose keywords stand in its title, or else occur at least twice in its
 * text; failing both, the one whose keywords occur most. Ordered by how often they occur.
 */
export function proposeTopics(title: string, text: string, topics: readonly Topic[]): string[] {
  const scored = topics.map((t) => ({
    id: t.id,
    inTitle: t.keywords.some((k) => title.includes(k)),
    hits: t.keywords.reduce((n, k) => n + count(text, k), 0),
  }));
  const chosen = scored
    .filter((s) => s.inTitle || s.hits >= 2)
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.hits - a.hits);
  if (chosen.length > 0) return chosen.map((s) => s.id);
  const best = scored.filter((s) => s.hits > 0).sort((a, b) => b.hits - a.hits)[0];
  return best ? [best.id] : [];
}

/** The service kind of a list item: one of whose names equals the item's name, else the longest name it contains. */
export function proposeServiceKind(itemName: string, kinds: readonly ServiceKind[]): string | null {
  const exact = kinds.find((k) => k.localNames.includes(itemName) || k.name === itemName);
  if (exact) return exact.id;
  let best: { id: string; length: number } | null = null;
  for (const k of kinds) {
    for (const n of k.localNames) {
      if (itemName.includes(n) && n.length > (best?.length ?? 0)) best = { id: k.id, length: n.length };
    }
  }
  return best?.id ?? null;
}

/** Service kinds a task's text names (by a local name of three characters or more), in order of first mention. */
export function mentionedServices(text: string, kinds: readonly ServiceKind[]): string[] {
  const found: Array<{ id: string; at: number }> = [];
  for (const k of kinds) {
    const at = Math.min(
      ...k.localNames
        .filter((n) => n.length >= 3)
        .map((n) => text.indexOf(n))
        .filter((i) => i >= 0),
    );
    if (Number.isFinite(at)) found.push({ id: k.id, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}
