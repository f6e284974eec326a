/**
 * The facts `npm run ingest -- --supersedes` writes into an older version's `version` block (docs/versions.md):
 * its key, how it was replaced and by what. Keys are chosen once and never change: they are URLs.
 */
import { SLUG } from '../../model/common.ts';
import { isDraft, type VersionKind } from '../../model/vocab.ts';
import { ownDate } from './history.ts';

/** What a key is made from: the older version's title, status and dates. */
export interface KeyFacts {
  title: string;
  status: string;
  statusLine?: string;
  datePublished: string;
  dateSigned: string;
}

/** Draft statuses by their pinyin, for keys (2024-03-songshengao); any other status is an issued text. */
const DRAFTS: Readonly<Record<string, string>> = { 送审稿: 'songshengao', 征求意见稿: 'zhengqiuyijian', 草案: 'caoan' };

/** The edition a text names itself by (（2024年版） → 2024), if any. */
const editionOf = (f: Pick<KeyFacts, 'title' | 'statusLine'>): string | undefined =>
  /(\d{4})\s*年版/u.exec(`${f.title}${f.statusLine ?? ''}`)?.[1];

/**
 * The key of the version that is being replaced: its edition (2024); else its date's year and month, with the
 * draft's kind for a draft (2024-03, 2024-03-songshengao); else the draft's kind alone (songshengao), else v1,
 * v2 … by its place. A key already `taken` gets -2, -3 ….
 */
export function versionKey(f: KeyFacts, number: number, taken: ReadonlySet<string>): string {
  const date = ownDate(f);
  const month = /^\d{4}-\d{2}/u.exec(date)?.[0];
  const draft = DRAFTS[f.status];
  const base = editionOf(f) ?? (month ? [month, draft].filter(Boolean).join('-') : (draft ?? `v${number}`));
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  if (!SLUG.test(key)) throw new Error(`version key "${key}" is not a slug`);
  return key;
}

/** How the older text was replaced by the newer one. */
export function versionKind(before: KeyFacts, after: KeyFacts): VersionKind {
  if (editionOf(before) && editionOf(after)) return 'edition';
  if (isDraft(before.status)) return isDraft(after.status) ? 'revised-draft' : 'final';
  return 'amendment';
}

/** The date the newer text replaced the older one: its published date, else its signed date, else 未注明. */
export const replacedOn = (after: KeyFacts): string => ownDate(after);

/** What replaced it, in our words: the newer text's status (or edition) and title (its date is replacedOn). */
export function replacedByNote(after: KeyFacts): string {
  const what = editionOf(after) ? `${editionOf(after)}年版` : isDraft(after.status) ? after.status : '正式文件';
  return `${what}《${after.title}》`;
}
