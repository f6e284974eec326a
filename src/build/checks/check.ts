import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { sha256 } from '../../../scripts/ingest/index.ts';
import { documentSchema, regionSchema, serviceListSchema, slug } from '../../model/schemas.ts';
import { aliasConflicts, aliasesSchema, ALIASES_FILE } from '../../lib/search/aliases.ts';
import { SLUG } from '../../lib/slug.ts';
import { checkCompare, comparePageCount, type CheckedDocument, type CheckedList } from './compare.ts';
import { checkEligibility } from './eligibility.ts';
import { GLOSSARY_FILE, glossarySchema } from '../../model/glossary.ts';
import { checkedData } from '../../model/friendly-errors.ts';
import { readCollection, readDataFile, type ContentFile } from '../../model/read.ts';

/** The components policy MDX may use (src/user-components/); nothing else. */
export const ALLOWED_COMPONENTS = ['Heading', 'Notice', 'SourceOutline', 'Preamble', 'EndMatter', 'Appendix'] as const;

/** Anchors a document page has besides its outline (docs/urls.md). */
export const PAGE_ANCHORS = ['notice', 'outline', 'preamble', 'end'] as const;

export interface ContentSummary {
  regions: number;
  documents: number;
  lists: number;
  items: number;
  /** Comparison topics (one page each). */
  topics: number;
  /** Pages the build must produce: home, regions index, search, finder, glossary, 404, one per region, document, list and item, one finder page per list with items, and the comparison pages. */
  expectedPages: number;
  /** Pages the search index must hold: the glossary, one per region, document, list and item, and every comparison page but /data/. */
  searchablePages: number;
}

/** The one-line summary the content check and the build print (scripts/bench.ts reads it). */
export const describeSummary = (s: ContentSummary): string =>
  `Content OK: ${s.regions} regions, ${s.documents} documents, ${s.lists} lists, ${s.items} items.`;

export interface CheckResult {
  errors: string[];
  summary: ContentSummary;
}

const redirectsSchema = z.array(z.strictObject({
  /** The old path, e.g. /documents/old-slug/. */
  from: z.string().regex(/^\/([a-z0-9-]+\/)*$/u, { error: 'write a site path with a trailing slash, e.g. "/documents/old-slug/"' }),
  /** Where it moved, e.g. /documents/new-slug/ (may carry an #anchor). */
  to: z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/u, { error: 'write a site path with a trailing slash, e.g. "/documents/new-slug/"' }),
  /** Why it moved, for the record. */
  reason: z.string().min(1),
}));

/**
 * Checks all content the way the build will read it, plus what Astro does not check: references,
 * duplicate slugs and anchors, the MDX allow-list, the sources' checksums. Every message starts with
 * the file, names the field and says what to do.
 */
export function checkContent(contentDir: string, label = 'content'): CheckResult {
  const errors: string[] = [];
  const report = (file: ContentFile | string, message: string) =>
    errors.push(`${typeof file === 'string' ? file : file.path}: ${message}`);

  const regions = readCollection(contentDir, label, 'regions', '.yaml');
  const documents = readCollection(contentDir, label, 'documents', '.mdx');
  const lists = readCollection(contentDir, label, 'lists', '.yaml');
  const valid = <S extends z.ZodType>(f: ContentFile, schema: S): z.output<S> | null => checkedData(f, schema, report);
  const checkId = (f: ContentFile) => {
    if (!SLUG.test(f.id)) report(f, `file name: "${f.id}" is not a slug — rename the file to lower-case ASCII words joined by hyphens`);
  };

  // Regions.
  const regionChecker = regionSchema(slug);
  const regionData = new Map<string, z.output<typeof regionChecker> & { file: ContentFile }>();
  for (const f of regions) {
    const data = valid(f, regionChecker);
    if (!data) continue;
    const twin = regionData.get(data.slug);
    if (twin) {
      report(f, `slug: "${data.slug}" is already used by ${twin.file.path} — give one of them a distinct slug (docs/urls.md: add the province, e.g. "${data.slug}-${data.province}")`);
      continue;
    }
    if (data.slug !== f.id) report(f, `slug: "${data.slug}" differs from the file name "${f.id}" — rename the file to ${data.slug}.yaml`);
    regionData.set(data.slug, { ...data, file: f });
  }
  const LEVEL_RANK = { province: 0, prefecture: 1, county: 2 } as const;
  for (const [, r] of regionData) {
    const province = regionData.get(r.province);
    if (!province) report(r.file, `province: no region "${r.province}" — add content/regions/${r.province}.yaml or correct the slug`);
    else if (province.level !== 'province') report(r.file, `province: "${r.province}" is a ${province.level}, not a province — name the province-level region`);
    else if (province.code.slice(0, 2) !== r.code.slice(0, 2)) report(r.file, `code: "${r.code}" does not start with its province's "${province.code.slice(0, 2)}" — check the GB/T 2260 code`);
    if (r.level === 'province') {
      if (r.parent !== undefined) report(r.file, 'parent: a province has no parent — remove the field');
      if (r.province !== r.slug) report(r.file, `province: a province names itself — write province: "${r.slug}"`);
    } else if (r.parent === undefined) {
      report(r.file, 'parent: missing — name the region directly above (for a county-level city, the prefecture that administers it)');
    } else {
      const parent = regionData.get(r.parent);
      if (!parent) report(r.file, `parent: no region "${r.parent}" — add content/regions/${r.parent}.yaml or correct the slug`);
      else if (LEVEL_RANK[parent.level] >= LEVEL_RANK[r.level]) report(r.file, `parent: "${r.parent}" (${parent.level}) is not above this ${r.level} — name a higher-level region`);
    }
  }
  // A region whose own file is invalid is reported there, not again at every reference to it.
  const regionIds = new Set(regions.map((r) => r.id));
  const regionExists = (f: ContentFile, field: string, value: string) => {
    if (!regionData.has(value) && !regionIds.has(value)) report(f, `${field}: no region "${value}" — add content/regions/${value}.yaml or correct the slug`);
  };

  // Documents.
  const documentAnchors = new Map<string, Set<string>>();
  const checkedDocuments: CheckedDocument[] = [];
  const checkedLists: CheckedList[] = [];
  for (const f of documents) {
    const errorsBefore = errors.length;
    checkId(f);
    const data = valid(f, documentSchema(slug));
    if (!data) continue;
    regionExists(f, 'region', data.region);
    const anchors = new Set<string>(PAGE_ANCHORS);
    for (const [i, entry] of data.outline.entries()) {
      if (anchors.has(entry.anchor)) report(f, `outline.${i}.anchor: "${entry.anchor}" is used twice on the page — every anchor must be unique (docs/urls.md)`);
      anchors.add(entry.anchor);
    }
    documentAnchors.set(f.id, anchors);
    checkBody(f, data.outline.map((o) => o.anchor), report);
    // The comparison checks build on a sound document; a broken one is reported once, here.
    if (errors.length === errorsBefore) checkedDocuments.push({ file: f, data, anchors });
    const source = join(contentDir, 'sources', data.provenance.source);
    if (!existsSync(source)) report(f, `provenance.source: ${data.provenance.source} is not in ${label}/sources/ — add the raw text`);
    else if (sha256(readFileSync(source)) !== data.provenance.sha256) {
      report(f, `provenance.sha256: does not match ${label}/sources/${data.provenance.source} — the raw text changed: run npm run ingest -- --all`);
    }
  }

  // Service lists.
  let items = 0;
  let listsWithItems = 0;
  const listSlugs = new Map<string, ContentFile>();
  for (const f of lists) {
    const data = valid(f, serviceListSchema(slug, slug));
    if (!data) continue;
    const twin = listSlugs.get(data.slug);
    if (twin) report(f, `slug: "${data.slug}" is already used by ${twin.path} — give this list another slug`);
    else if (data.slug !== f.id) report(f, `slug: "${data.slug}" differs from the file name "${f.id}" — rename the file to ${data.slug}.yaml`);
    listSlugs.set(data.slug, f);
    checkedLists.push({ file: f, data });
    regionExists(f, 'region', data.region);
    const anchors = documentAnchors.get(data.document);
    if (!documents.some((d) => d.id === data.document)) report(f, `document: no document "${data.document}" — add content/documents/${data.document}.mdx or correct the slug`);
    else if (anchors && !anchors.has(data.appendixAnchor)) report(f, `appendixAnchor: "${data.appendixAnchor}" is not an anchor of ${data.document} — use the attachment's anchor`);
    data.items.forEach((item, i) => {
      if (item.number !== i + 1) report(f, `items.${i}.number: ${item.number} where ${i + 1} was expected — items are numbered 1, 2, 3 … without gaps or repeats`);
      const range = data.tiers.find((t) => item.number >= t.from && item.number <= t.to);
      if (data.tiers.length > 0 && range?.tier !== item.tier) report(f, `items.${i}.tier: "${item.tier}" but the tiers put item ${item.number} in ${range?.tier ?? 'no tier'} — correct the tier or the ranges`);
    });
    if (data.itemsMissing !== (data.items.length === 0)) report(f, `itemsMissing: ${data.itemsMissing} but the list has ${data.items.length} items — set it to ${data.items.length === 0}`);
    if (!data.itemsMissing && data.items.length !== data.declaredItemCount) report(f, `declaredItemCount: ${data.declaredItemCount} but ${data.items.length} items are listed — make them agree`);
    items += data.items.length;
    if (data.items.length > 0) listsWithItems += 1;
  }

  // Redirects.
  if (existsSync(join(contentDir, 'redirects.yaml'))) {
    const file = readDataFile(contentDir, label, 'redirects.yaml');
    valid(file, redirectsSchema);
  }

  // The glossary.
  if (!existsSync(join(contentDir, GLOSSARY_FILE))) report(`${label}/${GLOSSARY_FILE}`, 'file missing — the glossary page and the term links need it (docs/finder.md)');
  else {
    const file = readDataFile(contentDir, label, GLOSSARY_FILE);
    const entries = valid(file, glossarySchema);
    const owner = new Map<string, string>();
    entries?.forEach((e, i) => e.forms.forEach((form) => {
      if (owner.has(form)) report(file, `${i}.forms: "${form}" also belongs to ${owner.get(form)} — a wording may link to one entry only`);
      owner.set(form, e.id);
    }));
    if (entries && new Set(entries.map((e) => e.id)).size !== entries.length) report(file, 'id: an id is used twice — give each entry its own id');
  }

  // The search vocabulary (optional: a corpus without one searches its own wordings only).
  if (existsSync(join(contentDir, ALIASES_FILE))) {
    const file = readDataFile(contentDir, label, ALIASES_FILE);
    const groups = valid(file, aliasesSchema);
    if (groups) aliasConflicts(groups).forEach((e) => report(file, e));
  }

  // The comparison layer: taxonomy, tags and commitments.
  const compare = checkCompare(contentDir, label, { documents: checkedDocuments, lists: checkedLists, documentIds: new Set(documents.map((d) => d.id)), listIds: new Set(lists.map((l) => l.id)) }, report);

  // Who can get each list item (the finder).
  checkEligibility(contentDir, label, checkedLists, new Set(lists.map((l) => l.id)), report);

  const comparePages = comparePageCount(compare.topics);
  const summary = {
    regions: regions.length, documents: documents.length, lists: lists.length, items, topics: compare.topics,
    expectedPages: 6 + regions.length + documents.length + lists.length + items + listsWithItems + comparePages,
    searchablePages: 1 + regions.length + documents.length + lists.length + items + comparePages - 1,
  };
  return { errors, summary };
}

const COMPONENT = /<\/?([A-Za-z][\w.]*)/gu;

/** The MDX body: only allowed components, no import/export/expressions, anchors as in the outline. */
function checkBody(f: ContentFile, outlineAnchors: string[], report: (f: ContentFile, m: string) => void) {
  f.body.split('\n').forEach((line, i) => {
    if (/^(import|export)\s/u.test(line)) report(f, `body line ${i + 1}: import/export is not allowed in policy MDX — remove it`);
    if (/(?<!\\)\{/u.test(line)) report(f, `body line ${i + 1}: an expression ({…}) is not allowed in policy MDX — escape the brace as \\{`);
    for (const m of line.matchAll(COMPONENT)) {
      if (!(ALLOWED_COMPONENTS as readonly string[]).includes(m[1]!)) {
        report(f, `body line ${i + 1}: <${m[1]}> is not an allowed component — use one of ${ALLOWED_COMPONENTS.join(', ')}`);
      }
    }
  });
  const bodyAnchors = [...f.body.matchAll(/\banchor="([^"]*)"/gu)].map((m) => m[1]!).filter((a) => !(PAGE_ANCHORS as readonly string[]).includes(a));
  const seen = new Set<string>();
  for (const a of bodyAnchors) {
    if (seen.has(a)) report(f, `body: anchor "${a}" appears twice — every anchor must be unique (docs/urls.md)`);
    seen.add(a);
  }
  const missing = outlineAnchors.filter((a) => !seen.has(a));
  const extra = [...seen].filter((a) => !outlineAnchors.includes(a));
  if (missing.length) report(f, `outline: anchors ${missing.join(', ')} have no <Heading>/<Appendix> in the body — add them or remove them from the outline`);
  if (extra.length) report(f, `body: anchors ${extra.join(', ')} are not in the outline — add them to outline so the table of contents and the URL manifest know them`);
}
