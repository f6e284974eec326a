/**
 * Recording a re-check (最后核对) without re-ingesting: the editor compared the published text of one or more
 * documents with their origin on a given day and found it unchanged. Only `checked` of their entries in
 * sources.yaml changes; every document and the date are checked first — all or nothing.
 */
import type { SourceEntry } from '../../src/model/site-data.ts';
import { checkedDateProblem, registryText } from './add.ts';

export type RecheckResult = { refused: string[] } | { registry: string; log: string[] };

/** The new sources.yaml with `checked` set to `date` for each document, or one line per reason there is none. */
export function planRecheck(registry: SourceEntry[], documents: string[], date: string, today: string): RecheckResult {
  const refused: string[] = [];
  const badDate = checkedDateProblem(date, today);
  if (badDate) refused.push(badDate);
  const entries = new Map<string, SourceEntry>();
  for (const document of documents) {
    const entry = registry.find((e) => e.document === document && !e.version);
    if (!entry)
      refused.push(
        `document "${document}" is not in sources.yaml: give the slug of an ingested document (its URL segment)`,
      );
    else if (!badDate && date < entry.added)
      refused.push(
        `--checked ${date} is before the day document "${document}" was added (${entry.added}): a text is checked on or after it`,
      );
    else entries.set(document, entry);
  }
  if (refused.length > 0) return { refused };
  const log = [...entries.values()].map(
    (e) => `${e.document}: checked ${e.checked === date ? `${date} (unchanged)` : `${e.checked} → ${date}`}`,
  );
  const next = registry.map((e) => (entries.has(e.document) ? { ...e, checked: date } : e));
  return { registry: registryText(next), log };
}
