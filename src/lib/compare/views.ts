/**
 * What the comparison pages and the downloads show, built from plain content data (the pages pass
 * collection entries' data; the tests pass the YAML files) so that pages and downloads cannot disagree.
 */
import type { AgeThreshold, Amount } from '../amounts.ts';
import { groupBy } from '../group-by.ts';
import { splitSentences } from '../text.ts';
import { excerptOf, type Excerpt } from './excerpt.ts';
import { comparePlan, type ComparePlan } from './pages.ts';
import type {
  Commitment,
  DocumentCommitments,
  DocumentTags,
  ListTags,
  Metric,
  ServiceKind,
  Topic,
} from '../../model/compare.ts';
import { taggableUnits, type OutlineEntryLike } from './units.ts';

import type { LifecycleStatus } from '../../model/vocab.ts';

export interface RegionInfo {
  id: string;
  name: string;
  code: string;
  /** The province-level region it belongs to (its own id when not given: a province). */
  province?: string;
  /** The region directly above it, if any. */
  parent?: string;
}
export interface DocumentInfo {
  id: string;
  title: string;
  region: string;
  /** Its status on the build date (src/lib/lifecycle/). */
  status: LifecycleStatus;
  /** The day that status took effect, or 未注明. */
  statusSince: string;
  /** How many higher-level documents it cites (front matter `implements`): sizes /compare/basis/ (./pages.ts). */
  citations?: number;
  outline: ReadonlyArray<OutlineEntryLike & { number: string }>;
  /** anchor → verbatim paragraphs (sectionParagraphs of the MDX body). */
  sections: Map<string, string[]>;
}
export interface ItemInfo {
  number: number;
  name: string;
  content: string;
  target: string;
  type: string;
  tier: string;
  leadText: string;
  amounts: Amount[];
  ages: AgeThreshold[];
}
export interface ListInfo {
  id: string;
  title: string;
  region: string;
  document: string;
  itemsMissing: boolean;
  declaredItemCount: number;
  items: ItemInfo[];
}

export interface CompareData {
  regions: RegionInfo[];
  /** Reviewed documents: the ones every comparison is made of. */
  documents: DocumentInfo[];
  /** Reviewed lists. */
  lists: ListInfo[];
  /** Documents and lists published before their review (./review.ts): named as 尚待整理, never compared. */
  pending: { documents: DocumentInfo[]; lists: ListInfo[] };
  topics: Topic[];
  serviceKinds: ServiceKind[];
  metrics: Metric[];
  documentTags: DocumentTags[];
  listTags: ListTags[];
  commitments: DocumentCommitments[];
}

/**
 * Computed once per data set: the pages call these views for every topic and kind, and at 3,000 regions a
 * view rebuilt per call (or a filter over all tasks per region) made the comparison pages quadratic (docs/scale.md).
 */
function once<T>(compute: (data: CompareData) => T): (data: CompareData) => T {
  const cache = new WeakMap<CompareData, T>();
  return (data) => {
    if (!cache.has(data)) cache.set(data, compute(data));
    return cache.get(data)!;
  };
}

/** Regions that have at least one document, by GB/T 2260 code: the columns and rows of every comparison. */
export const comparedRegions = once((data: CompareData): RegionInfo[] => {
  const withDocuments = new Set(data.documents.map((d) => d.region));
  return data.regions.filter((r) => withDocuments.has(r.id)).sort((a, b) => a.code.localeCompare(b.code));
});

export interface TaggedTask {
  document: DocumentInfo;
  anchor: string;
  number: string;
  title: string;
  presence: OutlineEntryLike['presence'];
  excerpt: Excerpt;
  /** The task's first sentence, whole and verbatim ('' when the source lacks the text). */
  opening: string;
}
export interface TaggedItem {
  list: ListInfo;
  item: ItemInfo;
}

/** Every tagged task with its topics, in document order. */
export const taggedTasks = once((data: CompareData): Array<TaggedTask & { topics: string[]; services: string[] }> => {
  const tagsOf = new Map(data.documentTags.map((t) => [t.document, new Map(t.units.map((u) => [u.anchor, u]))]));
  return data.documents.flatMap((document) =>
    taggableUnits(document.outline).map((unit) => {
      const tags = tagsOf.get(document.id)?.get(unit.anchor);
      return {
        document,
        anchor: unit.anchor,
        number: unit.number,
        title: unit.title,
        presence: unit.presence,
        excerpt: excerptOf(document.sections.get(unit.anchor) ?? []),
        opening: splitSentences(document.sections.get(unit.anchor)?.[0] ?? '')[0] ?? '',
        topics: tags?.topics ?? [],
        services: tags?.services ?? [],
      };
    }),
  );
});

/** Every list item with its service kind and topics. */
export const taggedItems = once(
  (data: CompareData): Array<TaggedItem & { service: string | undefined; topics: string[] }> => {
    const tagsOf = new Map(data.listTags.map((t) => [t.list, new Map(t.items.map((i) => [i.number, i]))]));
    return data.lists.flatMap((list) =>
      list.items.map((item) => {
        const tags = tagsOf.get(list.id)?.get(item.number);
        return { list, item, service: tags?.service, topics: tags?.topics ?? [] };
      }),
    );
  },
);

export interface TopicColumn {
  region: RegionInfo;
  tasks: TaggedTask[];
  items: TaggedItem[];
}

/** One topic, region by region: the tasks and list items tagged with it (empty: 未涉及). */
export function topicView(topic: string, data: CompareData): TopicColumn[] {
  return topicColumnsByScope(data).get(topic)?.get('') ?? [];
}

export interface CommitmentRow {
  region: RegionInfo;
  document: DocumentInfo;
  commitment: Commitment;
}
export interface MetricView {
  metric: Metric;
  rows: CommitmentRow[];
  /** How many regions state a value for it. */
  regions: number;
}

/** One table per metric, regions as rows (by code); metrics stated by more regions first, then in file order. */
export const metricViews = once((data: CompareData): MetricView[] => {
  const regionOf = new Map(data.regions.map((r) => [r.id, r]));
  const documentOf = new Map(data.documents.map((d) => [d.id, d]));
  const rows = data.commitments.flatMap((file) =>
    file.commitments.map((commitment) => {
      const document = documentOf.get(file.document)!;
      return { region: regionOf.get(document.region)!, document, commitment };
    }),
  );
  const byMetric = groupBy(rows, (r) => r.commitment.metric);
  return data.metrics
    .map((metric, order) => {
      const own = (byMetric.get(metric.id) ?? []).sort((a, b) => a.region.code.localeCompare(b.region.code));
      return { metric, rows: own, regions: new Set(own.map((r) => r.region.id)).size, order };
    })
    .filter((v) => v.rows.length > 0)
    .sort((a, b) => b.regions - a.regions || a.order - b.order)
    .map(({ order: _order, ...v }) => v);
});

export interface DatedGoal {
  region: RegionInfo;
  document: DocumentInfo;
  anchor: string;
  sentence: string;
  deadline: NonNullable<DocumentCommitments['dismissed'][number]['deadline']>;
}

/** Sentences that set a date but nothing to count, by year then region. */
export const datedGoals = once((data: CompareData): DatedGoal[] => {
  const regionOf = new Map(data.regions.map((r) => [r.id, r]));
  const documentOf = new Map(data.documents.map((d) => [d.id, d]));
  return data.commitments
    .flatMap((file) =>
      file.dismissed.flatMap((d) => {
        if (!d.deadline) return [];
        const document = documentOf.get(file.document)!;
        return [
          {
            region: regionOf.get(document.region)!,
            document,
            anchor: d.anchor,
            sentence: d.sentence,
            deadline: d.deadline,
          },
        ];
      }),
    )
    .sort((a, b) => a.deadline.year - b.deadline.year || a.region.code.localeCompare(b.region.code));
});

/** listed: the region's list has it; not-listed: its list does not; list-missing: its list's items are not in the source; no-list: no list collected. */
export type ServiceCellStatus = 'listed' | 'not-listed' | 'list-missing' | 'no-list';
export interface ServiceCell {
  region: RegionInfo;
  status: ServiceCellStatus;
  items: TaggedItem[];
  /** Tasks of the region's documents that name the service. */
  mentions: TaggedTask[];
}

/** The services matrix: canonical kinds (by type, then file order) × compared regions. */
export const serviceMatrix = once((data: CompareData): Array<{ kind: ServiceKind; cells: ServiceCell[] }> => {
  const items = groupBy(taggedItems(data), (i) => `${i.service}\t${i.list.region}`);
  const tasks = groupBy(taggedTasks(data), (t) => t.document.region);
  const listsOf = groupBy(data.lists, (l) => l.region);
  const regions = comparedRegions(data);
  const TYPE_ORDER = ['物质帮助', '照护服务', '关爱服务'];
  const kinds = [...data.serviceKinds].sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
  return kinds.map((kind) => ({
    kind,
    cells: regions.map((region) => {
      const lists = listsOf.get(region.id) ?? [];
      const own = items.get(`${kind.id}\t${region.id}`) ?? [];
      const status: ServiceCellStatus =
        own.length > 0
          ? 'listed'
          : lists.some((l) => !l.itemsMissing)
            ? 'not-listed'
            : lists.length > 0
              ? 'list-missing'
              : 'no-list';
      return {
        region,
        status,
        items: own,
        mentions: (tasks.get(region.id) ?? []).filter((t) => t.services.includes(kind.id)),
      };
    }),
  }));
});

/** Which comparison pages there are, and which show their rows in full (./pages.ts). */
export const pagePlan = once((data: CompareData): ComparePlan => comparePlan(data));

/** The regions by id, with every region (compared or not): names of provinces and prefectures for the split pages. */
export const regionById = once(
  (data: CompareData): Map<string, RegionInfo> => new Map(data.regions.map((r) => [r.id, r])),
);

/** A split page's scope key: '' the country, a province's id, or province/prefecture. */
export const scopeKey = (path: readonly string[]): string => path.join('/');

/** Rows under every scope they fall in: the country, their province, their prefecture (one pass; ./pages.ts). */
export function byScope<T>(rows: Iterable<T>, regionOf: (row: T) => string, data: CompareData): Map<string, T[]> {
  const { placeOf } = pagePlan(data);
  const scopes = new Map<string, T[]>();
  for (const row of rows) {
    const place = placeOf(regionOf(row));
    for (const key of ['', place.province, `${place.province}/${place.prefecture}`]) {
      const own = scopes.get(key);
      if (own) own.push(row);
      else scopes.set(key, [row]);
    }
  }
  return scopes;
}

/** Each metric's commitment rows by scope, and the dated goals' (under DATED_GOALS), computed once. */
export const commitmentsByScope = once(
  (data: CompareData): Map<string, Map<string, CommitmentRow[]>> =>
    new Map(metricViews(data).map((v) => [v.metric.id, byScope(v.rows, (r) => r.region.id, data)])),
);
export const goalsByScope = once((data: CompareData): Map<string, DatedGoal[]> =>
  byScope(datedGoals(data), (g) => g.region.id, data),
);

/** Each topic's region columns by scope, computed once: a topic page never filters the whole country. */
export const topicColumnsByScope = once((data: CompareData): Map<string, Map<string, TopicColumn[]>> => {
  const tasks = new Map<string, Map<string, TaggedTask[]>>();
  const items = new Map<string, Map<string, TaggedItem[]>>();
  const put = <T>(into: Map<string, Map<string, T[]>>, topic: string, region: string, value: T) => {
    const inner = into.get(topic) ?? new Map<string, T[]>();
    const own = inner.get(region);
    if (own) own.push(value);
    else inner.set(region, [value]);
    into.set(topic, inner);
  };
  for (const t of taggedTasks(data)) for (const topic of t.topics) put(tasks, topic, t.document.region, t);
  for (const i of taggedItems(data)) for (const topic of i.topics) put(items, topic, i.list.region, i);
  return new Map(
    data.topics.map((topic) => [
      topic.id,
      byScope(
        comparedRegions(data).map((region) => ({
          region,
          tasks: tasks.get(topic.id)?.get(region.id) ?? [],
          items: items.get(topic.id)?.get(region.id) ?? [],
        })),
        (c) => c.region.id,
        data,
      ),
    ]),
  );
});

/** Each service kind's cells by scope, computed once. */
export const serviceCellsByScope = once(
  (data: CompareData): Map<string, Map<string, ServiceCell[]>> =>
    new Map(serviceMatrix(data).map((row) => [row.kind.id, byScope(row.cells, (c) => c.region.id, data)])),
);
