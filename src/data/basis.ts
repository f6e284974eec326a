/**
 * The reviewed documents as /compare/basis/ and the pages below it group them: by scope (the country, each
 * province, each prefecture: src/lib/compare/pages.ts), read once per build.
 */
import { compareData } from './compare.ts';
import { catalog, type PolicyDocument } from './catalog.ts';
import { byScope } from '../lib/compare/views.ts';

let cached: Promise<Map<string, PolicyDocument[]>> | undefined;

/** Scope key ('' the country, province, province/prefecture) → its reviewed documents, in the catalog's order. */
export function basisDocumentsByScope(): Promise<Map<string, PolicyDocument[]>> {
  cached ??= (async () => {
    const { documents, pending } = await catalog();
    const data = await compareData();
    return byScope(
      documents.filter((d) => !pending.documents.has(d.id)),
      (d) => d.data.region.id,
      data,
    );
  })();
  return cached;
}
