/**
 * The content check for structured eligibility (content/eligibility/<list>.yaml, docs/finder.md): one rule
 * per item of every list that has items, and nothing for items that do not exist.
 */
import { listEligibilitySchema } from '../eligibility/schema.ts';
import type { CheckedList } from './check-compare.ts';
import { parseFriendly } from './friendly-errors.ts';
import { readCollection, type ContentFile } from './read.ts';

export const ELIGIBILITY_DIR = 'eligibility';

export function checkEligibility(contentDir: string, label: string, lists: CheckedList[], listIds: Set<string>, report: (f: ContentFile | string, m: string) => void): void {
  const files = new Map(readCollection(contentDir, label, ELIGIBILITY_DIR, '.yaml').map((f) => [f.id, f]));
  for (const list of lists.filter((l) => l.data.items.length > 0)) {
    const f = files.get(list.file.id);
    if (!f) {
      report(list.file, `eligibility: ${label}/${ELIGIBILITY_DIR}/${list.file.id}.yaml is missing — write a rule for each item from its 服务对象 (docs/finder.md)`);
      continue;
    }
    f.syntaxErrors.forEach((e) => report(f, e));
    if (f.syntaxErrors.length) continue;
    const parsed = parseFriendly(listEligibilitySchema, f.data);
    if ('errors' in parsed) {
      parsed.errors.forEach((e) => report(f, e));
      continue;
    }
    if (parsed.data.list !== list.file.id) report(f, `list: "${parsed.data.list}" but the file is named for ${list.file.id} — make them agree`);
    const numbers = parsed.data.items.map((i) => i.number);
    const expected = list.data.items.map((i) => i.number);
    const missing = expected.filter((n) => !numbers.includes(n));
    const extra = numbers.filter((n) => !expected.includes(n));
    const twice = numbers.filter((n, i) => numbers.indexOf(n) !== i);
    if (missing.length) report(f, `items: ${missing.join(', ')} have no rule — add one per item, with consult where the source is vague`);
    if (extra.length) report(f, `items: ${extra.join(', ')} are not items of ${list.file.id} — remove them`);
    if (twice.length) report(f, `items: ${twice.join(', ')} have two rules — keep one`);
  }
  for (const [id, f] of files) if (!listIds.has(id)) report(f, `file name: no list "${id}" — rename or remove the file`);
}
