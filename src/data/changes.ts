/**
 * The change log as the /changes/ page and the feeds need it (docs/feeds.md): the events of the content up to
 * the build date, read once per build. The logic is src/lib/changes/events.ts.
 */
import {
  changeLog,
  type ChangeDocument,
  type ChangeEvent,
  type StatusChange,
  type VersionChange,
} from '../lib/changes/events.ts';
import { documentChangesUrl } from '../lib/urls.ts';
import { nextStep } from '../lib/versions/history.ts';
import { groupBy } from '../lib/group-by.ts';
import { buildDate } from '../model/build-date.ts';
import { isDraft, STATUS_LABEL, UNSTATED, type DocumentStatus } from '../model/vocab.ts';
import { catalog } from './catalog.ts';
import { lifecycles } from './lifecycle.ts';
import { versions as versionHistories } from './versions.ts';

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
      // Its effective date and validity reach the log through the lifecycle's status changes below.
    }));
    const asOf = buildDate();
    // Status changes as the lifecycle works them out (docs/lifecycle.md), so the log and the pages agree: the day
    // an issued text takes effect, and the day it stopped applying (已失效, 已废止, 已被取代, 已修订).
    const lifecycle = await lifecycles();
    const statusChanges: StatusChange[] = documents.flatMap((d) => {
      const l = lifecycle.get(d.id)!;
      const started =
        !isDraft(d.data.status) && l.validity.effective !== UNSTATED
          ? [{ documentSlug: d.id, status: d.data.status, date: l.validity.effective }]
          : [];
      const ended =
        ['已失效', '已废止', '已被取代', '已修订'].includes(l.status) && l.since !== UNSTATED
          ? [{ documentSlug: d.id, status: l.status, date: l.since }]
          : [];
      return [...started, ...ended];
    });
    // A new version on the day its text was added to the site (its source's 收录日期), linked to the 对照.
    const { sourceById } = await catalog();
    const versionChanges: VersionChange[] = [...(await versionHistories()).documents].flatMap(([slug, h]) =>
      h.history.steps.flatMap((step) => {
        if (step.key === null) return [];
        const next = nextStep(h.history, step.key)!;
        const added = sourceById.get(next.key === null ? slug : `${slug}/${next.key}`)?.added;
        if (!added) return [];
        return [
          {
            documentSlug: slug,
            versionKey: step.key,
            date: added,
            title: STATUS_LABEL[next.status as DocumentStatus] ?? next.status,
            path: documentChangesUrl(slug, step.key),
          },
        ];
      }),
    );
    const events = changeLog({ documents: input, versions: versionChanges, statusChanges, asOf });
    return { events, byRegion: groupBy(events, (e) => e.region), asOf };
  })();
  return cached;
}
