#!/usr/bin/env node
// Turns received policy documents into content files. Run `npm run ingest -- --help`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDate } from '../src/model/build-date.ts';
import { contentDir as defaultContentDir } from '../src/model/layout.ts';
import { readTable } from '../src/model/read.ts';
import type { SourceEntry } from '../src/model/site-data.ts';
import { planAdd } from './ingest/add.ts';
import { describeChanges, planChanges, type FileChange } from './ingest/changes.ts';
import { ingestSource } from './ingest/index.ts';
import { planSupersede } from './ingest/supersede.ts';
import { extractText, SOURCE_SIZE_LIMIT, type LineMessage } from './ingest/inputs/index.ts';
import { planRecheck } from './ingest/recheck.ts';
import { applyChanges } from './ingest/write.ts';

const HELP = `Usage:
  npm run ingest -- --file PATH --region SLUG --document SLUG [--list 附件2=list-slug] [--replace] [--dry-run]
                                          add a received document: a text (UTF-8, UTF-16, GB18030/GBK), a saved
                                          web page (.html), a Word .docx, a PDF with a text layer, or a list as
                                          .xlsx / .csv; its bytes are kept in content/sources/ with the text read
                                          from them, and the document (and its lists) written — all or nothing
  npm run ingest -- --file PATH --region SLUG --document SLUG --supersedes [--list 附件2=list-slug] [--version-key KEY] [--dry-run]
                                          publish a new version of an existing document (a final text of a draft, an
                                          amended text, next year's edition): it becomes the document at its URL, and
                                          the current text and its lists are kept as an older version under
                                          content/versions/ with their URLs and anchors (docs/versions.md)
  npm run ingest -- --file PATH --extract print the text that would be parsed (line numbers of problems refer to it)
  npm run ingest -- --checked YYYY-MM-DD --document SLUG [--document SLUG …]
                                          record that the published text was compared with its origin on that
                                          day and is unchanged (最后核对): only sources.yaml changes
  npm run ingest -- --all                 re-generate every source listed in content/sources/sources.yaml
  npm run ingest -- --check               re-generate in memory; fail if a committed file differs
Options:
  --replace       re-ingest an existing document (its files are shown with line counts, then written)
  --checked DATE  with --file: the day the file was fetched from its origin (default: today); the source is
                  recorded as added (收录日期, kept on --replace) and checked (最后核对) on that day
  --supersedes    the file is a new version of --document; every list of the current version needs its --list
  --version-key   the older version's key (its URL segment); by default its edition (2024), else its date's
                  month and draft kind (2024-03-songshengao), else its draft kind (songshengao)
  --dry-run       show what would be written, write nothing
  --content DIR   the content folder (default: $CONTENT_DIR or ./content)
  --debug         print the stack of an internal error
  --help          this text

Nothing is written unless everything is right: a problem is reported as FILE:LINE: message and content/ stays
as it was. Sources larger than ${SOURCE_SIZE_LIMIT / 1024 / 1024} MB are refused. docs/ingest-formats.md has the details.`;

/** The file being worked on, for the one line an unexpected error becomes. */
let current = '-';

function printMessages(kind: 'note' | 'ERROR', file: string, messages: LineMessage[]): void {
  for (const m of messages) {
    const line = `  ${kind === 'note' ? 'note ' : 'ERROR'} ${file}${m.line > 0 ? `:${m.line}` : ''}: ${m.message}`;
    if (kind === 'note') console.log(line);
    else console.error(line);
  }
}

function readRegistry(contentDir: string): SourceEntry[] | string[] {
  const problems: string[] = [];
  const table = readTable(contentDir, 'content', 'sources', problems);
  return problems.length > 0 ? problems : (table.rows ?? []);
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        all: { type: 'boolean' },
        check: { type: 'boolean' },
        help: { type: 'boolean' },
        file: { type: 'string' },
        region: { type: 'string' },
        document: { type: 'string', multiple: true },
        checked: { type: 'string' },
        list: { type: 'string', multiple: true },
        content: { type: 'string' },
        replace: { type: 'boolean' },
        supersedes: { type: 'boolean' },
        'version-key': { type: 'string' },
        'dry-run': { type: 'boolean' },
        extract: { type: 'boolean' },
        debug: { type: 'boolean' },
      },
    }));
  } catch (error) {
    console.error(`ingest: ${(error as Error).message.split('\n')[0]} (npm run ingest -- --help)`);
    return 2;
  }
  const recheck = values.file === undefined && values.checked !== undefined;
  const modes = [values.all, values.check, values.file !== undefined, recheck].filter(Boolean).length;
  if (values.help || modes !== 1) {
    (values.help ? console.log : console.error)(HELP);
    return values.help ? 0 : 2;
  }
  const contentDir = resolve(values.content ?? defaultContentDir);
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    console.error(`ingest: ${values.content ?? defaultContentDir}: no such content folder`);
    return 1;
  }
  if (values.file !== undefined && values.extract) return extractOnly(values.file);
  const registry = readRegistry(contentDir);
  if (typeof registry[0] === 'string') {
    for (const p of registry as string[]) console.error(`ingest: ${p}`);
    return 1;
  }
  const entries = registry as SourceEntry[];
  let today: string;
  try {
    today = buildDate();
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    return 2;
  }
  if (recheck) {
    if (!values.document) {
      console.error('ingest: --checked needs --document, or --file to ingest (npm run ingest -- --help)');
      return 2;
    }
    return recordCheck(contentDir, entries, values.document, values.checked!, today, values['dry-run'] ?? false);
  }
  if (values.file !== undefined) {
    if (!values.region || values.document?.length !== 1) {
      console.error('ingest: --file needs --region and one --document (npm run ingest -- --help)');
      return 2;
    }
    return add(contentDir, entries, {
      path: values.file,
      region: values.region,
      document: values.document[0]!,
      lists: values.list ?? [],
      replace: values.replace ?? false,
      supersedes: values.supersedes ?? false,
      ...(values['version-key'] !== undefined ? { versionKey: values['version-key'] } : {}),
      dryRun: values['dry-run'] ?? false,
      today,
      ...(values.checked === undefined ? {} : { checked: values.checked }),
    });
  }
  return regenerate(contentDir, entries, values.check ?? false);
}

async function extractOnly(path: string): Promise<number> {
  current = path;
  if (!existsSync(path) || statSync(path).isDirectory()) {
    console.error(`ingest: ${path}: ${existsSync(path) ? 'is a directory' : 'no such file'}`);
    return 1;
  }
  const extracted = await extractText(path, readFileSync(path));
  console.error(`ingest: ${path}: ${extracted.format}${extracted.encoding ? `, ${extracted.encoding}` : ''}`);
  printMessages('note', path, extracted.notes);
  if (extracted.problems.length > 0) {
    for (const p of extracted.problems) console.error(`${path}:${p.line}: ${p.message}`);
    return 1;
  }
  process.stdout.write(extracted.text);
  return 0;
}

function recordCheck(
  contentDir: string,
  registry: SourceEntry[],
  documents: string[],
  date: string,
  today: string,
  dryRun: boolean,
): number {
  current = 'content/sources/sources.yaml';
  const result = planRecheck(registry, documents, date, today);
  if ('refused' in result) {
    for (const line of result.refused) console.error(`ingest: ${line}`);
    return 1;
  }
  for (const line of result.log) console.log(`ingest: ${line}`);
  if (dryRun) {
    console.log('ingest: --dry-run: nothing written');
    return 0;
  }
  applyChanges(contentDir, planChanges(contentDir, [{ path: 'sources/sources.yaml', after: result.registry }]));
  console.log('ingest: content/sources/sources.yaml written; next: npm run build, commit');
  return 0;
}

async function add(
  contentDir: string,
  registry: SourceEntry[],
  req: {
    path: string;
    region: string;
    document: string;
    lists: string[];
    replace: boolean;
    supersedes: boolean;
    versionKey?: string;
    dryRun: boolean;
    today: string;
    checked?: string;
  },
): Promise<number> {
  current = req.path;
  if (req.versionKey !== undefined && !req.supersedes) {
    console.error('ingest: --version-key goes with --supersedes (npm run ingest -- --help)');
    return 2;
  }
  const result = req.supersedes
    ? await planSupersede({ ...req, contentDir }, registry)
    : await planAdd({ ...req, contentDir }, registry);
  if ('refused' in result) {
    // One line per reason; a refusal never writes anything.
    for (const line of result.refused) console.error(`ingest: ${line}`);
    return 1;
  }
  const how = `${result.reading.format}${result.reading.encoding ? `, ${result.reading.encoding}` : ''}`;
  printMessages('note', req.path, result.notes);
  if ('problems' in result) {
    for (const p of result.problems) console.error(`${req.path}:${p.line}: ${p.message}`);
    const hint = result.reading.text
      ? `; its line numbers are those of the text read from it: npm run ingest -- --file ${req.path} --extract`
      : '';
    console.error(`ingest: nothing written for ${req.path} (read as ${how})${hint}`);
    return 1;
  }
  const planned = planChanges(contentDir, result.changes);
  const unexpected = planned.filter((c) => c.kind !== 'add' && !c.path.endsWith('sources.yaml'));
  // A new version changes the document and its lists and moves the current ones (docs/versions.md).
  if (unexpected.length > 0 && !req.replace && !req.supersedes) {
    // planAdd refuses these already; this guard keeps a mistake there from ever overwriting a file.
    console.error(
      `ingest: would change ${unexpected.map((c) => c.path).join(', ')} without --replace: nothing written`,
    );
    return 1;
  }
  console.log(`ingest: ${req.path} read as ${how}`);
  for (const line of result.log) console.log(`ingest: ${line}`);
  console.log(
    `ingest: ${req.dryRun ? 'would change' : req.replace || req.supersedes ? 'changes' : 'writes'} content/:`,
  );
  for (const line of describeChanges('content', planned)) console.log(line);
  if (req.dryRun) {
    console.log('ingest: --dry-run: nothing written');
    return 0;
  }
  applyChanges(contentDir, planned);
  console.log(
    `ingest: ${result.entry.document} written (review: ${result.entry.review}); next: npm run build, npm run urls -- --update, commit`,
  );
  return 0;
}

async function regenerate(contentDir: string, registry: SourceEntry[], check: boolean): Promise<number> {
  const changes: FileChange[] = [];
  let failed = false;
  for (const entry of registry) {
    current = `content/sources/${entry.file}`;
    const path = join(contentDir, 'sources', entry.file);
    if (!existsSync(path)) {
      console.error(`  ERROR ${current}: no such file (it is listed in sources.yaml)`);
      failed = true;
      continue;
    }
    const { files, problems, notes } = await ingestSource(entry, readFileSync(path));
    printMessages('note', `sources/${entry.file}`, notes);
    if (problems.length > 0) {
      failed = true;
      printMessages('ERROR', `sources/${entry.file}`, problems);
      console.error(`ingest: ${entry.file} does not ingest; fix the source or the parser (scripts/ingest/)`);
      continue;
    }
    for (const [path, text] of files) changes.push({ path, after: text });
    console.log(`${entry.file} → ${[...files.keys()].join(', ')}`);
  }
  const planned = planChanges(contentDir, changes);
  if (check) {
    for (const c of planned)
      console.error(`  DIFFERS content/${c.path}: run npm run ingest -- --all and review the change`);
    console.log(`ingest: ${registry.length} source(s), ${planned.length} file(s) differ`);
    return failed || planned.length > 0 ? 1 : 0;
  }
  if (failed) {
    console.error('ingest: nothing written (every source must ingest before any file is written)');
    return 1;
  }
  for (const line of describeChanges('content', planned)) console.log(line);
  applyChanges(contentDir, planned);
  console.log(`ingest: ${registry.length} source(s), ${planned.length} file(s) written`);
  return 0;
}

const debug = process.argv.includes('--debug');
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    console.error(`ingest: ${current}: internal error: ${message} — please report`);
    if (debug && error instanceof Error) console.error(error.stack);
    process.exit(1);
  },
);
