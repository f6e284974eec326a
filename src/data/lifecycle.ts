/**
 * Every document's status on the build date (src/lib/lifecycle/, docs/lifecycle.md), worked out once per build:
 * what pages, structured data, search filters, comparisons and downloads show.
 */
import { lifecyclesOf, lifecycleFacts, type Lifecycle } from '../lib/lifecycle/lifecycle.ts';
import { catalog } from './catalog.ts';
import { SITE_TODAY } from './site-today.ts';

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
