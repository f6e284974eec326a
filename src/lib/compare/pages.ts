/**
 * Which comparison pages the site has, decided by the page budget (docs/quality.md: ≤ 1,500 elements): a page
 * whose rows fit shows them all; a page whose rows do not fit shows a summary and links to one page per part
 * below it — per metric, service kind or dated goals, then per province, then per prefecture. The five real
 * regions fit on the national pages; a country does not (docs/compare.md). The decision is made on counts of
 * tags and commitments alone, so that the content check (which counts the pages the build must write), the
 * corpus generator (its URL manifest) and the pages themselves agree.
 */
import { groupBy } from '../group-by.ts';
import { basisUrl, commitmentsUrl, servicesUrl, topicUrl } from '../urls.ts';
import type { DocumentCommitments, DocumentTags, ListTags } from '../../model/compare.ts';

/**
 * Elements a page's comparison may use: the budget (1,500) less the page's frame (header, breadcrumb, notes,
 * footer: 64 on a page below the national ones, ~120 on /compare/commitments/ with its notes).
 */
const PAGE_ELEMENTS = 1350;

/**
 * Elements a row costs, measured on the built pages (TaskExcerpt, MetricTable, the services cells …; on the
 * 300-region corpus the estimate is within 0.8–1.0 of the count): a page's cost is the sum of its rows'.
 */
const COST = {
  /** A metric's table (section, heading, caption, column headings) and its line in the list of metrics. */
  table: 16,
  /** A commitment's table row with its quoted sentence. */
  commitment: 8,
  /** A chart (two or more rows): the figure, and each row's bar. */
  chart: 6,
  bar: 4,
  /** A status badge (a draft, a text no longer in force), allowed for on every row of a page below the national one. */
  badge: 1,
  /** A dated goal's table row. */
  goal: 6,
  /** A region's heading and links on a topic page, or its row on a kind's page. */
  region: 8,
  /** A task: its linked heading, the document's title, the opening sentence. */
  task: 8,
  /** A list item: its linked name (and, on the services pages, its amounts and ages). */
  item: 6,
  /** A document's line under a higher-level document it cites (/compare/basis/), the group's share included. */
  citation: 5,
  /** A task named under a service. */
  mention: 3,
  /** A cell of the national services matrix. */
  cell: 3,
} as const;

/** Where a region sits: its province, and its prefecture (a prefecture, a province or a county directly under its province is its own). */
export interface PlacedRegion {
  id: string;
  /** The province-level region (a province names itself); its own id when not given. */
  province?: string;
  /** The region directly above. */
  parent?: string;
}
export interface Place {
  province: string;
  prefecture: string;
}
export function placeOf(region: PlacedRegion): Place {
  const province = region.province ?? region.id;
  const prefecture = region.parent && region.parent !== province ? region.parent : region.id;
  return { province, prefecture };
}

/** A row of a comparison: the region it is about and the elements it costs. */
export interface CostedRow {
  region: string;
  cost: number;
}

/** A page below a subject's page: [] the subject's own, [province], [province, prefecture]; full when its rows fit. */
export interface SplitPage {
  path: readonly string[];
  full: boolean;
}

/**
 * The pages of one subject (a metric, a kind, a topic): its own page, full when all its rows fit; else one per
 * province, full when the province's rows fit; else one per prefecture of that province (a prefecture holds ~20
 * regions in the real country and always fits).
 */
export function splitPages(
  rows: readonly CostedRow[],
  placeOfRegion: (region: string) => Place,
  budget = PAGE_ELEMENTS,
): SplitPage[] {
  const cost = (of: readonly CostedRow[]) => of.reduce((n, r) => n + r.cost, 0);
  if (cost(rows) <= budget) return [{ path: [], full: true }];
  const pages: SplitPage[] = [{ path: [], full: false }];
  for (const [province, own] of groupBy(rows, (r) => placeOfRegion(r.region).province)) {
    const fits = cost(own) <= budget;
    pages.push({ path: [province], full: fits });
    if (fits) continue;
    for (const prefecture of groupBy(own, (r) => placeOfRegion(r.region).prefecture).keys())
      pages.push({ path: [province, prefecture], full: true });
  }
  return pages;
}

/** What the plan is made of: CompareData (./views.ts) has all of it; the content check and the corpus generator pass theirs. */
export interface PlanSource {
  regions: readonly PlacedRegion[];
  /** Reviewed current documents, with how many higher-level documents each cites (front matter `implements`). */
  documents: ReadonlyArray<{ id: string; region: string; citations?: number }>;
  /** Reviewed current lists. */
  lists: ReadonlyArray<{ id: string; region: string; items: ReadonlyArray<{ number: number }> }>;
  documentTags: readonly DocumentTags[];
  listTags: readonly ListTags[];
  commitments: readonly DocumentCommitments[];
  topics: ReadonlyArray<{ id: string }>;
  serviceKinds: ReadonlyArray<{ id: string }>;
}

/** The subject of the dated goals (sentences with a date and no number) under /compare/commitments/. */
export const DATED_GOALS = 'dated-goals';

export interface ComparePlan {
  /** Where each region sits. */
  placeOf: (region: string) => Place;
  /** /compare/commitments/ shows every table (else a summary per metric). */
  commitmentsFull: boolean;
  /** Per metric with commitments, and DATED_GOALS: its pages (none while the national page is full). */
  commitments: Map<string, SplitPage[]>;
  /** /compare/services/ shows the whole matrix (else a summary per kind). */
  servicesFull: boolean;
  /** Per service kind: its pages (none while the national page is full). */
  services: Map<string, SplitPage[]>;
  /** Per topic: its pages, the first being /compare/topics/<topic>/ itself. */
  topics: Map<string, SplitPage[]>;
  /** /compare/basis/ and the pages below it (the first is /compare/basis/ itself). */
  basis: SplitPage[];
}

/** The comparison pages of a content set (pure: the same source gives the same pages). */
export function comparePlan(source: PlanSource, budget = PAGE_ELEMENTS): ComparePlan {
  const places = new Map(source.regions.map((r) => [r.id, placeOf(r)]));
  const place = (region: string) => places.get(region) ?? { province: region, prefecture: region };
  const regionOf = new Map(source.documents.map((d) => [d.id, d.region]));
  const listRegion = new Map(source.lists.map((l) => [l.id, l.region]));
  const compared = [...new Set(source.documents.map((d) => d.region))];

  // Commitments and dated goals of reviewed documents, as rows.
  const commitmentRows = new Map<string, CostedRow[]>();
  const add = (subject: string, row: CostedRow) => {
    const rows = commitmentRows.get(subject);
    if (rows) rows.push(row);
    else commitmentRows.set(subject, [row]);
  };
  for (const file of source.commitments) {
    const region = regionOf.get(file.document);
    if (region === undefined) continue;
    for (const c of file.commitments) add(c.metric, { region, cost: COST.commitment });
    for (const d of file.dismissed) if (d.deadline) add(DATED_GOALS, { region, cost: COST.goal });
  }
  // The national page: every metric's table (a chart where it has two rows or more) and the dated goals.
  const tableCost = (rows: number) =>
    COST.table + rows * COST.commitment + (rows >= 2 ? COST.chart + rows * COST.bar : 0);
  const national = [...commitmentRows].reduce(
    (n, [s, rows]) => n + (s === DATED_GOALS ? COST.table + rows.length * COST.goal : tableCost(rows.length)),
    0,
  );
  const commitmentsFull = national <= budget;
  // Below it, one table per page: a row with its bar, and perhaps a badge.
  const commitments = new Map(
    commitmentsFull
      ? []
      : [...commitmentRows].map(
          ([s, rows]) =>
            [
              s,
              splitPages(
                s === DATED_GOALS ? rows : rows.map((r) => ({ ...r, cost: COST.commitment + COST.bar + COST.badge })),
                place,
                budget - COST.table - COST.chart,
              ),
            ] as const,
        ),
  );

  // Tasks and items per region, by topic and by service kind.
  const topicCost = new Map<string, Map<string, number>>();
  const kindCost = new Map<string, Map<string, number>>();
  const bump = (into: Map<string, Map<string, number>>, key: string, region: string, cost: number) => {
    const inner = into.get(key) ?? new Map<string, number>();
    inner.set(region, (inner.get(region) ?? 0) + cost);
    into.set(key, inner);
  };
  for (const tags of source.documentTags) {
    const region = regionOf.get(tags.document);
    if (region === undefined) continue;
    for (const unit of tags.units) {
      for (const t of unit.topics) bump(topicCost, t, region, COST.task);
      for (const s of unit.services) bump(kindCost, s, region, COST.mention);
    }
  }
  for (const tags of source.listTags) {
    const region = listRegion.get(tags.list);
    if (region === undefined) continue;
    for (const item of tags.items) {
      for (const t of item.topics) bump(topicCost, t, region, COST.item);
      bump(kindCost, item.service, region, COST.item);
    }
  }
  // Every compared region has its column on every topic page (未涉及 …); on a kind's page a row where it lists or
  // names the kind, else its name in one line.
  const rowsOf = (costs: Map<string, number> | undefined, always: boolean): CostedRow[] =>
    compared.map((region) => {
      const own = costs?.get(region) ?? 0;
      return { region, cost: own > 0 || always ? COST.region + own : 0 };
    });
  const topics = new Map(
    source.topics.map((t) => [t.id, splitPages(rowsOf(topicCost.get(t.id), true), place, budget)]),
  );
  const matrixCost = source.serviceKinds.reduce(
    (n, k) => n + compared.length * COST.cell + [...(kindCost.get(k.id)?.values() ?? [])].reduce((a, b) => a + b, 0),
    0,
  );
  const servicesFull = matrixCost <= budget;
  const services = new Map(
    servicesFull
      ? []
      : source.serviceKinds.map((k) => [k.id, splitPages(rowsOf(kindCost.get(k.id), false), place, budget)]),
  );
  const basis = splitPages(
    source.documents.map((d) => ({ region: d.region, cost: COST.citation * Math.max(1, d.citations ?? 0) })),
    place,
    budget,
  );
  return { placeOf: place, commitmentsFull, commitments, servicesFull, services, topics, basis };
}

/** The path of a split page: the subject's URL with the province and prefecture below it. */
const below = (base: string, path: readonly string[]) => `${base}${path.map((p) => `${p}/`).join('')}`;
export const commitmentPageUrl = (subject: string, path: readonly string[] = []): string =>
  below(`${commitmentsUrl()}${subject}/`, path);
export const servicePageUrl = (kind: string, path: readonly string[] = []): string =>
  below(`${servicesUrl()}${kind}/`, path);
export const topicPageUrl = (topic: string, path: readonly string[] = []): string => below(topicUrl(topic), path);
export const basisPageUrl = (path: readonly string[] = []): string => below(basisUrl(), path);

/** Every page the plan adds to the fixed ones (/compare/commitments/, /compare/services/, /compare/basis/, each topic's page). */
export function comparePaths(plan: ComparePlan): string[] {
  return [
    ...[...plan.commitments].flatMap(([s, pages]) => pages.map((p) => commitmentPageUrl(s, p.path))),
    ...[...plan.services].flatMap(([k, pages]) => pages.map((p) => servicePageUrl(k, p.path))),
    ...[...plan.topics].flatMap(([t, pages]) =>
      pages.filter((p) => p.path.length > 0).map((p) => topicPageUrl(t, p.path)),
    ),
    ...plan.basis.filter((p) => p.path.length > 0).map((p) => basisPageUrl(p.path)),
  ];
}

/** The pages right below a split page, in the plan's order (by province, then prefecture). */
export function childPages(pages: readonly SplitPage[], path: readonly string[]): SplitPage[] {
  return pages.filter((p) => p.path.length === path.length + 1 && path.every((s, i) => p.path[i] === s));
}

/** Smallest, median (the lower middle of an even count) and largest of some values; undefined for none. */
export function valueRange(values: readonly number[]): { min: number; median: number; max: number } | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor((sorted.length - 1) / 2)]!, max: sorted[sorted.length - 1]! };
}
