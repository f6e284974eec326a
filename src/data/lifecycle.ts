/**
 * Every document's status on the build date (src/lib/lifecycle/, docs/lifecycle.md), worked out once per build:
 * what pages, structured data, search filters, comparisons and downloads show.
 */
import { lifecyclesOf, lifecycleFacts, type Lifecycle } from '../lib/lifecycle/lifecycle.ts';
import { catalog } from './catalog.ts';
import { SITE_TODAY } from './site-today.ts';
import { replacementOf, versions } from './versions.ts';

let cached: Promise<Map<string, Lifecycle>> | undefined;

/** By document slug. The versions (src/lib/versions/) pass their supersededBy / amendedBy as the third argument. */
export function lifecycles(): Promise<Map<string, Lifecycle>> {
  cached ??= (async () => {
    const { documents } = await catalog();
    return lifecyclesOf(
      documents.map((d) => lifecycleFacts(d.id, d.data, d.data.region.id)),
      SITE_TODAY,
    );
  })();
  return cached;
}

/**
 * The status of an older version of a document on the build date (docs/versions.md): 已被取代 by the version that
 * replaced it, from that version's date — or, if that date is still to come, what the text itself gives.
 */
export async function versionLifecycle(document: string, key: string): Promise<Lifecycle> {
  const h = (await versions()).documents.get(document)!;
  const entry = h.versions.get(key)!;
  const replacement = (await replacementOf(document, key))!;
  const id = `${document}/${key}`;
  const supersededBy = { slug: document, title: replacement.title, date: replacement.date };
  return lifecyclesOf(
    [lifecycleFacts(id, entry.data, entry.data.region.id)],
    SITE_TODAY,
    new Map([[id, { supersededBy }]]),
  ).get(id)!;
}
