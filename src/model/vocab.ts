/**
 * The content model's vocabularies: every enum a schema, a parser or a page shares, and the words the
 * pages show for them. Plain constants, no zod: the browser bundle may import this file.
 */

/** What the site shows where a source does not state a fact. */
export const UNSTATED = '未注明';

/** province (省级), prefecture (地级), county (县级, incl. county-level cities such as 大冶市). */
export const REGION_LEVELS = ['province', 'prefecture', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * A document's status as published (docs/lifecycle.md): a draft — 征求意见稿 (for comments), 送审稿 (for review),
 * 草案 (a draft that names itself only so, or 讨论稿) — or an issued text: 试行 (issued on trial, its title or
 * status line says 试行) or 现行有效. 修订 and 年版 texts are 现行有效; their printed status line is kept verbatim.
 */
export const DOCUMENT_STATUSES = ['征求意见稿', '送审稿', '草案', '试行', '现行有效'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
/** The statuses of a text that is not issued yet. */
const DRAFT_STATUSES = ['征求意见稿', '送审稿', '草案'] as const satisfies readonly DocumentStatus[];
export const isDraft = (status: string): boolean => (DRAFT_STATUSES as readonly string[]).includes(status);

/**
 * The status the site shows (src/lib/lifecycle/, docs/lifecycle.md): the status as published, or what became of
 * the text since — 尚未施行 (its effective date is still to come), 已修订 (amended by another text), 已被取代 (a
 * later version replaced it), 已废止 (another text repealed it), 已失效 (its validity ended). One vocabulary for
 * pages, structured data, search filters and downloads, in the order the search filter lists them.
 */
export const LIFECYCLE_STATUSES = [
  '现行有效',
  '试行',
  '尚未施行',
  '征求意见稿',
  '送审稿',
  '草案',
  '已修订',
  '已被取代',
  '已废止',
  '已失效',
] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

/** The formats a raw source may come in (scripts/ingest/inputs/ reads each into the parser's plain text). */
export const SOURCE_FORMATS = ['text', 'html', 'docx', 'pdf', 'xlsx', 'csv'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Whether a source's review layer (tags, commitments, eligibility, plain words) is done. */
export const REVIEW_STATES = ['pending', 'reviewed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * The three 服务类型 of the national list (物质帮助, 照护服务, 关爱服务): the comparison's service kinds have one.
 * A list item's type is the list's own word, verbatim; local lists also print others (健康服务 …).
 */
export const SERVICE_TYPES = ['物质帮助', '照护服务', '关爱服务'] as const;

/** 普惠 (for all older people of a group) or 保障 (for those in particular need). */
export const TIERS = ['普惠', '保障'] as const;
export type Tier = (typeof TIERS)[number];
/** A list item's tier: 普惠 or 保障 as the list says, or 未注明 when the list states no tiers at all. */
export const ITEM_TIERS = [...TIERS, UNSTATED] as const;

export const AMOUNT_UNITS = [
  '元',
  '元/人',
  '元/月/人',
  '元/人/月',
  '元/年/人',
  '元/人/年',
  '元/户',
  '%',
  '倍',
  '次/年',
  '次/月',
] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

export const AMOUNT_QUALIFIERS = ['不低于', '不高于', '不少于', '不超过', '最高', '最低', '约', ''] as const;
export type AmountQualifier = (typeof AMOUNT_QUALIFIERS)[number];

export const AMOUNT_KINDS = ['money', 'share', 'multiple', 'count', 'free', 'half-price'] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];

/** How a commitment's number relates to its metric: at least, at most, exactly. */
export const COMPARATORS = ['≥', '≤', '='] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** Why a flagged sentence is not a quantified commitment (docs/compare.md). */
export const DISMISSAL_REASONS = ['condition', 'deadline-only', 'goal-without-number', 'description'] as const;

/** Why a line of a raw source is not part of the document. */
export const DROP_REASONS = [
  'portal-site-title',
  'image-placeholder',
  'breadcrumb',
  'portal-metadata',
  'separator',
  'related-links',
  'portal-footer',
  'word-artefact',
  'page-chrome',
  'printing-artefact',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** Whether a numbered part of a document is in the source: present, truncated (breaks off inside) or missing (only the outline names it). */
export const PRESENCES = ['present', 'truncated', 'missing'] as const;
export type Presence = (typeof PRESENCES)[number];

/** The answers the finder can ask for (docs/finder.md). */
export const HUKOU = ['local', 'other'] as const;
export const HOME = ['urban', 'rural', 'institution', 'elsewhere'] as const;
export const ECONOMIC = ['特困', '低保', '低保边缘', '低收入', 'none'] as const;
export const CARE = ['失能', '半失能', '失智', 'none'] as const;
export const FAMILY = ['独居', '空巢', '留守', '计划生育特殊家庭'] as const;
export const MILITARY = ['遗属', '现役军人家属', '退役军人', 'none'] as const;

/** How an item is granted: automatic (免申即享 / 主动发放), apply (must be applied for), unstated. */
export const GRANTS = ['automatic', 'apply', 'unstated'] as const;

/** Words the pages show for the model's values. */
export const LEVEL_LABEL = { province: '省级', prefecture: '地级', county: '县级' } as const satisfies Record<
  RegionLevel,
  string
>;
/** What each status means, in plain words, for a reader who meets it on a page. */
export const STATUS_MEANING = {
  现行有效: '正式印发，本站未见废止、修订、取代或到期的记载',
  试行: '正式印发、试行的文件，本站未见废止、修订、取代或到期的记载',
  尚未施行: '已经印发，但还没到开始施行的日期',
  征求意见稿: '公开征求意见的草案，不是正式文件',
  送审稿: '报送审议的草案，不是正式文件',
  草案: '草案，不是正式文件',
  已修订: '已被另一份文件修订，部分内容可能已经改变',
  已被取代: '已被新的版本取代',
  已废止: '已被另一份文件明令废止',
  已失效: '有效期已满',
} as const satisfies Record<LifecycleStatus, string>;

/**
 * How a version was published, for the steps of a version history (docs/versions.md): a draft by its kind, an
 * issued text as 正式印发 — not its status today, which the lifecycle works out (docs/lifecycle.md).
 */
export const STATUS_LABEL = {
  征求意见稿: '征求意见稿',
  送审稿: '送审稿',
  草案: '草案',
  试行: '试行（正式印发）',
  现行有效: '正式印发',
} as const satisfies Record<DocumentStatus, string>;

/**
 * How a version was replaced by the next (docs/versions.md): final (a draft by the issued text), revised-draft (a
 * draft by a later draft), amendment (an issued text by a revised one), edition (a yearly edition by the next year's).
 */
export const VERSION_KINDS = ['final', 'revised-draft', 'amendment', 'edition'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];
export const VERSION_KIND_LABEL = {
  final: '草案被正式文件取代',
  'revised-draft': '草案被修改稿取代',
  amendment: '被修订后的文本取代',
  edition: '被新年度版本取代',
} as const satisfies Record<VersionKind, string>;
