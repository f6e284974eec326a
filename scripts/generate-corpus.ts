#!/usr/bin/env node
// Writes a synthetic corpus for scale tests. Run `npm run generate:corpus -- --help`.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFiles, MARKER_FILE } from './corpus/corpus.ts';
import { documentsProblem } from './corpus/extras.ts';

const HELP = `Usage: npm run generate:corpus -- --regions N [--documents M] [--out DIR] [--seed S] [--from DIR]
Writes a synthetic content folder of N regions (prefectures and counties, plus their provinces), each with
one policy document and one service list of 20–30 items, made from the real documents' sentences and
items and carrying everything the content check requires. Invented names and codes; marked as synthetic.
Build it with: CONTENT_DIR=DIR npm run build   (docs/scale.md)
Options:
  --regions N   regions with a document (required)
  --documents M documents in all, older versions counted (N to 7 × N; default N, one plan per region): the
                rest are drafts of the plans, second plans and yearly list editions, spread over the regions
  --out DIR     the folder to write (default .corpus/N, with --documents .corpus/N-M); it is replaced if it
                holds an earlier corpus
  --seed S      the random seed (default "scale"): the same seed writes the same corpus
  --from DIR    the real content folder to draw from (default ./content)
  --help        this text`;

const { values } = parseArgs({
  options: {
    regions: { type: 'string' },
    documents: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    from: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help || !values.regions) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}
const regions = Number(values.regions);
if (!Number.isInteger(regions) || regions < 1) {
  console.error(`generate-corpus: --regions must be a positive whole number, not "${values.regions}"`);
  process.exit(2);
}
const documents = values.documents === undefined ? undefined : Number(values.documents);
const documentsWrong = documents === undefined ? undefined : documentsProblem(regions, documents);
if (documentsWrong) {
  console.error(`generate-corpus: ${documentsWrong.replace(/, not .*$/u, `, not "${values.documents}"`)}`);
  process.exit(2);
}
const source = resolve(values.from ?? 'content');
// The folder the bench looks in: .corpus/N, or .corpus/N-M with --documents (scripts/bench.ts).
const out = resolve(
  values.out ?? join('.corpus', documents === undefined ? String(regions) : `${regions}-${documents}`),
);
if (
  out === source ||
  !relative(source, out).startsWith('..') ||
  out === resolve('content') ||
  !relative(resolve('content'), out).startsWith('..')
) {
  console.error(
    `generate-corpus: --out ${out} is the real content folder or inside it — choose another folder (default .corpus/N or .corpus/N-M)`,
  );
  process.exit(2);
}
if (existsSync(out) && readdirSync(out).length > 0) {
  if (!existsSync(join(out, MARKER_FILE))) {
    console.error(`generate-corpus: ${out} is not empty and holds no ${MARKER_FILE}: not replacing it`);
    process.exit(2);
  }
  rmSync(out, { recursive: true, force: true });
}

const started = performance.now();
let files = 0;
let bytes = 0;
for await (const [path, text] of corpusFiles({ regions, documents, seed: values.seed ?? 'scale', source })) {
  const target = join(out, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  files += 1;
  bytes += Buffer.byteLength(text);
}
console.log(
  `generate-corpus: ${regions} regions${documents === undefined ? '' : `, ${documents} documents`} → ${relative(process.cwd(), out) || out}: ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
