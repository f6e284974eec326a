/** Service lists: unique slugs named like their files, a known region and document, items numbered and tiered (or 未注明) as the list says, groups in order. */
import { itemField } from '../../model/friendly-errors.ts';
import type { ListData } from '../../model/list.ts';
import { UNSTATED } from '../../model/vocab.ts';
import type { Content, ContentFile } from '../../model/read.ts';
import type { Report } from './report.ts';

export interface CheckedList {
  file: ContentFile;
  data: ListData;
}

export function checkLists(
  content: Content,
  documentAnchors: Map<string, Set<string>>,
  regionExists: (f: ContentFile, field: string, value: string) => void,
  report: Report,
): CheckedList[] {
  const bySlug = new Map<string, ContentFile>();
  const documentIds = new Set(content.documents.files.map((d) => d.id));
  const checked: CheckedList[] = [];
  for (const { file: f, data } of content.lists.entries) {
    const twin = bySlug.get(data.slug);
    if (twin) report(f, `slug: "${data.slug}" is already used by ${twin.path} — give this list another slug`);
    else if (data.slug !== f.id)
      report(f, `slug: "${data.slug}" differs from the file name "${f.id}" — rename the file to ${data.slug}.yaml`);
    bySlug.set(data.slug, f);
    checked.push({ file: f, data });
    regionExists(f, 'region', data.region);
    const anchors = documentAnchors.get(data.document);
    if (!documentIds.has(data.document))
      report(
        f,
        `document: no document "${data.document}" — add content/documents/${data.document}.mdx or correct the slug`,
      );
    else if (anchors && !anchors.has(data.appendixAnchor))
      report(
        f,
        `appendixAnchor: "${data.appendixAnchor}" is not an anchor of ${data.document} — use the attachment's anchor`,
      );
    data.items.forEach((item, i) => {
      if (item.number !== i + 1)
        report(
          f,
          `${itemField(i, item.number)}.number: ${item.number} where ${i + 1} was expected — items are numbered 1, 2, 3 … without gaps or repeats`,
        );
      const range = data.tiers.find((t) => item.number >= t.from && item.number <= t.to);
      if (data.tiers.length > 0 && range?.tier !== item.tier)
        report(
          f,
          `${itemField(i, item.number)}.tier: "${item.tier}" but the tiers put the item in ${range?.tier ?? 'no tier'} — correct the tier or the ranges`,
        );
      else if (data.tiers.length === 0 && item.tier !== UNSTATED)
        report(
          f,
          `${itemField(i, item.number)}.tier: "${item.tier}" but the list states no tiers (tiers is empty) — write ${UNSTATED}, or add the tier ranges the list gives`,
        );
    });
    let after = 0;
    for (const [g, group] of (data.groups ?? []).entries()) {
      if (group.from < after || group.to < group.from || group.to > data.items.length)
        report(
          f,
          `groups[${g}]: items ${group.from}–${group.to} — a group covers items of the list in order, from its first item to its last, without overlapping the group before`,
        );
      after = group.to + 1;
    }
    if (data.itemsMissing !== (data.items.length === 0))
      report(
        f,
        `itemsMissing: ${data.itemsMissing} but the list has ${data.items.length} items — set it to ${data.items.length === 0}`,
      );
    if (!data.itemsMissing && data.items.length !== data.declaredItemCount)
      report(
        f,
        `declaredItemCount: ${data.declaredItemCount} but ${data.items.length} items are listed — make them agree`,
      );
  }
  return checked;
}
