/**
 * The content check for structured eligibility (content/eligibility/<list>.yaml) and the plain-language
 * layer (content/plain/<list>.yaml), docs/finder.md: one entry per item of every list that has items, nothing
 * for items that do not exist, and no number in plain words that the item's own text does not state.
 */
import { numbersNotInSource, plainListSchema, type PlainList } from '../../lib/eligibility/plain.ts';
import { listEligibilitySchema } from '../../model/eligibility.ts';
import type { CheckedList } from './compare.ts';
import { entryCoverage } from './entry-coverage.ts';
import { checkedData } from '../../model/friendly-errors.ts';
import { readCollection, type ContentFile } from '../../model/read.ts';

export const ELIGIBILITY_DIR = 'eligibility';
export const PLAIN_DIR = 'plain';

export function checkEligibility(contentDir: string, label: string, lists: CheckedList[], listIds: Set<string>, report: (f: ContentFile | string, m: string) => void): void {
  perItem(ELIGIBILITY_DIR, listEligibilitySchema, 'write a rule for each item from its 服务对象, with consult where the source is vague', () => {});
  perItem(PLAIN_DIR, plainListSchema, 'write who, what and how much in plain words for each item', (f, list, data) => {
    (data as PlainList).items.forEach((p, i) => {
      const item = list.data.items.find((x) => x.number === p.number);
      if (!item) return;
      const added = numbersNotInSource([p.who, p.what, p.amount ?? ''].join(' '), `${item.name}${item.content}${item.target}`);
      if (added.length) report(f, `items.${i}: states ${added.join(', ')}, which item ${item.number}'s own text does not — plain words must not change the meaning`);
    });
  });

  function perItem(folder: string, schema: typeof listEligibilitySchema | typeof plainListSchema, what: string, more: (f: ContentFile, list: CheckedList, data: unknown) => void) {
    const files = new Map(readCollection(contentDir, label, folder, '.yaml').map((f) => [f.id, f]));
    for (const list of lists.filter((l) => l.data.items.length > 0)) {
      const f = files.get(list.file.id);
      if (!f) {
        report(list.file, `${folder}: ${label}/${folder}/${list.file.id}.yaml is missing — ${what} (docs/finder.md)`);
        continue;
      }
      const checked = checkedData(f, schema, report);
      if (!checked) continue;
      const data = checked as { list: string; items: Array<{ number: number }> };
      if (data.list !== list.file.id) report(f, `list: "${data.list}" but the file is named for ${list.file.id} — make them agree`);
      const { missing, extra, twice } = entryCoverage(list.data.items.map((i) => i.number), data.items.map((i) => i.number));
      if (missing.length) report(f, `items: ${missing.join(', ')} are missing — ${what}`);
      if (extra.length) report(f, `items: ${extra.join(', ')} are not items of ${list.file.id} — remove them`);
      if (twice.length) report(f, `items: ${twice.join(', ')} appear twice — keep one`);
      more(f, list, data);
    }
    for (const [id, f] of files) if (!listIds.has(id)) report(f, `file name: no list "${id}" — rename or remove the file`);
  }
}
