/**
 * Older versions (content/versions/, docs/versions.md): each kept beside a current document or list of the same
 * slug, named by its key, numbered in the order it was replaced, recorded in the sources register, and checked
 * as a document or list is (its anchors, body and source).
 */
import { SLUG } from '../../model/common.ts';
import { TABLES, VERSIONS_FOLDER } from '../../model/layout.ts';
import type { Content, ContentFile } from '../../model/read.ts';
import type { VersionBlock } from '../../model/version.ts';
import { checkDocumentEntry } from './documents.ts';
import type { Report } from './report.ts';

export interface VersionIds {
  /** Older versions of documents, by document slug and key. */
  documents: Array<{ document: string; key: string }>;
  /** Older versions of lists, with the item numbers each had (its published #item-N anchors). */
  lists: Array<{ list: string; key: string; number: number; items: number[] }>;
}

/** content/versions/lists/ holds the lists' versions: a document may not be called so. */
const RESERVED = 'lists';

export function checkVersions(
  content: Content,
  contentDir: string,
  regionExists: (f: ContentFile, field: string, value: string) => void,
  report: Report,
): VersionIds {
  const ids: VersionIds = { documents: [], lists: [] };
  const registry = content.sources.rows ?? [];
  const registryPath = `${content.label}/${TABLES.sources.path}`;
  const reserved = content.documents.files.find((f) => f.id === RESERVED);
  if (reserved)
    report(
      reserved,
      `file name: "${RESERVED}" is reserved (${content.label}/${VERSIONS_FOLDER}/${RESERVED}/ holds the lists' older versions) — choose another slug`,
    );

  /** The checks a document version and a list version share: where it lives, its key, its number, its record. */
  const place = (
    f: ContentFile,
    version: VersionBlock,
    owner: { kind: 'document' | 'list'; slug: string; exists: boolean },
    numbers: Map<string, Map<number, string>>,
    recorded: boolean,
  ): boolean => {
    const [, key = ''] = f.id.split('/');
    const where = owner.kind === 'document' ? 'documents' : 'lists';
    const ext = owner.kind === 'document' ? 'mdx' : 'yaml';
    let ok = true;
    if (!SLUG.test(owner.slug) || !SLUG.test(key)) {
      report(f, `file name: "${f.id}" is not <slug>/<key> with slugs — rename the folder or the file`);
      ok = false;
    }
    if (!owner.exists) {
      report(
        f,
        `${owner.kind}: there is no ${content.label}/${where}/${owner.slug}.${ext} — an older version is kept only beside the current ${owner.kind} of the same slug (docs/versions.md)`,
      );
      ok = false;
    }
    if (version.key !== key)
      report(
        f,
        `version.key: "${version.key}" differs from the file name "${key}" — rename the file to ${version.key}.${ext}`,
      );
    const seen = numbers.get(owner.slug) ?? new Map<number, string>();
    numbers.set(owner.slug, seen);
    const twin = seen.get(version.number);
    if (twin)
      report(
        f,
        `version.number: ${version.number} is also the number of ${twin} — number the versions 1, 2, 3 … in the order they were replaced`,
      );
    seen.set(version.number, f.path);
    if (!recorded)
      report(
        f,
        `version: no entry of ${registryPath} records this version (${owner.kind} "${owner.slug}", key "${key}") — make versions with npm run ingest -- --supersedes (docs/versions.md)`,
      );
    return ok;
  };

  const documentNumbers = new Map<string, Map<number, string>>();
  for (const { file: f, data } of content.documentVersions.entries) {
    const [document = '', key = ''] = f.id.split('/');
    const current = content.documents.byId.get(document);
    const recorded = registry.some((e) => e.document === document && e.version?.key === key);
    const ok = place(
      f,
      data.version,
      { kind: 'document', slug: document, exists: content.documents.files.some((d) => d.id === document) },
      documentNumbers,
      recorded,
    );
    if (current && data.region !== current.data.region)
      report(
        f,
        `region: "${data.region}" but the current document is of "${current.data.region}" — a version is of the document's own region`,
      );
    checkDocumentEntry(f, data, content.label, contentDir, regionExists, report);
    if (ok) ids.documents.push({ document, key });
  }
  for (const [n, max] of [...documentNumbers].map(([d, m]) => [d, Math.max(...m.keys())] as const))
    if (max !== documentNumbers.get(n)!.size)
      report(
        `${content.label}/${VERSIONS_FOLDER}/${n}/`,
        `version.number: the versions are numbered up to ${max} but there are ${documentNumbers.get(n)!.size} — number them 1, 2, 3 … without gaps`,
      );

  const listNumbers = new Map<string, Map<number, string>>();
  for (const { file: f, data } of content.listVersions.entries) {
    const [list = '', key = ''] = f.id.split('/');
    const current = content.lists.byId.get(list);
    const recorded = registry.some((e) => e.version?.key === key && e.lists?.some((l) => l.slug === list));
    const ok = place(
      f,
      data.version,
      { kind: 'list', slug: list, exists: content.lists.files.some((l) => l.id === list) },
      listNumbers,
      recorded,
    );
    if (data.slug !== list)
      report(f, `slug: "${data.slug}" differs from its folder "${list}" — a version keeps its list's slug`);
    if (current && data.document !== current.data.document)
      report(
        f,
        `document: "${data.document}" but the current list belongs to "${current.data.document}" — a list's versions belong to its document`,
      );
    regionExists(f, 'region', data.region);
    if (ok) ids.lists.push({ list, key, number: data.version.number, items: data.items.map((i) => i.number) });
  }

  // Every version the register records has its files.
  registry.forEach((e, i) => {
    if (!e.version) return;
    const docPath = `${VERSIONS_FOLDER}/${e.document}/${e.version.key}.mdx`;
    if (!content.documentVersions.files.some((f) => f.id === `${e.document}/${e.version!.key}`))
      report(registryPath, `${i}.version: ${content.label}/${docPath} is missing — run npm run ingest -- --all`);
    for (const l of e.lists ?? [])
      if (!content.listVersions.files.some((f) => f.id === `${l.slug}/${e.version!.key}`))
        report(
          registryPath,
          `${i}.version: ${content.label}/${VERSIONS_FOLDER}/lists/${l.slug}/${e.version.key}.yaml is missing — run npm run ingest -- --all`,
        );
  });
  return ids;
}
