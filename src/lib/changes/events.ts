/**
 * The change log (docs/feeds.md): what changed on the site and when, built from the content alone — new
 * documents (on the day their source was added), new versions and status changes — for the /changes/ page and
 * the feeds. Dates come from the content, never from the clock; an event dated after the build date is left
 * out until a build on or after its day. Newest first; events of one day in a fixed order.
 */
import { groupBy } from '../group-by.ts';
import { displayDate } from '../labels.ts';
import { documentUrl } from '../urls.ts';

/** A document as the change log needs it. */
export interface ChangeDocument {
  slug: string;
  title: string;
  region: string;
  regionName: string;
  /** The day its source was added to the site (sources.yaml `added`). */
  added: string;
  /** The day it takes effect, when the text states one (front matter `effective.date`). */
  effective?: string;
  /** How long it is valid, as the front matter records it (`validity`). */
  validity?: { until?: string; years?: number };
}

/** A new version of a document (from the versions: content/versions/). */
export interface VersionChange {
  documentSlug: string;
  versionKey: string;
  /** The day the version was added or published. */
  date: string;
  /** The version's own title or label, e.g. 2025年版. */
  title: string;
  /** The page to link to (its 对照 page, say); default: the version's page. */
  path?: string;
}

/** A change of a document's status on a day (from the lifecycle: src/lib/lifecycle/). */
export interface StatusChange {
  documentSlug: string;
  /** The status it has from that day, e.g. 现行有效, 已失效, 已废止. */
  status: string;
  date: string;
}

export interface ChangeLogInput {
  documents: readonly ChangeDocument[];
  versions?: readonly VersionChange[];
  /**
   * A document's status changes. Where these name a document, they replace the two this module derives from its
   * front matter (took effect on `effective`, 已失效 when `validity` ends).
   */
  statusChanges?: readonly StatusChange[];
  /** The build date (src/model/build-date.ts): later events are left out. */
  asOf: string;
}

export type ChangeKind = 'document' | 'version' | 'status';

export interface ChangeEvent {
  /** Readable and stable: documents/<slug>/added, …/versions/<key>, …/status/<status>/<date> (src/lib/changes/id.ts). */
  key: string;
  kind: ChangeKind;
  /** YYYY-MM-DD, from the content. */
  date: string;
  document: string;
  documentTitle: string;
  region: string;
  regionName: string;
  /** Site path the event links to. */
  path: string;
  /** What happened, in a few words: 新收录, 新版本：2025年版, 开始施行, 状态变为“已废止” … */
  label: string;
  /** One sentence saying it, for the feeds. */
  sentence: string;
}

/** The day after `date`, or `years` years after it (29 February → 1 March). */
function later(date: string, { days = 0, years = 0 }: { days?: number; years?: number }): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const isDate = (s: string | undefined): s is string => s !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(s);

/**
 * What the front matter alone says about a document's status: 现行有效 from the day it takes effect, 已失效
 * from the day after its validity ends (有效期至 a day; or 有效期N年 from the day it takes effect).
 */
export function derivedStatusChanges(d: ChangeDocument): StatusChange[] {
  const changes: StatusChange[] = [];
  if (isDate(d.effective)) changes.push({ documentSlug: d.slug, status: '现行有效', date: d.effective });
  const end = isDate(d.validity?.until)
    ? later(d.validity.until, { days: 1 })
    : d.validity?.years && isDate(d.effective)
      ? later(d.effective, { years: d.validity.years })
      : undefined;
  if (end) changes.push({ documentSlug: d.slug, status: '已失效', date: end });
  return changes;
}

const STATUS_LABEL: Record<string, string> = { 现行有效: '开始施行', 试行: '开始试行', 已失效: '有效期届满，已失效' };
const KIND_ORDER: Record<ChangeKind, number> = { document: 0, version: 1, status: 2 };

/** The site path of a version (the versions' own URL: docs/urls.md). */
const versionPath = (document: string, key: string) => `${documentUrl(document)}versions/${key}/`;

/** Every change the content records up to `asOf`, newest first. */
export function changeLog(input: ChangeLogInput): ChangeEvent[] {
  const bySlug = new Map(input.documents.map((d) => [d.slug, d]));
  const documentOf = (slug: string): ChangeDocument => {
    const d = bySlug.get(slug);
    if (!d) throw new Error(`change log: no document "${slug}" for a version or status change`);
    return d;
  };
  const events: ChangeEvent[] = [];
  const add = (d: ChangeDocument, e: Pick<ChangeEvent, 'key' | 'kind' | 'date' | 'path' | 'label' | 'sentence'>) => {
    if (e.date <= input.asOf)
      events.push({ ...e, document: d.slug, documentTitle: d.title, region: d.region, regionName: d.regionName });
  };
  for (const d of input.documents)
    add(d, {
      key: `documents/${d.slug}/added`,
      kind: 'document',
      date: d.added,
      path: documentUrl(d.slug),
      label: '新收录',
      sentence: `${d.regionName}的《${d.title}》于${displayDate(d.added)}收录到本站。`,
    });
  for (const v of input.versions ?? []) {
    const d = documentOf(v.documentSlug);
    add(d, {
      key: `documents/${d.slug}/versions/${v.versionKey}`,
      kind: 'version',
      date: v.date,
      path: v.path ?? versionPath(d.slug, v.versionKey),
      label: `新版本：${v.title}`,
      sentence: `${d.regionName}的《${d.title}》有了新版本“${v.title}”（${displayDate(v.date)}）。`,
    });
  }
  const stated = new Set((input.statusChanges ?? []).map((s) => s.documentSlug));
  const statuses = [
    ...(input.statusChanges ?? []),
    ...input.documents.filter((d) => !stated.has(d.slug)).flatMap(derivedStatusChanges),
  ];
  for (const s of statuses) {
    const d = documentOf(s.documentSlug);
    const label = STATUS_LABEL[s.status] ?? `状态变为“${s.status}”`;
    add(d, {
      key: `documents/${d.slug}/status/${s.status}/${s.date}`,
      kind: 'status',
      date: s.date,
      path: documentUrl(d.slug),
      label,
      sentence: `${d.regionName}的《${d.title}》自${displayDate(s.date)}起为“${s.status}”。`,
    });
  }
  // By code point, not by locale: the same order on every machine.
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return events.sort(
    (a, b) =>
      cmp(b.date, a.date) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      cmp(a.document, b.document) ||
      cmp(a.key, b.key),
  );
}

/** Events by month (YYYY-MM), newest month first, each month's events in their order. */
export function byMonth(
  events: readonly ChangeEvent[],
): Array<{ month: string; label: string; events: ChangeEvent[] }> {
  return [...groupBy(events, (e) => e.date.slice(0, 7))].map(([month, list]) => ({
    month,
    label: `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`,
    events: list,
  }));
}
