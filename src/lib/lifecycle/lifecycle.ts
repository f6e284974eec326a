/**
 * The status the site shows for a document, worked out at build time (docs/lifecycle.md): the status as
 * published (征求意见稿 / 送审稿 / 草案 / 试行 / 现行有效), or what has become of the text since — 尚未施行 before
 * its effective date, 已修订, 已被取代 by a later version, 已废止 by another document on the site (its 原《…》同时废止)
 * or as its portal printed, 已失效 past its end of validity — each with the day it took effect, its schema.org
 * legislationLegalForce and the reason in plain words. Pure: the build date is a parameter (./today.ts).
 */
import type { DocumentData } from '../../model/document.ts';
import { displayDate } from '../labels.ts';
import { isDraft, UNSTATED, type DocumentStatus, type LifecycleStatus } from '../../model/vocab.ts';
import { addDays, isIsoDate } from './dates.ts';
import { validityOf, type Validity, type ValidityFacts } from './validity.ts';

/** schema.org's LegalForceStatus values (https://schema.org/LegalForceStatus). */
export type LegalForce = 'InForce' | 'NotInForce' | 'PartiallyInForce';

/**
 * Each status's legal force: a draft, a text not yet in effect, one replaced, repealed or expired is not in
 * force; an amended one only in part (its amended provisions no longer read as printed).
 */
export const LEGAL_FORCE = {
  现行有效: 'InForce',
  试行: 'InForce',
  尚未施行: 'NotInForce',
  征求意见稿: 'NotInForce',
  送审稿: 'NotInForce',
  草案: 'NotInForce',
  已修订: 'PartiallyInForce',
  已被取代: 'NotInForce',
  已废止: 'NotInForce',
  已失效: 'NotInForce',
} as const satisfies Record<LifecycleStatus, LegalForce>;

/** The facts of a document its lifecycle is worked out from (DocumentData's fields, with its slug and region). */
export interface LifecycleFacts extends ValidityFacts {
  slug: string;
  title: string;
  /** The region's slug: a repeal is read only between documents of one region. */
  region: string;
  status: DocumentStatus;
  documentNumber: string;
  datePublished: string;
  datePrinted?: string;
  validityStatus?: string;
  repeals?: ReadonlyArray<{ title: string; number: string }>;
}

/**
 * Another document that replaced or amended this one: its slug, title and the day that took effect (or 未注明).
 * A link dated after the build date does not count yet.
 */
export interface VersionLink {
  slug: string;
  title: string;
  date: string;
}

/**
 * What the versions (src/lib/versions/, docs/lifecycle.md) know of a document: the later version that replaced it
 * (a final text after its draft, next year's list after this year's), or the text that amended it.
 */
export interface VersionFacts {
  supersededBy?: VersionLink;
  amendedBy?: VersionLink;
}

export interface Lifecycle {
  status: LifecycleStatus;
  /** The day the status took effect (YYYY-MM-DD), or 未注明. */
  since: string;
  legalForce: LegalForce;
  /** Why, in plain words: one or two sentences for the page. */
  reason: string;
  /** The document that repealed, replaced or amended it, when it is on the site. */
  by?: { slug: string; title: string };
  /** 生效日期 and 有效期至. */
  validity: Validity;
}

/** What a document's status depends on besides its own facts: the other documents, the versions. */
export interface LifecycleContext {
  /** Repealing documents by the title they repeal (titleKey). */
  repealers: ReadonlyMap<string, ReadonlyArray<{ by: LifecycleFacts; number: string }>>;
  versions: ReadonlyMap<string, VersionFacts>;
}

/** A title or number compared loosely: full-width forms, spaces, 《》 and bracket shapes do not count. */
const key = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\s《》<>〈〉]/gu, '')
    .replace(/[〔［【]/gu, '[')
    .replace(/[〕］】]/gu, ']');

/** The first date of the list that is stated. */
const firstDate = (...dates: Array<string | undefined>): string => dates.find((d) => d && isIsoDate(d)) ?? UNSTATED;

/** The day it was issued: the 印发日期 of the 版记, else the 成文日期, else the date it was published. */
const issuedOn = (d: LifecycleFacts): string => firstDate(d.datePrinted, d.dateSigned, d.datePublished);

/** The day an issued text started to apply: its effective date, else the day it was issued. */
const startOf = (d: LifecycleFacts): string => firstDate(validityOf(d).effective, issuedOn(d));

/** A version link that has taken effect by `today`. */
const current = (link: VersionLink | undefined, today: string): VersionLink | undefined =>
  link && !(isIsoDate(link.date) && link.date > today) ? link : undefined;

const on = (date: string): string => (date === UNSTATED ? '' : `（${displayDate(date)}）`);

export function lifecycleContext(
  documents: readonly LifecycleFacts[],
  versions: ReadonlyMap<string, VersionFacts> = new Map(),
): LifecycleContext {
  const repealers = new Map<string, Array<{ by: LifecycleFacts; number: string }>>();
  for (const by of documents) {
    if (isDraft(by.status)) continue; // a draft repeals nothing until it is issued
    for (const r of by.repeals ?? []) {
      const k = key(r.title);
      repealers.set(k, [...(repealers.get(k) ?? []), { by, number: r.number }]);
    }
  }
  return { repealers, versions };
}

interface End {
  status: '已被取代' | '已废止' | '已失效';
  since: string;
  reason: string;
  by?: { slug: string; title: string };
}

/** The portal's 有效性 label, when it says the text no longer applies (废止, 失效) or was amended (修改, 修订, 修正). */
function portalMark(label: string | undefined): '已废止' | '已失效' | '已修订' | undefined {
  const l = (label ?? '').replace(/\s/gu, '');
  if (/废止/u.test(l) && !/未废止/u.test(l)) return '已废止';
  if (/失效/u.test(l) && !/未失效|部分/u.test(l)) return '已失效';
  if (/修改|修订|修正/u.test(l)) return '已修订';
  return undefined;
}

/** Every way the text has stopped applying, each with its day. */
function endsOf(d: LifecycleFacts, validity: Validity, context: LifecycleContext, today: string): End[] {
  const ends: End[] = [];
  const superseded = current(context.versions.get(d.slug)?.supersededBy, today);
  if (superseded)
    ends.push({
      status: '已被取代',
      since: firstDate(superseded.date),
      reason: `已被《${superseded.title}》取代${on(firstDate(superseded.date))}。`,
      by: { slug: superseded.slug, title: superseded.title },
    });
  if (isDraft(d.status)) return ends; // a draft was never in force: nothing else ends it
  for (const { by, number } of context.repealers.get(key(d.title)) ?? []) {
    const numbersDiffer = number !== UNSTATED && d.documentNumber !== UNSTATED && key(number) !== key(d.documentNumber);
    if (by.slug === d.slug || by.region !== d.region || numbersDiffer) continue;
    const since = startOf(by);
    if (since !== UNSTATED && since > today) continue; // the repealing text is not in effect yet
    ends.push({
      status: '已废止',
      since,
      reason: `《${by.title}》${since === UNSTATED ? '' : `自${displayDate(since)}起施行，`}同时废止本文件。`,
      by: { slug: by.slug, title: by.title },
    });
  }
  if (validity.until !== UNSTATED && validity.until < today) {
    const since = addDays(validity.until, 1);
    ends.push({
      status: '已失效',
      since,
      reason: `有效期至${displayDate(validity.until)}，${displayDate(since)}起已失效。`,
    });
  }
  const mark = portalMark(d.validityStatus);
  if (mark === '已废止' || mark === '已失效')
    ends.push({
      status: mark,
      since: UNSTATED,
      reason: `文件发布网站标注其有效性为“${d.validityStatus}”。`,
    });
  return ends;
}

const END_RANK = { 已废止: 0, 已被取代: 1, 已失效: 2 } as const;

/** The end that came first: dated ends before undated ones; on the same day a repeal, then a replacement, then expiry. */
const firstEnd = (ends: End[]): End | undefined =>
  [...ends].sort(
    (a, b) =>
      Number(a.since === UNSTATED) - Number(b.since === UNSTATED) ||
      a.since.localeCompare(b.since) ||
      END_RANK[a.status] - END_RANK[b.status],
  )[0];

const NOT_ENDED = '本站未见废止、修订、取代或有效期届满的记载。';
const DRAFT_REASON = {
  征求意见稿: '公开征求意见的草案，不是正式文件',
  送审稿: '报送审议的草案，不是正式文件',
  草案: '草案，不是正式文件',
} as const;

/** The status a document shows on `today` (YYYY-MM-DD). */
export function lifecycleOf(d: LifecycleFacts, context: LifecycleContext, today: string): Lifecycle {
  const validity = validityOf(d);
  const result = (status: LifecycleStatus, since: string, reason: string, by?: End['by']): Lifecycle => ({
    status,
    since,
    legalForce: LEGAL_FORCE[status],
    reason,
    ...(by ? { by } : {}),
    validity,
  });

  const end = firstEnd(endsOf(d, validity, context, today));
  if (end) return result(end.status, end.since, end.reason, end.by);

  if (d.status === '征求意见稿' || d.status === '送审稿' || d.status === '草案') {
    const since = firstDate(d.datePublished, d.dateSigned);
    return result(
      d.status,
      since,
      `${DRAFT_REASON[d.status]}${since === UNSTATED ? '' : `，${displayDate(since)}发布`}。`,
    );
  }

  const amended = current(context.versions.get(d.slug)?.amendedBy, today);
  if (amended) {
    const since = firstDate(amended.date);
    return result('已修订', since, `已被《${amended.title}》修订${on(since)}，部分内容可能已经改变。`, {
      slug: amended.slug,
      title: amended.title,
    });
  }
  if (portalMark(d.validityStatus) === '已修订')
    return result('已修订', UNSTATED, `文件发布网站标注其有效性为“${d.validityStatus}”，部分内容可能已经改变。`);

  const verb = d.status === '试行' ? '试行' : '施行';
  if (validity.effective !== UNSTATED && validity.effective > today)
    return result('尚未施行', issuedOn(d), `已经印发，将于${displayDate(validity.effective)}起${verb}。`);
  if (validity.effective !== UNSTATED)
    return result(d.status, validity.effective, `自${displayDate(validity.effective)}起${verb}；${NOT_ENDED}`);
  const issued = issuedOn(d);
  return result(
    d.status,
    issued,
    issued === UNSTATED
      ? `原文未写印发和${verb}日期；${NOT_ENDED}`
      : `${displayDate(issued)}印发，原文未写${verb}日期；${NOT_ENDED}`,
  );
}

/** Every document's lifecycle on `today`, by slug. */
export function lifecyclesOf(
  documents: readonly LifecycleFacts[],
  today: string,
  versions?: ReadonlyMap<string, VersionFacts>,
): Map<string, Lifecycle> {
  const context = lifecycleContext(documents, versions);
  return new Map(documents.map((d) => [d.slug, lifecycleOf(d, context, today)]));
}

/** The lifecycle facts of a document's front matter (its region given as a slug). */
export function lifecycleFacts(slug: string, d: Omit<DocumentData, 'region'>, region: string): LifecycleFacts {
  const facts: LifecycleFacts = {
    slug,
    title: d.title,
    region,
    status: d.status,
    documentNumber: d.documentNumber,
    dateSigned: d.dateSigned,
    datePublished: d.datePublished,
  };
  if (d.datePrinted) facts.datePrinted = d.datePrinted;
  if (d.effective) facts.effective = d.effective;
  if (d.validity) facts.validity = d.validity;
  if (d.validityStatus) facts.validityStatus = d.validityStatus;
  if (d.repeals) facts.repeals = d.repeals;
  return facts;
}
