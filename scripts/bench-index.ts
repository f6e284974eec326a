#!/usr/bin/env node
// What makes Pagefind's memory grow: indexes a built site's records again, one way per run, and measures
// Pagefind's peak RSS while adding and while writing. Run `npm run bench:index -- --help` (docs/scale.md).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { readContent } from '../src/model/read.ts';
import { indexedText } from '../src/build/search/layout.ts';
import { regionsAbove } from '../src/build/search/regions.ts';
import { filterValues } from '../src/build/search/filters.ts';
import { provinceOfRecord, searchRecords, type SearchRecord } from '../src/build/search/step.ts';
import { htmlFiles, pagePath } from '../src/build/site-files.ts';
import { watchMemory } from './lib/process-memory.ts';

const HELP = `Usage: npm run bench:index -- --dist DIR --content DIR --way WAY [--out DIR]
Indexes the searchable pages of a built site (DIR/…/index.html, as the build's one pass sees them) again:
  --way whole        one index of every record, as the build makes it (the baseline)
  --way no-anchors   the same without ids in the records (no sub-results)
  --way current      only the records of current versions (version filter 现行版本)
  --way provinces    one index per province (the province filter), one after the other
  --way parts:K      K indexes of consecutive records, one after the other
  --way cli          the records written as HTML files and indexed by the Pagefind CLI (reads files)
Prints, as its last line, one JSON object: records, words (characters of text), add and write seconds,
Pagefind's peak RSS while adding and while writing (MB; the largest part's for split ways), index MB.`;

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    content: { type: 'string' },
    way: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help || !values.dist || !values.content || !values.way) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}
const WAYS = /^(whole|no-anchors|current|provinces|cli|parts:[1-9]\d*)$/u;
const fail = (message: string): never => {
  console.error(`bench:index: ${message}`);
  process.exit(2);
};
if (!WAYS.test(values.way)) fail(`unknown --way ${values.way} — see --help`);
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'index.html')))
  fail(`${values.dist} holds no built site (no index.html) — build one first, e.g. npm run bench -- --regions 300`);
if (!existsSync(join(resolve(values.content), 'regions')))
  fail(`${values.content} is no content folder (no regions/) — name the folder the site was built from`);
const out = resolve(values.out ?? join('.bench', 'index', values.way.replace(':', '-')));
const way = values.way;

const content = readContent(resolve(values.content));
const inputs = {
  aliases: content.aliases.rows ?? [],
  regionsAbove: regionsAbove(content.regions.entries.map((r) => r.data)),
};

const records: SearchRecord[] = [];
const step = searchRecords(inputs, async (record) => {
  records.push(record);
});
for (const file of htmlFiles(dist).sort())
  await step.page({ path: pagePath(dist, file), html: readFileSync(file, 'utf8') });
await step.finish();

function groups(): SearchRecord[][] {
  if (way === 'whole' || way === 'cli') return [records];
  if (way === 'no-anchors') return [records.map((r) => ({ ...r, html: r.html.replace(/\sid="[^"]*"/gu, '') }))];
  if (way === 'current') return [records.filter((r) => !filterValues(r.html, 'version').includes('历史版本'))];
  if (way === 'provinces') {
    const by = new Map<string, SearchRecord[]>();
    for (const r of records) {
      const key = provinceOfRecord(r.html) || '（全国）';
      by.set(key, [...(by.get(key) ?? []), r]);
    }
    return [...by.values()];
  }
  const k = /^parts:(\d+)$/u.exec(way);
  if (k) {
    const size = Math.ceil(records.length / Number(k[1]));
    return Array.from({ length: Number(k[1]) }, (_, i) => records.slice(i * size, (i + 1) * size));
  }
  return fail(`unknown --way ${way} — see --help`);
}

const mb = (bytes: number) => Math.round(bytes / 1048576);
function duSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

rmSync(out, { recursive: true, force: true });
const parts = groups();
const result = {
  way,
  records: parts.reduce((n, p) => n + p.length, 0),
  parts: parts.length,
  largestPart: Math.max(...parts.map((p) => p.length)),
  textMChars: +(parts.flat().reduce((n, r) => n + indexedText(r.html), 0) / 1e6).toFixed(2),
  addSeconds: 0,
  writeSeconds: 0,
  peakAddMB: 0,
  peakWriteMB: 0,
  indexMB: 0,
};

if (way === 'cli') {
  const site = join(out, 'site');
  for (const r of records) {
    const file = join(site, r.url, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, r.html);
  }
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      resolve('node_modules/pagefind/lib/runner/bin.cjs'),
      '--site',
      site,
      '--output-path',
      join(out, 'pagefind'),
      '--force-language',
      'zh-cn',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const watch = watchMemory(child.pid!, 250);
  await new Promise((done) => child.on('exit', done));
  const memory = watch.stop();
  result.writeSeconds = +((performance.now() - started) / 1000).toFixed(1);
  result.peakWriteMB = memory.peakByProgramMB['pagefind_extend'] ?? memory.peakLargestMB;
} else {
  for (const [i, part] of parts.entries()) {
    const watch = watchMemory(process.pid, 250, () => {});
    const started = performance.now();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(errors.join('; '));
    for (const r of part) await index.addHTMLFile({ url: r.url, content: r.html });
    const added = performance.now();
    const addMemory = watch.stop();
    const writeWatch = watchMemory(process.pid, 250);
    await index.writeFiles({ outputPath: join(out, parts.length > 1 ? `part-${i}` : 'pagefind') });
    await pagefind.close();
    const writeMemory = writeWatch.stop();
    const peak = addMemory.peakByProgramMB['pagefind_extend'] ?? 0;
    result.peakAddMB = Math.max(result.peakAddMB, peak);
    result.peakWriteMB = Math.max(result.peakWriteMB, writeMemory.peakByProgramMB['pagefind_extend'] ?? 0);
    result.addSeconds += (added - started) / 1000;
    result.writeSeconds += (performance.now() - added) / 1000;
    console.log(
      `part ${i + 1}/${parts.length}: ${part.length} records, peak ${peak} MB adding, ${writeMemory.peakByProgramMB['pagefind_extend'] ?? 0} MB writing`,
    );
  }
  result.addSeconds = +result.addSeconds.toFixed(1);
  result.writeSeconds = +result.writeSeconds.toFixed(1);
}
result.indexMB = mb(duSize(out));
console.log(JSON.stringify(result));
