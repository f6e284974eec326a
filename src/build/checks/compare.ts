/**
 * The content check for the comparison layer (content/compare/, docs/compare.md): the taxonomy, the tags
 * on every task and list item, and the quantified commitments, each sentence proven to stand verbatim in
 * the section its anchor names, and every numeric sentence of every text accounted for.
 */
import { commitmentCandidates } from '../../lib/compare/candidates.ts';
import { uncoveredCandidates } from '../../lib/compare/coverage.ts';
import { deadlinesIn } from '../../lib/compare/quantities.ts';
import { sectionParagraphs } from '../../lib/compare/sections.ts';
import { taggableUnits } from '../../lib/compare/units.ts';
import { stripWhitespace } from '../../lib/text.ts';
import { itemField, itemsNamed } from '../../model/friendly-errors.ts';
import { COLLECTIONS, TABLES } from '../../model/layout.ts';
import type { Content, ContentFile, Table } from '../../model/read.ts';
import type { Review } from '../../lib/compare/review.ts';
import type { CheckedDocument } from './documents.ts';
import { entryCoverage } from './entry-coverage.ts';
import type { CheckedList } from './lists.ts';
import { publishFirst, type Report } from './report.ts';

export interface CheckedContent {
  /** Documents that passed their own checks. */
  documents: CheckedDocument[];
  /** Lists that passed their own checks. */
  lists: CheckedList[];
  /** Documents and lists published before their review: their review files may be absent, not incomplete. */
  review: Review;
}

export function checkCompare(content: Content, { documents, lists, review }: CheckedContent, report: Report): void {
  const dir = `${content.label}/compare`;
  // Every document and list file, valid or not (a tags file for an invalid document is not an orphan).
  const documentIds = new Set(content.documents.files.map((d) => d.id));
  const listIds = new Set(content.lists.files.map((l) => l.id));
  const table = <T extends { id: string }>(
    name: 'topics' | 'serviceKinds' | 'metrics',
    { file, rows }: Table<T>,
  ): Map<string, T> => {
    const ids = new Map<string, T>();
    if (!file) {
      report(`${content.label}/${TABLES[name].path}`, 'file missing — the comparison pages need it (docs/compare.md)');
      return ids;
    }
    rows?.forEach((row, i) => {
      if (ids.has(row.id)) report(file, `${i}.id: "${row.id}" is used twice — give each entry its own id`);
      ids.set(row.id, row);
    });
    return ids;
  };
  const topics = table('topics', content.topics);
  const kinds = table('serviceKinds', content.serviceKinds);
  const metrics = table('metrics', content.metrics);
  const metricsFile = `${dir}/metrics.yaml`;
  [...metrics.values()].forEach((m, i) => {
    if (!topics.has(m.topic)) report(metricsFile, `${i}.topic: no topic "${m.topic}" — use an id from topics.yaml`);
  });
  const needTopic = (f: ContentFile, field: string, id: string) => {
    if (!topics.has(id))
      report(f, `${field}: no topic "${id}" — use an id from ${dir}/topics.yaml or add the topic there`);
  };
  const needKind = (f: ContentFile, field: string, id: string) => {
    if (!kinds.has(id))
      report(f, `${field}: no service kind "${id}" — use an id from ${dir}/service-kinds.yaml or add the kind there`);
  };

  // Tags on every task.
  const unitTopics = new Map<string, { file: ContentFile; index: number; topics: string[] }>();
  const docTags = new Map(content.documentTags.files.map((f) => [f.id, f]));
  for (const doc of documents) {
    const f = docTags.get(doc.file.id);
    if (!f) {
      if (!review.documents.has(doc.file.id))
        report(
          doc.file,
          `tags: ${dir}/document-tags/${doc.file.id}.yaml is missing — run npm run propose:tags and review the proposals${publishFirst(content.label)}`,
        );
      continue;
    }
    const tags = content.documentTags.byId.get(f.id)?.data;
    if (!tags) continue;
    if (tags.document !== doc.file.id)
      report(f, `document: "${tags.document}" but the file is named for ${doc.file.id} — make them agree`);
    const { missing, extra, twice } = entryCoverage(
      taggableUnits(doc.data.outline).map((u) => u.anchor),
      tags.units.map((u) => u.anchor),
    );
    if (twice.length) report(f, `units: ${twice.join(', ')} tagged twice — keep one entry per task`);
    if (missing.length)
      report(f, `units: ${missing.join(', ')} have no tags — run npm run propose:tags and review the proposals`);
    if (extra.length)
      report(f, `units: ${extra.join(', ')} are not tasks of ${doc.file.id} — remove them or correct the anchors`);
    tags.units.forEach((u, i) => {
      unitTopics.set(`${doc.file.id}#${u.anchor}`, { file: f, index: i, topics: u.topics });
      u.topics.forEach((t, j) => needTopic(f, `units.${i}.topics.${j}`, t));
      u.services.forEach((s, j) => needKind(f, `units.${i}.services.${j}`, s));
      if (u.proposed)
        report(
          f,
          `units.${i}.proposed: the tags of ${u.anchor} are not reviewed yet — check its topics, then delete "proposed: true"`,
        );
    });
  }
  for (const [id, f] of docTags)
    if (!documentIds.has(id)) report(f, `file name: no document "${id}" — rename or remove the file`);

  // A service kind for every list item.
  const listTags = new Map(content.listTags.files.map((f) => [f.id, f]));
  for (const list of lists.filter((l) => l.data.items.length > 0)) {
    const f = listTags.get(list.file.id);
    if (!f) {
      if (!review.lists.has(list.file.id))
        report(
          list.file,
          `tags: ${dir}/list-tags/${list.file.id}.yaml is missing — run npm run propose:tags and review the proposals${publishFirst(content.label)}`,
        );
      continue;
    }
    const tags = content.listTags.byId.get(f.id)?.data;
    if (!tags) continue;
    if (tags.list !== list.file.id)
      report(f, `list: "${tags.list}" but the file is named for ${list.file.id} — make them agree`);
    const { missing, twice } = entryCoverage(
      list.data.items.map((i) => i.number),
      tags.items.map((i) => i.number),
    );
    if (twice.length) report(f, `items: ${itemsNamed(twice)} tagged twice — keep one entry per item`);
    if (missing.length)
      report(
        f,
        `items: ${itemsNamed(missing, ['has', 'have'])} no service kind — run npm run propose:tags and review the proposals`,
      );
    tags.items.forEach((item, i) => {
      const at = itemField(i, item.number);
      if (item.number > list.data.items.length)
        report(f, `${at}.number: the list has no item ${item.number} — remove the entry`);
      needKind(f, `${at}.service`, item.service);
      item.topics.forEach((t, j) => needTopic(f, `${at}.topics.${j}`, t));
      if (item.proposed)
        report(
          f,
          `${at}.proposed: the tags of this item are not reviewed yet — check them, then delete "proposed: true"`,
        );
    });
  }

  for (const [id, f] of listTags)
    if (!listIds.has(id)) report(f, `file name: no list "${id}" — rename or remove the file`);

  // Commitments: verbatim at their anchor, and every numeric sentence accounted for.
  const commitmentFiles = new Map(content.commitments.files.map((f) => [f.id, f]));
  for (const doc of documents) {
    const f = commitmentFiles.get(doc.file.id);
    if (!f && review.documents.has(doc.file.id)) continue;
    const sections = sectionParagraphs(doc.file.body);
    const recorded = f
      ? content.commitments.byId.get(f.id)?.data
      : { document: doc.file.id, commitments: [], dismissed: [] };
    if (!recorded) continue;
    const where = f ?? `${content.label}/${COLLECTIONS.commitments.folder}/${doc.file.id}.yaml`;
    const sectionText = (anchor: string) => stripWhitespace((sections.get(anchor) ?? []).join(''));
    // A date counts only when the quoted sentence itself sets it, and says the year (and month) recorded.
    const checkDeadline = (field: string, sentence: string, d: { text: string; year: number; month?: number }) => {
      if (!sentence.includes(d.text))
        report(
          where,
          `${field}.deadline.text: "${d.text}" is not in the sentence — quote the words of the sentence that set the date, or leave the deadline out (未注明)`,
        );
      else if (
        !deadlinesIn(sentence).some((x) =>
          x.text.includes(d.text) || d.text.includes(x.text) ? x.year === d.year && x.month === d.month : false,
        )
      ) {
        report(
          where,
          `${field}.deadline: year ${d.year}${d.month ? ` month ${d.month}` : ''} does not match "${d.text}" — correct the year or month`,
        );
      }
    };
    const inSection = (field: string, anchor: string, sentence: string) => {
      if (!doc.anchors.has(anchor))
        report(
          where,
          `${field}.anchor: "${anchor}" is not an anchor of ${doc.file.id} — use the anchor of the task or section the sentence stands in`,
        );
      else if (!sectionText(anchor).includes(stripWhitespace(sentence)))
        report(
          where,
          `${field}.sentence: not found verbatim under #${anchor} of ${doc.file.id} — copy the whole sentence from the text, punctuation included`,
        );
    };
    recorded.commitments.forEach((c, i) => {
      const field = `commitments.${i}`;
      if (!metrics.has(c.metric))
        report(
          where,
          `${field}.metric: no metric "${c.metric}" — use an id from ${dir}/metrics.yaml or add the metric there`,
        );
      inSection(field, c.anchor, c.sentence);
      if (!c.sentence.includes(c.quantity))
        report(
          where,
          `${field}.quantity: "${c.quantity}" is not in the sentence — quote the phrase that carries the number`,
        );
      if (c.deadline) checkDeadline(field, c.sentence, c.deadline);
      // A task with a commitment must show on its metric's topic page, or the two pages disagree.
      const metric = metrics.get(c.metric);
      const unit = unitTopics.get(`${doc.file.id}#${c.anchor}`);
      if (metric && unit && !unit.topics.includes(metric.topic)) {
        report(
          unit.file,
          `units.${unit.index}.topics: ${c.anchor} states a commitment on ${c.metric} — add its topic "${metric.topic}"`,
        );
      }
      if (c.upTo !== undefined && c.upTo <= c.value)
        report(where, `${field}.upTo: ${c.upTo} is not above value ${c.value} — a range goes from value up to upTo`);
    });
    recorded.dismissed.forEach((d, i) => {
      inSection(`dismissed.${i}`, d.anchor, d.sentence);
      if (d.deadline) checkDeadline(`dismissed.${i}`, d.sentence, d.deadline);
    });
    if (f && recorded.document !== doc.file.id)
      report(f, `document: "${recorded.document}" but the file is named for ${doc.file.id} — make them agree`);
    for (const c of uncoveredCandidates(commitmentCandidates(sections), recorded)) {
      report(
        where,
        `#${c.anchor}: "${c.sentence}" states a number or a deadline but is neither a commitment nor dismissed — run npm run propose:commitments and record it`,
      );
    }
  }
  for (const [id, f] of commitmentFiles)
    if (!documentIds.has(id)) report(f, `file name: no document "${id}" — rename or remove the file`);
}
