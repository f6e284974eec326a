#!/usr/bin/env node
// Turns raw policy texts into content files. Run `npm run ingest -- --help`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import type { SourceEntry } from '../src/model/site-data.ts';
import { ingestSource } from './ingest/index.ts';
import { toYaml } from './ingest/emit.ts';
import { SLUG } from '../src/model/common.ts';
import { contentDir as defaultContentDir } from '../src/model/layout.ts';

const HELP = `Usage:
  npm run ingest -- --all                 re-generate every source listed in content/sources/sources.yaml
  npm run ingest -- --check               re-generate in memory; fail if a committed file differs
  npm run ingest -- --file PATH --region SLUG --document SLUG [--list 附件2=list-slug]
                                          add a new raw text: copy it to content/sources/, list it, generate
Options:
  --content DIR   the content folder (default: $CONTENT_DIR or ./content)
  --help          this text

Lines the parser cannot place are reported as FILE:LINE: message, and nothing is written for that source.`;

const { values } = parseArgs({
  options: {
    all: { type: 'boolean' },
    check: { type: 'boolean' },
    help: { type: 'boolean' },
    file: { type: 'string' },
    region: { type: 'string' },
    document: { type: 'string' },
    list: { type: 'string', multiple: true },
    content: { type: 'string' },
  },
});
if (values.help || (!values.all && !values.check && !values.file)) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}

const contentDir = resolve(values.content ?? defaultContentDir);
const registryPath = join(contentDir, 'sources', 'sources.yaml');
const registry: SourceEntry[] = existsSync(registryPath) ? (parse(readFileSync(registryPath, 'utf8')) ?? []) : [];

function fail(message: string): never {
  console.error(`ingest: ${message}`);
  process.exit(1);
}

let entries = registry;
if (values.file) {
  const { region, document } = values;
  if (!region || !document) fail('--file needs --region and --document');
  if (!SLUG.test(document)) fail(`--document "${document}" is not a slug: lower-case ASCII words joined by hyphens`);
  if (!existsSync(join(contentDir, 'regions', `${region}.yaml`))) {
    fail(`region "${region}" does not exist: add content/regions/${region}.yaml first (README: Adding content)`);
  }
  const lists = (values.list ?? []).map((spec) => {
    const [appendix, slug] = spec.split('=');
    if (!appendix || !slug || !SLUG.test(slug))
      fail(`--list "${spec}" must look like 附件2=daye-jiben-yanglao-qingdan`);
    return { appendix, slug };
  });
  const file = basename(values.file);
  const entry: SourceEntry = { file, region, document, ...(lists.length ? { lists } : {}) };
  const target = join(contentDir, 'sources', file);
  if (resolve(values.file) !== target) copyFileSync(values.file, target);
  entries = [...registry.filter((e) => e.file !== file), entry];
  writeFileSync(
    registryPath,
    `# Which raw text becomes which document and lists (read by npm run ingest).\n${toYaml(entries)}`,
  );
  entries = [entry];
}

let failed = false;
let changed = 0;
for (const entry of entries) {
  const raw = readFileSync(join(contentDir, 'sources', entry.file));
  const { files, problems, notes } = ingestSource(entry, raw);
  for (const n of notes) console.log(`  note  sources/${entry.file}:${n.line}: ${n.message}`);
  if (problems.length > 0) {
    failed = true;
    for (const p of problems) console.error(`  ERROR sources/${entry.file}:${p.line}: ${p.message}`);
    console.error(`ingest: nothing written for ${entry.file}; fix the source or the parser (scripts/ingest/)`);
    continue;
  }
  for (const [path, text] of files) {
    const target = join(contentDir, path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (current === text) continue;
    changed++;
    if (values.check) {
      failed = true;
      console.error(`  DIFFERS content/${path}: run npm run ingest -- --all and review the change`);
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      console.log(`  wrote content/${path}`);
    }
  }
  console.log(`${entry.file} → ${[...files.keys()].join(', ')}`);
}
console.log(`ingest: ${entries.length} source(s), ${changed} file(s) ${values.check ? 'differ' : 'written'}`);
process.exit(failed ? 1 : 0);
