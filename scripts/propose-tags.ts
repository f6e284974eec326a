#!/usr/bin/env node
// Proposes topic and service-kind tags. Run `npm run propose:tags -- --help`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectionParagraphs } from '../src/lib/compare/sections.ts';
import { mentionedServices, proposeServiceKind, proposeTopics } from './lib/tagging.ts';
import { taggableUnits } from '../src/lib/compare/units.ts';
import { yamlFlow } from './lib/yaml-out.ts';
import { contentDir, contentLabel } from '../src/model/layout.ts';
import { readContent } from '../src/model/read.ts';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm run propose:tags [-- --report]
Proposes topics for every task of every document and a service kind for every list item, from the
keywords and local names in content/compare/topics.yaml and service-kinds.yaml.
Without options: adds the tasks and items that have no tags yet to content/compare/document-tags/ and
list-tags/, marked "proposed: true". Review them, then delete that mark (the build refuses proposed tags).
Tags already there are never changed.
--report: writes nothing; prints where the rules and the reviewed tags differ, and how often they agree.`);
  process.exit(0);
}
const report = process.argv.includes('--report');
const dir = contentDir;
const content = readContent(dir, contentLabel(dir));
// A tags file that does not parse would be written over with fresh proposals: stop first.
const broken = content.problems.filter((p) => p.startsWith(`${content.label}/compare/`));
if (broken.length > 0) {
  console.error(`propose:tags: fix these first (nothing written):\n${broken.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
const topics = content.topics.rows ?? [];
const kinds = content.serviceKinds.rows ?? [];

let agree = 0,
  proposedTotal = 0,
  reviewedTotal = 0,
  added = 0;
for (const { file: doc, data } of content.documents.entries) {
  const sections = sectionParagraphs(doc.body);
  const file = join(dir, 'compare/document-tags', `${doc.id}.yaml`);
  const stored = new Map((content.documentTags.byId.get(doc.id)?.data.units ?? []).map((u) => [u.anchor, u]));
  const lines: string[] = [];
  for (const unit of taggableUnits(data.outline)) {
    const text = (sections.get(unit.anchor) ?? []).join('');
    const topicIds = proposeTopics(unit.title, text, topics);
    const services = mentionedServices(`${unit.title}${text}`, kinds);
    const have = stored.get(unit.anchor);
    if (have) {
      const hits = topicIds.filter((t) => have.topics.includes(t)).length;
      agree += hits;
      proposedTotal += topicIds.length;
      reviewedTotal += have.topics.length;
      if (report && (hits !== topicIds.length || hits !== have.topics.length)) {
        console.log(
          `${doc.id}#${unit.anchor} ${unit.title}: rules ${topicIds.join(',') || '—'} | reviewed ${have.topics.join(',')}`,
        );
      }
      lines.push(
        `  - ${yamlFlow({ anchor: unit.anchor, topics: have.topics, services: have.services ?? [], proposed: have.proposed })}`,
      );
    } else {
      added++;
      lines.push(`  - ${yamlFlow({ anchor: unit.anchor, topics: topicIds, services, proposed: true })}`);
    }
  }
  if (!report)
    writeFileSync(
      file,
      `# Topics of each task of ${doc.id} (docs/compare.md). Proposed by npm run propose:tags, reviewed by hand.\ndocument: ${doc.id}\nunits:\n${lines.join('\n')}\n`,
    );
}
for (const { file: list, data } of content.lists.entries) {
  if (data.items.length === 0) continue;
  const file = join(dir, 'compare/list-tags', `${list.id}.yaml`);
  const stored = new Map((content.listTags.byId.get(list.id)?.data.items ?? []).map((i) => [i.number, i]));
  const lines: string[] = [];
  for (const item of data.items) {
    const service = proposeServiceKind(item.name, kinds);
    const topicIds = proposeTopics(item.name, item.content, topics);
    const have = stored.get(item.number);
    if (have) {
      if (report && have.service !== service)
        console.log(`${list.id} item ${item.number} ${item.name}: rules ${service ?? '—'} | reviewed ${have.service}`);
      lines.push(
        `  - ${yamlFlow({ number: item.number, service: have.service, topics: have.topics ?? [], proposed: have.proposed })}  # ${item.name}`,
      );
    } else {
      added++;
      lines.push(
        `  - ${yamlFlow({ number: item.number, service: service ?? 'unknown', topics: topicIds, proposed: true })}  # ${item.name}`,
      );
    }
  }
  if (!report)
    writeFileSync(
      file,
      `# The service kind of each item of ${list.id} (docs/compare.md). Proposed by npm run propose:tags, reviewed by hand.\nlist: ${list.id}\nitems:\n${lines.join('\n')}\n`,
    );
}
if (report) {
  console.log(
    `topic tags: the rules proposed ${proposedTotal}, reviewers kept ${agree} of them and have ${reviewedTotal} in all (precision ${(agree / Math.max(proposedTotal, 1)).toFixed(2)}, recall ${(agree / Math.max(reviewedTotal, 1)).toFixed(2)})`,
  );
} else {
  console.log(
    `${added} new tag entr${added === 1 ? 'y' : 'ies'} proposed (marked proposed: true) — review them in content/compare/`,
  );
}
