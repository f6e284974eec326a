/**
 * How many documents each region of the synthetic corpus publishes (`--documents M`, docs/scale.md). Every
 * region has its implementation plan; the other M − N documents are spread over the regions, seeded, one at a
 * time, each region in a shuffled order per round: the plan's earlier draft (an older version of the plan), a
 * second plan, the service list published on its own as a yearly edition, and up to three older editions of that
 * list. Each counts as one document: a current document or an older version of one, each a text with its pages.
 */
import type { Random } from './random.ts';

export interface RegionExtras {
  /** The plan was first published as a draft, kept as its older version. */
  draft: boolean;
  /** A second plan of the region (no list). */
  second: boolean;
  /** The region's list is published as a yearly edition of its own (a document carrying the list) … */
  edition: boolean;
  /** … with this many older editions kept as older versions (0–3). */
  olderEditions: number;
}

/** The most older editions a list has. */
const MAX_OLDER_EDITIONS = 3;
/** The most documents one region publishes: its plan, a draft, a second plan, an edition and its older editions. */
export const MAX_DOCUMENTS_PER_REGION = 4 + MAX_OLDER_EDITIONS;

const noExtras = (): RegionExtras => ({ draft: false, second: false, edition: false, olderEditions: 0 });

/** The documents a region publishes, counted as `--documents` counts them. */
export const documentCount = (e: RegionExtras): number =>
  1 + Number(e.draft) + Number(e.second) + (e.edition ? 1 + e.olderEditions : 0);

/** Why `documents` cannot be spread over `regions` regions, else undefined. */
export function documentsProblem(regions: number, documents: number): string | undefined {
  if (!Number.isInteger(documents) || documents < regions || documents > regions * MAX_DOCUMENTS_PER_REGION)
    return `--documents must be a whole number from ${regions} (one plan per region) to ${regions * MAX_DOCUMENTS_PER_REGION} (${MAX_DOCUMENTS_PER_REGION} per region), not ${documents}`;
  return undefined;
}

type Step = 'draft' | 'second' | 'edition' | 'older';

/** `count` regions' extras adding up to `documents` documents in all; the same for the same random source. */
export function spreadDocuments(count: number, documents: number, random: Random): RegionExtras[] {
  const problem = documentsProblem(count, documents);
  if (problem) throw new Error(problem);
  const extras = Array.from({ length: count }, noExtras);
  let left = documents - count;
  while (left > 0) {
    for (const i of random.shuffle(extras.map((_, i) => i))) {
      if (left === 0) break;
      const e = extras[i]!;
      const steps: Step[] = [];
      if (!e.draft) steps.push('draft');
      if (!e.second) steps.push('second');
      if (!e.edition) steps.push('edition');
      else if (e.olderEditions < MAX_OLDER_EDITIONS) steps.push('older');
      if (steps.length === 0) continue;
      const step = random.pick(steps);
      if (step === 'draft') e.draft = true;
      else if (step === 'second') e.second = true;
      else if (step === 'edition') e.edition = true;
      else e.olderEditions += 1;
      left -= 1;
    }
  }
  return extras;
}
