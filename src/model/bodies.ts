/**
 * The MDX bodies of the policy texts (documents and their older versions), kept in the build's process beside
 * Astro's data store instead of in it. The content loader (src/build/content-loader.ts) puts each body here as it
 * stores the entry; the pages read it back (src/data/policy-text.ts, the comparison data, the 对照). In Astro's
 * store the bodies went into `data-store.json`, which Astro hands to the renderer as one bundled module: at 10,000
 * documents 113 MB of the 245 MB the bundler parsed (docs/scale.md, "Memory of the build"). The loader and the
 * pages run in one process but in separate module graphs, so the map lives on globalThis, as the shared content does.
 */
/** The collections whose entries are policy texts (MDX). */
export type PolicyCollection = 'documents' | 'documentVersions';

const BODIES = Symbol.for('yanglao-zhengcetong.bodies');
const bodies = (): Map<string, string> => ((globalThis as Record<symbol, Map<string, string>>)[BODIES] ??= new Map());

/** Records an entry's body (the loader, on every sync). */
export function keepBody(collection: PolicyCollection, id: string, body: string): void {
  bodies().set(`${collection}/${id}`, body);
}

/** Forgets an entry's body (the loader, when its file is gone). */
export function forgetBody(collection: PolicyCollection, id: string): void {
  bodies().delete(`${collection}/${id}`);
}

/** An entry's body; a missing one is a bug in the build, named with the entry. */
export function bodyOf(collection: PolicyCollection, id: string): string {
  const body = bodies().get(`${collection}/${id}`);
  if (body === undefined)
    throw new Error(
      `${collection}/${id}: its MDX body was not loaded with the content — run the build again with --force`,
    );
  return body;
}
