/**
 * Astro loaders that take the content from the one reader (src/model/read.ts) instead of reading the
 * files again. The content guard reads and checks the whole folder when the config is set up and shares
 * what it read; the collections then store those entries, and the build holds one copy of the content,
 * not two (docs/architecture.md). A collection read without the guard (astro dev after a change) reads
 * its own folder.
 */
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { COLLECTIONS, TABLES, contentLabel, type CollectionName, type TableName } from '../model/layout.ts';
import { forgetBody, keepBody, type PolicyCollection } from '../model/bodies.ts';
import { readCollection, readTable, type Content } from '../model/read.ts';

// Astro loads astro.config.mjs and src/content.config.ts as separate module graphs in one process: the
// shared copy lives on globalThis so both see it.
const SHARED = Symbol.for('yanglao-zhengcetong.content');
type Shared = Map<string, Partial<Content>>;
const shared = (): Shared => ((globalThis as Record<symbol, Shared>)[SHARED] ??= new Map());

/** Hands the content the guard read to the collections' loaders. */
export function shareContent(dir: string, content: Content): void {
  shared().set(resolve(dir), { ...content });
}

/** The shared part once, then forgotten (the data store keeps its own copy); read afresh when absent. */
function take<K extends CollectionName | TableName>(dir: string, name: K, read: () => Content[K]): Content[K] {
  const copy = shared().get(resolve(dir));
  const part = copy?.[name];
  if (copy) delete copy[name];
  return (part as Content[K] | undefined) ?? read();
}

/** Re-runs `sync` when a file under `folder` changes (astro dev). */
function watch({ watcher }: LoaderContext, folder: string, sync: () => Promise<void>): void {
  if (!watcher) return;
  watcher.add(folder);
  watcher.on('all', (_event, path) => {
    if (resolve(path).startsWith(folder)) void sync();
  });
}

/** A collection of one file per entry (regions, documents, lists …). */
export function collectionLoader(dir: string, name: CollectionName): Loader {
  const { folder, extension } = COLLECTIONS[name];
  // A collection of policy texts (MDX): their bodies stay out of Astro's store (src/model/bodies.ts).
  const policy = extension === '.mdx' ? (name as PolicyCollection) : undefined;
  return {
    name: `yanglao-${name}`,
    load: async (context) => {
      const { store, parseData, generateDigest, config } = context;
      const root = fileURLToPath(config.root);
      const sync = async (collection: Content[CollectionName]) => {
        const seen = new Set<string>();
        for (const { file, data } of collection.entries as Array<{
          file: Content['regions']['files'][number];
          data: Record<string, unknown>;
        }>) {
          const absolute = join(resolve(dir), folder, `${file.id}${extension}`);
          const filePath = relative(root, absolute);
          const digest = generateDigest(`${JSON.stringify(file.data)}\n${file.body}`);
          seen.add(file.id);
          // The digest above still covers the body.
          if (policy) keepBody(policy, file.id, file.body);
          const existing = store.get(file.id);
          if (existing?.digest === digest && existing.filePath === filePath) {
            // Unchanged since the last build: keep the stored entry, as Astro's glob loader does. The same entry
            // read from another folder (a build with CONTENT_DIR) is stored again.
            continue;
          }
          store.set({
            id: file.id,
            data: await parseData({ id: file.id, data, filePath: absolute }),
            // An MDX body is rendered by its page (src/data/policy-text.ts), never imported as a module: 10,000
            // bundled modules were what held the build's memory (docs/scale.md).
            ...(policy ? {} : { body: file.body || undefined }),
            filePath,
            digest,
          });
        }
        for (const id of store.keys())
          if (!seen.has(id)) {
            store.delete(id);
            if (policy) forgetBody(policy, id);
          }
      };
      const read = () => readCollection(dir, contentLabel(dir), name);
      await sync(take(dir, name, read));
      watch(context, join(resolve(dir), folder), () => sync(read()));
    },
  };
}

/**
 * A data file whose rows are the entries (topics, service kinds, metrics, the glossary, the sources register).
 * With `ordered`, each entry also gets its row's place in the file as `order`, for lists whose order is curated
 * (Astro's data store sorts entries by id); the collection's schema must then accept it. A row's id is its
 * `id` field, or what `idOf` makes of it (a source's: src/model/site-data.ts `sourceId`).
 */
export function tableLoader(
  dir: string,
  name: Extract<TableName, 'topics' | 'serviceKinds' | 'metrics' | 'glossary' | 'sources'>,
  {
    ordered = false,
    idOf = (row: Record<string, unknown>) => String(row.id),
  }: { ordered?: boolean; idOf?: (row: Record<string, unknown>) => string } = {},
): Loader {
  return {
    name: `yanglao-${name}`,
    load: async (context) => {
      const { store, parseData } = context;
      const sync = async (table: Content[typeof name]) => {
        store.clear();
        for (const [i, row] of ((table.rows ?? []) as Array<Record<string, unknown>>).entries()) {
          const id = idOf(row);
          const data = ordered ? { ...row, order: i } : row;
          store.set({ id, data: await parseData({ id, data }) });
        }
      };
      const read = () => readTable(dir, contentLabel(dir), name);
      await sync(take(dir, name, read));
      watch(context, join(resolve(dir), TABLES[name].path), () => sync(read()));
    },
  };
}
