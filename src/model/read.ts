/**
 * The one reader of the content folder. It reads every file once, parses it the way Astro does (YAML 1.1:
 * unquoted dates become timestamps) and validates it against its collection's schema. The content check,
 * the build's collections (src/content.config.ts) and the comparison data of the scripts and tests all
 * start from what it returns; nothing else reads content/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parseDocument as parseYamlDocument } from 'yaml';
import { COLLECTIONS, TABLES, type CollectionName, type TableName } from './layout.ts';
import { parseFriendly } from './friendly-errors.ts';

export interface ContentFile {
  /** Path for messages, starting with the content folder's label (content/regions/baoshan.yaml). */
  path: string;
  /** The file name without its extension: the entry's id. */
  id: string;
  data: unknown;
  /** For MDX: the body after the front matter. */
  body: string;
  /** The line of the file on which the body starts (1-based), so a body line can be named as a file line. */
  bodyLine: number;
  /** YAML syntax errors, if any. */
  syntaxErrors: string[];
}

/** A file whose data passed its schema. */
export interface Entry<T> {
  file: ContentFile;
  data: T;
}

/** One collection folder: every file (valid or not) and the valid entries by id. */
export interface Collection<T> {
  files: ContentFile[];
  entries: Entry<T>[];
  byId: Map<string, Entry<T>>;
}

/** One data file (topics.yaml …): null file when it does not exist, null rows when it is invalid. */
export interface Table<T> {
  file: ContentFile | null;
  rows: T[] | null;
}

export type Content = {
  /** The label messages start with (content, or the folder given). */
  label: string;
  /** Every syntax and schema error, one line each: "path: field: what is wrong — what to do". */
  problems: string[];
} & { [K in CollectionName]: Collection<z.output<(typeof COLLECTIONS)[K]['schema']>> } & {
  [K in TableName]: Table<z.output<(typeof TABLES)[K]['schema']>[number]>;
};

/** `firstLine`: the file line the YAML starts on (2 for an MDX front matter), so messages name file lines. */
function readYaml(text: string, firstLine = 1): { data: unknown; errors: string[] } {
  const doc = parseYamlDocument(text, { version: '1.1', schema: 'yaml-1.1' });
  const errors = doc.errors.map((e) => {
    const line = e.linePos?.[0]?.line;
    return `YAML syntax at line ${line === undefined ? '?' : line + firstLine - 1}: ${e.message.split('\n')[0]} — fix the indentation or quoting`;
  });
  return { data: errors.length ? null : doc.toJS(), errors };
}

/** One file, parsed but not validated. */
function readContentFile(absolute: string, path: string, id: string): ContentFile {
  return parseContentText(readFileSync(absolute, 'utf8'), path, id, absolute.endsWith('.mdx'));
}

/** A content file's text (YAML, or MDX with front matter), parsed but not validated — as if read from `path`. */
export function parseContentText(text: string, path: string, id: string, mdx: boolean): ContentFile {
  if (!mdx) {
    const { data, errors } = readYaml(text);
    return { path, id, data, body: '', bodyLine: 0, syntaxErrors: errors };
  }
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/u.exec(text);
  if (!m)
    return {
      path,
      id,
      data: null,
      body: text,
      bodyLine: 1,
      syntaxErrors: ['no front matter: the file must start with --- and a YAML block'],
    };
  const { data, errors } = readYaml(m[1]!, 2);
  const bodyLine = text.slice(0, text.length - m[2]!.length).split('\n').length;
  return { path, id, data, body: m[2]!, bodyLine, syntaxErrors: errors };
}

/** Every file of one folder with the given extension, parsed; sorted by name; none when the folder is missing. */
function readFolder(dir: string, label: string, folder: string, extension: string): ContentFile[] {
  const abs = join(dir, folder);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((n) => n.endsWith(extension))
    .sort()
    .map((name) => readContentFile(join(abs, name), `${label}/${folder}/${name}`, name.slice(0, -extension.length)));
}

/** The files one folder down (<folder>/<sub>/<file>), each with the id <sub>/<file name>; sorted. */
function readNestedFolder(dir: string, label: string, folder: string, extension: string): ContentFile[] {
  const abs = join(dir, folder);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((sub) =>
      readFolder(dir, label, `${folder}/${sub}`, extension).map((f) => ({ ...f, id: `${sub}/${f.id}` })),
    );
}

function validate<S extends z.ZodType>(file: ContentFile, schema: S, problems: string[]): z.output<S> | null {
  file.syntaxErrors.forEach((e) => problems.push(`${file.path}: ${e}`));
  if (file.syntaxErrors.length > 0) return null;
  const result = parseFriendly(schema, file.data);
  if ('errors' in result) {
    result.errors.forEach((e) => problems.push(`${file.path}: ${e}`));
    return null;
  }
  return result.data;
}

/** One collection folder, read and validated. */
export function readCollection<K extends CollectionName>(
  dir: string,
  label: string,
  name: K,
  problems: string[] = [],
): Content[K] {
  const layout = COLLECTIONS[name];
  const { folder, extension, schema } = layout;
  const files = ('nested' in layout ? readNestedFolder : readFolder)(dir, label, folder, extension);
  const entries: Entry<unknown>[] = [];
  for (const file of files) {
    const data = validate(file, schema, problems);
    if (data !== null) entries.push({ file, data });
  }
  return { files, entries, byId: new Map(entries.map((e) => [e.file.id, e])) } as Content[K];
}

/** One data file, read and validated. */
export function readTable<K extends TableName>(
  dir: string,
  label: string,
  name: K,
  problems: string[] = [],
): Content[K] {
  const { path, schema } = TABLES[name];
  if (!existsSync(join(dir, path))) return { file: null, rows: null } as Content[K];
  const file = readContentFile(join(dir, path), `${label}/${path}`, path.replace(/^.*\//u, '').replace(/\.yaml$/u, ''));
  const rows = validate(file, schema, problems);
  return { file, rows: rows ?? null } as Content[K];
}

/** The whole content folder, read once and validated. */
export function readContent(dir: string, label = 'content'): Content {
  const problems: string[] = [];
  const content = { label, problems } as Content;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[])
    Object.assign(content, { [name]: readCollection(dir, label, name, problems) });
  for (const name of Object.keys(TABLES) as TableName[])
    Object.assign(content, { [name]: readTable(dir, label, name, problems) });
  return content;
}

/** SHA-256 of a raw source, hex: the provenance every document and list records. */
export function sha256(raw: string | Buffer): string {
  return createHash('sha256').update(raw).digest('hex');
}
