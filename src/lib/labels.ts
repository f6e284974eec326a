/** Words the pages show for the content model's values. */

export const LEVEL_LABEL = { province: '省级', prefecture: '地级', county: '县级' } as const;

export const STATUS_LABEL = { issued: '正式印发', 送审稿: '送审稿（草案）', 征求意见稿: '征求意见稿（草案）' } as const;

/** A date for display: 2023-04-11 → 2023年4月11日; 未注明 stays. */
export function displayDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

/** The sort key of a document: published, else signed; undated last. */
export function documentDate(d: { datePublished: string; dateSigned: string }): string {
  return [d.datePublished, d.dateSigned].find((x) => /^\d/u.test(x)) ?? '';
}
