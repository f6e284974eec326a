/**
 * Adding one received file to the content folder: every argument, conflict and problem found before
 * anything is written; the result is the full set of file changes (or the reasons there is none).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isoDate, SLUG, SOURCE_FILE_NAME } from '../../src/model/common.ts';
import { SOURCES_FOLDER } from '../../src/model/layout.ts';
import type { SourceEntry } from '../../src/model/site-data.ts';
import type { FileChange } from './changes.ts';
import { toYaml } from './emit.ts';
import { extractedTextName, ingestSource, type Ingested } from './index.ts';
import { SOURCE_SIZE_LIMIT } from './inputs/index.ts';

export interface AddRequest {
  contentDir: string;
  path: string;
  region: string;
  document: string;
  /** `附件2=list-slug` as given on the command line. */
  lists: string[];
  replace: boolean;
  /** Today (src/model/build-date.ts): the day the source is recorded as added and checked. */
  today: string;
  /** --checked: the day the editor fetched the file from its origin, when not today. */
  checked?: string;
}

export type AddResult =
  | { refused: string[] }
  | { problems: Ingested['problems']; notes: Ingested['notes']; reading: Ingested['reading'] }
  | {
      changes: FileChange[];
      notes: Ingested['notes'];
      reading: Ingested['reading'];
      entry: SourceEntry;
      log: string[];
    };

const REGISTRY_HEADER = '# Which raw text becomes which document and lists (read by npm run ingest).\n';
/** content/sources/sources.yaml as ingest writes it. */
export const registryText = (entries: SourceEntry[]): string => `${REGISTRY_HEADER}${toYaml(entries)}`;

/** A --checked date: a day of the calendar, not after today; the reason it is not, else undefined. */
export function checkedDateProblem(value: string, today: string): string | undefined {
  if (!isoDate.safeParse(value).success) return `--checked "${value}" is not a date: write YYYY-MM-DD, e.g. ${today}`;
  if (value > today)
    return `--checked ${value} is after today (${today}): write the day the text was compared with its origin`;
  return undefined;
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The arguments and the input file, checked: one line per thing that is wrong. */
export function checkRequest(req: AddRequest): { refused: string[] } | { lists: { appendix: string; slug: string }[] } {
  const refused: string[] = [];
  if (!SLUG.test(req.region))
    refused.push(`--region "${req.region}" is not a slug: lower-case ASCII words joined by hyphens, e.g. daye`);
  else if (!existsSync(join(req.contentDir, 'regions', `${req.region}.yaml`)))
    refused.push(
      `region "${req.region}" does not exist: add content/regions/${req.region}.yaml first (README: Adding content)`,
    );
  if (!SLUG.test(req.document))
    refused.push(`--document "${req.document}" is not a slug: lower-case ASCII words joined by hyphens`);
  const badDate = req.checked === undefined ? undefined : checkedDateProblem(req.checked, req.today);
  if (badDate) refused.push(badDate);
  const lists: { appendix: string; slug: string }[] = [];
  for (const spec of req.lists) {
    const m = /^([^=\s]+)=([^=\s]+)$/u.exec(spec);
    if (!m || !SLUG.test(m[2]!)) refused.push(`--list "${spec}" must look like 附件2=daye-jiben-yanglao-qingdan`);
    else if (lists.some((l) => l.appendix === m[1] || l.slug === m[2]))
      refused.push(`--list "${spec}": that attachment or list slug is already given`);
    else lists.push({ appendix: m[1]!, slug: m[2]! });
  }
  if (!existsSync(req.path)) refused.push(`${req.path}: no such file`);
  else {
    const stat = statSync(req.path);
    if (stat.isDirectory()) refused.push(`${req.path}: is a directory`);
    else if (!stat.isFile()) refused.push(`${req.path}: is not a regular file`);
    else if (stat.size > SOURCE_SIZE_LIMIT)
      refused.push(
        `${req.path}: ${MB(stat.size)} is more than the ${MB(SOURCE_SIZE_LIMIT)} a source may have: split the file, or save only the document and its lists`,
      );
  }
  const name = basename(req.path);
  if (refused.some((r) => r.startsWith(`${req.path}: `))) return { refused };
  if (!SOURCE_FILE_NAME.test(name) || name.endsWith('.extracted.txt'))
    refused.push(
      `${req.path}: "${name}" cannot be kept under content/${SOURCES_FOLDER}/ as it is: rename it (no \\ / : * ? " < > |, not starting with a dot, ending in .txt, .html, .htm, .docx, .pdf, .xlsx or .csv, not .extracted.txt)`,
    );
  return refused.length > 0 ? { refused } : { lists };
}

/** Plans the ingest of one file; reads the content folder and the file, writes nothing. */
export async function planAdd(req: AddRequest, registry: SourceEntry[]): Promise<AddResult> {
  const checked = checkRequest(req);
  if ('refused' in checked) return checked;
  const { contentDir, document, replace } = req;
  const file = basename(req.path);
  const raw = readFileSync(req.path);
  const refused: string[] = [];
  const at = (path: string) => existsSync(join(contentDir, path));
  const label = 'content';

  // Never overwrite what belongs to another document; never overwrite this one without --replace.
  const byFile = registry.find((e) => e.file === file);
  if (byFile?.version)
    refused.push(
      `${label}/${SOURCES_FOLDER}/${file} is the source of an older version of "${byFile.document}" (${byFile.version.key}): rename the file to ingest it again`,
    );
  else if (byFile && byFile.document !== document)
    refused.push(
      `${label}/${SOURCES_FOLDER}/${file} already belongs to document "${byFile.document}": rename the file to ingest it for "${document}"`,
    );
  // The current version's entry; older versions (docs/versions.md) have their own.
  const previous = registry.find((e) => e.document === document && !e.version);
  const documentPath = `documents/${document}.mdx`;
  if ((previous || at(documentPath)) && !replace)
    refused.push(
      `document "${document}" exists (${label}/${documentPath}): add --replace to re-ingest it, or --supersedes to publish this text as its new version (the current one is kept as an older version); the changes are shown before they are written`,
    );
  const sourcePath = `${SOURCES_FOLDER}/${file}`;
  if (!byFile && at(sourcePath) && !readFileSync(join(contentDir, sourcePath)).equals(raw) && !replace)
    refused.push(`${label}/${sourcePath} exists with other content: rename the file, or add --replace to overwrite it`);
  for (const list of checked.lists) {
    const owner = registry.find((e) => e.document !== document && e.lists?.some((l) => l.slug === list.slug));
    if (owner)
      refused.push(
        `list "${list.slug}" belongs to document "${owner.document}": choose another slug (a list is never taken from another document)`,
      );
    else if (at(`lists/${list.slug}.yaml`) && !previous?.lists?.some((l) => l.slug === list.slug) && !replace)
      refused.push(`${label}/lists/${list.slug}.yaml exists: choose another slug, or add --replace to overwrite it`);
  }
  // A new source is added on the day it was fetched (--checked) or ingested; a re-ingest keeps its first day.
  const checkedOn = req.checked ?? req.today;
  const added = previous?.added ?? checkedOn;
  if (checkedOn < added)
    refused.push(
      `--checked ${checkedOn} is before the day document "${document}" was added (${added}): a text is checked on or after it`,
    );
  if (refused.length > 0) return { refused };

  // A text that changed is not reviewed any more; an unchanged one keeps its state.
  const unchanged = previous?.file === file && at(sourcePath) && readFileSync(join(contentDir, sourcePath)).equals(raw);
  const review = unchanged && previous?.review ? previous.review : 'pending';
  const entry: SourceEntry = {
    file,
    region: req.region,
    document,
    ...(checked.lists.length > 0 ? { lists: checked.lists } : {}),
    review,
    added,
    checked: checkedOn,
  };
  const ingested = await ingestSource(entry, raw);
  if (ingested.problems.length > 0)
    return { problems: ingested.problems, notes: ingested.notes, reading: ingested.reading };

  const changes: FileChange[] = [{ path: sourcePath, after: raw }];
  for (const [path, text] of ingested.files) changes.push({ path, after: text });
  const log: string[] = [];
  if (previous) {
    if (previous.review !== review) log.push(`review: ${previous.review ?? 'reviewed'} → ${review} (the text changed)`);
    const others = registry.filter((e) => e !== previous);
    if (previous.file !== file && !others.some((e) => e.file === previous.file)) {
      changes.push({ path: `${SOURCES_FOLDER}/${previous.file}`, after: null });
      changes.push({ path: `${SOURCES_FOLDER}/${extractedTextName(previous.file)}`, after: null });
    }
    if (!ingested.reading.text) changes.push({ path: `${SOURCES_FOLDER}/${extractedTextName(file)}`, after: null });
    for (const old of previous.lists ?? []) {
      if (checked.lists.some((l) => l.slug === old.slug)) continue;
      changes.push({ path: `lists/${old.slug}.yaml`, after: null });
      for (const review of [
        `compare/list-tags/${old.slug}.yaml`,
        `eligibility/${old.slug}.yaml`,
        `plain/${old.slug}.yaml`,
      ])
        if (at(review))
          log.push(
            `${label}/${review} belongs to the list "${old.slug}" this removes: remove it or move it to the new list`,
          );
    }
  }
  const entries = previous ? registry.map((e) => (e === previous ? entry : e)) : [...registry, entry];
  changes.push({ path: `${SOURCES_FOLDER}/sources.yaml`, after: registryText(entries) });
  return { changes, notes: ingested.notes, reading: ingested.reading, entry, log };
}
