/**
 * A document's (or list's) history of versions (docs/versions.md): the older versions in order, then the
 * current one. Pure: src/data/versions.ts hands in the entries, pages and the status logic read this.
 */
import type { VersionBlock } from '../../model/version.ts';

/** One version as the history shows it. */
export interface VersionStep {
  /** The version key (its URL segment); null for the current version. */
  key: string | null;
  title: string;
  /** Its status as stored (送审稿, …). */
  status: string;
  /** Its own date: published, else signed, else 未注明. */
  date: string;
  /** For an older version: how and when it was replaced. */
  version?: VersionBlock;
}

export interface History {
  /** The document's (or list's) slug. */
  slug: string;
  /** Every version, oldest first; the last is the current one (key null). */
  steps: VersionStep[];
}

/** What replaced a version: for the status 已被取代 and the banner of an older version. */
export interface Replacement {
  /** The document's slug. */
  slug: string;
  /** The replacing version's key; null when it is the current version. */
  key: string | null;
  title: string;
  /** The date it replaced the older one (the older version's replacedOn): YYYY-MM-DD or 未注明. */
  date: string;
}

/** A document's own date: published, else signed, else 未注明. */
export const ownDate = (d: { datePublished: string; dateSigned: string }): string =>
  /^\d/u.test(d.datePublished) ? d.datePublished : d.dateSigned;

/** The history from the current version and the older ones (any order). */
export function historyOf(
  slug: string,
  current: Omit<VersionStep, 'key' | 'version'>,
  older: ReadonlyArray<Omit<VersionStep, 'key'> & { version: VersionBlock }>,
): History {
  const steps: VersionStep[] = [...older]
    .sort((a, b) => a.version.number - b.version.number)
    .map((v) => ({ ...v, key: v.version.key }));
  return { slug, steps: [...steps, { ...current, key: null }] };
}

const indexOf = (h: History, key: string | null) => h.steps.findIndex((s) => s.key === key);

/** The version after `key` (the current one after the last older version); undefined for the current one. */
export function nextStep(h: History, key: string | null): VersionStep | undefined {
  const i = indexOf(h, key);
  return i === -1 ? undefined : h.steps[i + 1];
}

/** The version before `key` (null: the current one); undefined for the first. */
export function previousStep(h: History, key: string | null): VersionStep | undefined {
  const i = indexOf(h, key);
  return i <= 0 ? undefined : h.steps[i - 1];
}

/** What replaced the version `key`: the next version's slug, key, title and the date it replaced it. */
export function supersededBy(h: History, key: string): Replacement | undefined {
  const step = h.steps[indexOf(h, key)];
  const next = nextStep(h, key);
  if (!step?.version || !next) return undefined;
  return { slug: h.slug, key: next.key, title: next.title, date: step.version.replacedOn };
}

/**
 * Where an anchor of version `from` (its index in the history) stands in the current version, following the
 * anchor maps of each consecutive pair (maps[i]: version i → version i + 1). `removedAt` is the index of the
 * first version without those words.
 */
export function traceAnchor(
  anchor: string,
  from: number,
  maps: ReadonlyArray<ReadonlyArray<{ before: string; after: string | null }>>,
): { anchor: string } | { removedAt: number } {
  let at = anchor;
  for (let i = from; i < maps.length; i += 1) {
    const next = maps[i]!.find((m) => m.before === at)?.after;
    if (next === null || next === undefined) return { removedAt: i + 1 };
    at = next;
  }
  return { anchor: at };
}

/** The newest date among the given ones (YYYY-MM-DD), for “数据截至”; undefined when none is a date. */
export function latestDate(dates: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const d of dates) if (/^\d{4}-\d{2}-\d{2}$/u.test(d) && (!latest || d > latest)) latest = d;
  return latest;
}

/** A status in the pages' words (the model's label, or the stored word itself). */
const statusWords = (status: string, labels: Readonly<Record<string, string>>): string => labels[status] ?? status;

/** How the history names a version: 第 1 版：送审稿（草案） for an older one, 现行版本：正式印发 for the current one. */
export function stepLabel(h: History, key: string | null, labels: Readonly<Record<string, string>>): string {
  const i = indexOf(h, key);
  const step = h.steps[i];
  if (!step) return '';
  const status = statusWords(step.status, labels);
  return key === null ? `现行版本：${status}` : `第 ${i + 1} 版：${status}`;
}
