/**
 * 有效期一览 (/validity/, docs/lifecycle.md): the documents by the end of their validity on the build date —
 * expired, expiring within twelve months, valid longer, or with no end stated — and the drafts, for which an end
 * of validity does not apply yet.
 */
import { isDraft, UNSTATED } from '../../model/vocab.ts';
import { addYears } from './dates.ts';
import type { Lifecycle } from './lifecycle.ts';

export interface ValidityGroups<T> {
  /** Past their end: the latest end first. */
  expired: T[];
  /** Ending within twelve months of the build date (on or after it, before the same day next year): the soonest first. */
  expiring: T[];
  /** Ending later: the soonest first. */
  later: T[];
  /** No end stated (or none that can be counted): in the order given. */
  unstated: T[];
  /** Drafts: not in force, so no end applies yet. */
  drafts: T[];
}

export function validityGroups<T>(
  documents: readonly T[],
  lifecycleOf: (document: T) => Lifecycle,
  today: string,
): ValidityGroups<T> {
  const groups: ValidityGroups<T> = { expired: [], expiring: [], later: [], unstated: [], drafts: [] };
  const inAYear = addYears(today, 1);
  const until = (d: T) => lifecycleOf(d).validity.until;
  for (const d of documents) {
    const l = lifecycleOf(d);
    const end = l.validity.until;
    if (isDraft(l.status)) groups.drafts.push(d);
    else if (end === UNSTATED) groups.unstated.push(d);
    else if (end < today) groups.expired.push(d);
    else if (end < inAYear) groups.expiring.push(d);
    else groups.later.push(d);
  }
  groups.expired.sort((a, b) => until(b).localeCompare(until(a)));
  groups.expiring.sort((a, b) => until(a).localeCompare(until(b)));
  groups.later.sort((a, b) => until(a).localeCompare(until(b)));
  return groups;
}
