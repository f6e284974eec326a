/**
 * A new version of a document (`npm run ingest -- --supersedes`, docs/versions.md): the received text becomes the
 * document at its canonical path, and the current text with its lists moves to content/versions/ as an older
 * version — regenerated from its own source with its `version` block, so that `npm run ingest -- --all` makes
 * the same files. Its review files move beside it; the sources register records both. Everything is checked and
 * planned before anything is written; the result is the full set of file changes (or the reasons there is none).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { replacedByNote, replacedOn, versionKey, versionKind, type KeyFacts } from '../../src/lib/versions/keys.ts';
import { SLUG } from '../../src/model/common.ts';
import { isDraft } from '../../src/model/vocab.ts';
import { SOURCES_FOLDER, VERSIONS_FOLDER } from '../../src/model/layout.ts';
import { parseContentText } from '../../src/model/read.ts';
import type { SourceEntry } from '../../src/model/site-data.ts';
import type { VersionBlock } from '../../src/model/version.ts';
import { checkRequest, registryText, type AddRequest, type AddResult } from './add.ts';
import type { FileChange } from './changes.ts';
import { ingestSource } from './index.ts';

export interface SupersedeRequest extends AddRequest {
  /** The older version's key, when the editor chooses it (else made from its edition, date and status). */
  versionKey?: string;
}

const label = 'content';

/** The front matter and body of an MDX text. */
function readMdx(text: string, path: string): { data: KeyFacts; body: string } {
  const file = parseContentText(text, path, path, true);
  return { data: file.data as KeyFacts, body: file.body };
}

/** The review files of a document and its lists (docs/content-model.md): they reviewed the text they sit beside. */
const reviewFiles = (document: string, lists: readonly string[]) => [
  `compare/document-tags/${document}.yaml`,
  `compare/commitments/${document}.yaml`,
  ...lists.flatMap((l) => [`compare/list-tags/${l}.yaml`, `eligibility/${l}.yaml`, `plain/${l}.yaml`]),
];

/** Plans a new version of an existing document; reads the content folder and the file, writes nothing. */
export async function planSupersede(req: SupersedeRequest, registry: SourceEntry[]): Promise<AddResult> {
  const checked = checkRequest(req);
  if ('refused' in checked) return checked;
  const { contentDir, document } = req;
  const at = (path: string) => existsSync(join(contentDir, path));
  const documentPath = `documents/${document}.mdx`;
  const refused: string[] = [];
  const current = registry.find((e) => e.document === document && !e.version);
  if (req.replace)
    refused.push('--supersedes keeps the current text as an older version; --replace overwrites it: give one of them');
  if (!at(documentPath)) {
    refused.push(
      `--supersedes: document "${document}" does not exist (${label}/${documentPath}): ingest its first text without --supersedes`,
    );
    return { refused };
  }
  if (!current) {
    refused.push(
      `--supersedes: document "${document}" has no entry in ${label}/${SOURCES_FOLDER}/sources.yaml: only a document made by npm run ingest can get a new version`,
    );
    return { refused };
  }
  const file = basename(req.path);
  const owner = registry.find((e) => e.file === file);
  if (owner)
    refused.push(
      `${label}/${SOURCES_FOLDER}/${file} is already the source of "${owner.document}"${owner.version ? ` (version ${owner.version.key})` : ''}: a new version is a new file — rename it`,
    );
  else if (at(`${SOURCES_FOLDER}/${file}`)) refused.push(`${label}/${SOURCES_FOLDER}/${file} exists: rename the file`);
  if (req.region !== current.region)
    refused.push(
      `--region "${req.region}" but "${document}" is of "${current.region}": a new version is of the document's own region`,
    );
  const raw = readFileSync(req.path);
  const currentRaw = readFileSync(join(contentDir, SOURCES_FOLDER, current.file));
  if (currentRaw.equals(raw))
    refused.push(
      `${req.path} is the same file as the current version's source (${label}/${SOURCES_FOLDER}/${current.file}): nothing to supersede`,
    );
  // A list's URL and its items' URLs must stay: the new version continues every list of the current one.
  for (const old of current.lists ?? [])
    if (!checked.lists.some((l) => l.slug === old.slug))
      refused.push(
        `the current version has the list "${old.slug}" (${old.appendix}): give --list <attachment>=${old.slug} for the new version's list, so that its URL stays`,
      );
  for (const list of checked.lists) {
    const other = registry.find((e) => e.document !== document && e.lists?.some((l) => l.slug === list.slug));
    if (other) refused.push(`list "${list.slug}" belongs to document "${other.document}": choose another slug`);
    else if (at(`lists/${list.slug}.yaml`) && !current.lists?.some((l) => l.slug === list.slug))
      refused.push(`${label}/lists/${list.slug}.yaml exists and is not a list of "${document}": choose another slug`);
  }
  const versions = registry.filter((e) => e.document === document && e.version);
  const taken = new Set(versions.map((e) => e.version!.key));
  if (req.versionKey !== undefined && !SLUG.test(req.versionKey))
    refused.push(
      `--version-key "${req.versionKey}" is not a slug: lower-case ASCII words joined by hyphens, e.g. 2024-03-songshengao`,
    );
  else if (req.versionKey !== undefined && taken.has(req.versionKey))
    refused.push(`--version-key "${req.versionKey}" is already a version of "${document}": choose another key`);
  if (refused.length > 0) return { refused };

  // The current text must be what its source makes: it is regenerated as the older version.
  const onDisk = readFileSync(join(contentDir, documentPath), 'utf8');
  const regenerated = await ingestSource(current, currentRaw);
  if (regenerated.problems.length > 0 || regenerated.files.get(documentPath) !== onDisk)
    return {
      refused: [
        `${label}/${documentPath} is not what its source (${label}/${SOURCES_FOLDER}/${current.file}) makes: run npm run ingest -- --check and settle that first`,
      ],
    };

  const entry: SourceEntry = {
    file,
    region: req.region,
    document,
    ...(checked.lists.length > 0 ? { lists: checked.lists } : {}),
    review: 'pending',
    // The new text is added on the day it was fetched (--checked) or ingested, and checked then.
    added: req.checked ?? req.today,
    checked: req.checked ?? req.today,
  };
  const ingested = await ingestSource(entry, raw);
  if (ingested.problems.length > 0)
    return { problems: ingested.problems, notes: ingested.notes, reading: ingested.reading };
  const before = readMdx(onDisk, documentPath);
  const after = readMdx(ingested.files.get(documentPath)!, documentPath);
  if (before.body === after.body)
    return {
      refused: [`${req.path}: its text is the same as the current version of "${document}": nothing to supersede`],
    };

  const version: VersionBlock = {
    key: req.versionKey ?? versionKey(before.data, versions.length + 1, taken),
    number: versions.length + 1,
    kind: versionKind(before.data, after.data),
    replacedOn: replacedOn(after.data),
    replacedBy: replacedByNote(after.data),
  };
  const older: SourceEntry = { ...current, version };
  const moved = await ingestSource(older, currentRaw);
  if (moved.problems.length > 0)
    return {
      refused: [
        `the current version could not be kept as an older version: ${moved.problems[0]!.message} — please report`,
      ],
    };

  const changes: FileChange[] = [{ path: `${SOURCES_FOLDER}/${file}`, after: raw }];
  for (const [path, text] of ingested.files) changes.push({ path, after: text });
  for (const [path, text] of moved.files) changes.push({ path, after: text });
  const log = [
    `the current text becomes version ${version.number} "${version.key}": ${label}/${VERSIONS_FOLDER}/${document}/${version.key}.mdx${(current.lists ?? []).map((l) => `, ${label}/${VERSIONS_FOLDER}/lists/${l.slug}/${version.key}.yaml`).join('')}`,
    `the new text is the current version at ${label}/${documentPath} (review: pending); replaced on ${version.replacedOn} (${version.kind})`,
  ];
  // Review files reviewed the older text: they move beside it, a starting point for the new review.
  for (const path of reviewFiles(
    document,
    (current.lists ?? []).map((l) => l.slug),
  )) {
    if (!at(path)) continue;
    const to = `${VERSIONS_FOLDER}/${document}/${version.key}/${path}`;
    changes.push({ path, after: null }, { path: to, after: readFileSync(join(contentDir, path)) });
    log.push(`${label}/${path} reviewed the older text: kept as ${label}/${to} (start the new review from it)`);
  }
  if (/(^|-)(songshengao|zhengqiuyijian|caoan)(-|$)/u.test(document) && !isDraft(after.data.status))
    log.push(`the slug "${document}" names a draft; it stays, because URLs never change (docs/versions.md)`);
  const entries = registry.flatMap((e) => (e === current ? [older, entry] : [e]));
  changes.push({ path: `${SOURCES_FOLDER}/sources.yaml`, after: registryText(entries) });
  return { changes, notes: ingested.notes, reading: ingested.reading, entry, log };
}
