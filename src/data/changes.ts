/**
 * The change log as the /changes/ page and the feeds need it (docs/feeds.md): the events of the content up to
 * the build date, read once per build. The logic is src/lib/changes/events.ts.
 */
import { changeLog, type ChangeDocument, type ChangeEvent } from '../lib/changes/events.ts';
import { groupBy } from '../lib/group-by.ts';
import { buildDate } from '../model/build-date.ts';
import { UNSTATED } from '../model/vocab.ts';
import { catalog } from './catalog.ts';

export interface Changes {
  /** Every event, newest first. */
  events: ChangeEvent[];
  /** Each region's own events (its documents'), newest first; a region without any is not in the map. */
  byRegion: Map<string, ChangeEvent[]>;
  /** The build date: nothing dated later is shown. */
  asOf: string;
}

let cached: Promise<Changes> | undefined;

export function changes(): Promise<Changes> {
  cached ??= (async () => {
    const { documents, regionBySlug, sourceByDocument } = await catalog();
    const input: ChangeDocument[] = documents.map((d) => ({
      slug: d.id,
      title: d.data.title,
      region: d.data.region.id,
      regionName: regionBySlug.get(d.data.region.id)!.data.name,
      // The content check requires every document's entry in the sources register.
      added: sourceByDocument.get(d.id)!.added,
      ...(d.data.effective && d.data.effective.date !== UNSTATED ? { effective: d.data.effective.date } : {}),
      ...(d.data.validity ? { validity: d.data.validity } : {}),
    }));
    const asOf = buildDate();
    // New versions and the lifecycle's status changes join here as `versions` and `statusChanges`.
    const events = changeLog({ documents: input, asOf });
    return { events, byRegion: groupBy(events, (e) => e.region), asOf };
  })();
  return cached;
}
