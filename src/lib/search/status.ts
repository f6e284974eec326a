/**
 * What the search page says about a search (its role="status" line): how many pages and results, or that
 * nothing was found. The query is echoed back bounded, so that a very long query (pasted text, a crafted
 * link) does not fill the screen and the screen reader's announcement.
 */

/** Characters of the query echoed back before “…”. */
const ECHO_LIMIT = 30;

/** The query as echoed back: whole when it is short, else its first ECHO_LIMIT characters (code points) and “…”. */
export function echoQuery(q: string, limit = ECHO_LIMIT): string {
  const chars = Array.from(q);
  return chars.length <= limit ? q : `${chars.slice(0, limit).join('').trimEnd()}…`;
}

export interface SearchOutcome {
  /** The query as the visitor typed it ("" for filters alone). */
  q: string;
  /** Pages that matched. */
  total: number;
  /** Result cards shown so far. */
  shown: number;
  /** Pages shown per batch. */
  pageSize: number;
}

export function searchStatus({ q, total, shown, pageSize }: SearchOutcome): string {
  const echo = q ? echoQuery(q) : '';
  if (total === 0) return `没有找到${echo ? `与“${echo}”` : ''}相关的内容。可以换个说法、用更短的词，或去掉筛选条件。`;
  return `找到 ${total} 个相关页面${echo ? `（“${echo}”）` : ''}，${total > pageSize ? `先显示前 ${pageSize} 个页面里的` : '共'} ${shown} 条结果。`;
}
