/** Words the pages show for the content model's values. */

/** A date for display: 2023-04-11 → 2023年4月11日; 未注明 stays. */
export function displayDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

/** The sort key of a document: published, else signed; undated last. */
export function documentDate(d: { datePublished: string; dateSigned: string }): string {
  return [d.datePublished, d.dateSigned].find((x) => /^\d/u.test(x)) ?? '';
}
