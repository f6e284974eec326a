/**
 * The content check for structured eligibility (content/eligibility/<list>.yaml) and the plain-language
 * layer (content/plain/<list>.yaml), docs/finder.md: one entry per item of every list that has items, nothing
 * for items that do not exist, and no number in plain words that the item's own text does not state.
 */
import type { Review } from '../../lib/compare/review.ts';
import { numbersNotInSource } from '../../lib/eligibility/plain.ts';
import { itemField, itemsNamed } from '../../model/friendly-errors.ts';
import { COLLECTIONS } from '../../model/layout.ts';
import type { Collection, Content, ContentFile } from '../../model/read.ts';
import { entryCoverage } from './entry-coverage.ts';
import type { CheckedList } from './lists.ts';
import { publishFirst, type Report } from './report.ts';

/** A list in `review.lists` (published before its review) may lack these files; one that exists must be complete. */
export function checkEligibility(content: Content, lists: CheckedList[], review: Review, report: Report): void {
  const listIds = new Set(content.lists.files.map((l) => l.id));
  perItem(
    'eligibility',
    content.eligibility,
    'write a rule for each item from its 服务对象, with consult where the source is vague',
    () => {},
  );
  perItem('plain', content.plain, 'write who, what and how much in plain words for each item', (f, list) => {
    content.plain.byId.get(f.id)!.data.items.forEach((p, i) => {
      const item = list.data.items.find((x) => x.number === p.number);
      if (!item) return;
      const added = numbersNotInSource(
        [p.who, p.what, p.amount ?? ''].join(' '),
        `${item.name}${item.content}${item.target}`,
      );
      if (added.length)
        report(
          f,
          `${itemField(i, p.number)}: states ${added.join(', ')}, which the item's own text does not — plain words must not change the meaning`,
        );
    });
  });

  function perItem(
    name: 'eligibility' | 'plain',
    collection: Collection<{ list: string; items: Array<{ number: number }> }>,
    what: string,
    more: (f: ContentFile, list: CheckedList) => void,
  ) {
    const folder = COLLECTIONS[name].folder;
    const files = new Map(collection.files.map((f) => [f.id, f]));
    for (const list of lists.filter((l) => l.data.items.length > 0)) {
      const f = files.get(list.file.id);
      if (!f) {
        if (!review.lists.has(list.file.id))
          report(
            list.file,
            `${folder}: ${content.label}/${folder}/${list.file.id}.yaml is missing — ${what} (docs/finder.md)${publishFirst(content.label)}`,
          );
        continue;
      }
      const data = collection.byId.get(f.id)?.data;
      if (!data) continue;
      if (data.list !== list.file.id)
        report(f, `list: "${data.list}" but the file is named for ${list.file.id} — make them agree`);
      const { missing, extra, twice } = entryCoverage(
        list.data.items.map((i) => i.number),
        data.items.map((i) => i.number),
      );
      if (missing.length) report(f, `items: ${itemsNamed(missing)} missing — ${what}`);
      if (extra.length) report(f, `items: ${itemsNamed(extra)} not in ${list.file.id} — remove the entries`);
      if (twice.length) report(f, `items: ${itemsNamed(twice)} listed twice — keep one entry per item`);
      more(f, list);
    }
    for (const [id, f] of files)
      if (!listIds.has(id)) report(f, `file name: no list "${id}" — rename or remove the file`);
  }
}
