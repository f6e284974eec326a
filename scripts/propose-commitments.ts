#!/usr/bin/env node
// Proposes quantified commitments from the policy texts. Run `npm run propose:commitments -- --help`.
import { join } from 'node:path';
import { commitmentCandidates } from '../src/lib/compare/candidates.ts';
import { uncoveredCandidates } from '../src/lib/compare/coverage.ts';
import { sectionParagraphs } from '../src/lib/compare/sections.ts';
import { yamlFlow } from './lib/yaml-out.ts';
import { contentDir, contentLabel } from '../src/model/layout.ts';
import { readContent } from '../src/model/read.ts';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm run propose:commitments [-- --all]
Finds every sentence of the policy texts that states a number with a unit (55%以上, 不少于1.6万户, 每百户不少于
20平方米, 全覆盖, 一刻钟 …) or a deadline (2023年底前, 到2025年, “十四五”期间), and prints the ones that
content/compare/commitments/<document>.yaml does not yet record, as YAML to paste there: one commitment
per number (fill in metric and scope, check comparator, value and unit) or a dismissal (choose a reason).
The build fails while any such sentence is unrecorded. --all prints every candidate, recorded or not.`);
  process.exit(0);
}
const all = process.argv.includes('--all');
const dir = contentDir;
let open = 0;
const content = readContent(dir, contentLabel(dir));
for (const { file: doc } of content.documents.entries) {
  const file = join(dir, 'compare/commitments', `${doc.id}.yaml`);
  const recorded = content.commitments.byId.get(doc.id)?.data ?? { document: doc.id, commitments: [], dismissed: [] };
  const candidates = commitmentCandidates(sectionParagraphs(doc.body));
  const todo = all ? candidates : uncoveredCandidates(candidates, recorded);
  if (todo.length === 0) continue;
  open += todo.length;
  console.log(`# ${file}: ${todo.length} sentence(s) to review`);
  for (const c of todo) {
    const deadline = c.deadlines[0];
    if (c.quantities.length === 0) {
      console.log(
        `  - ${yamlFlow({ anchor: c.anchor, sentence: c.sentence, reason: c.deadlines.length > 0 ? 'deadline-only' : 'description' })}`,
      );
      continue;
    }
    for (const q of c.quantities) {
      console.log(
        `  - ${yamlFlow({ metric: 'TODO', anchor: c.anchor, sentence: c.sentence, quantity: q.text, comparator: q.comparator, value: q.value, upTo: q.upTo, unit: q.unit, scope: 'TODO' })}${deadline ? ` # deadline: { text: ${JSON.stringify(deadline.text)}, year: ${deadline.year}${deadline.month ? `, month: ${deadline.month}` : ''} }` : ''}`,
      );
    }
  }
}
console.log(`${open} sentence(s) ${all ? 'found' : 'not yet recorded'}`);
