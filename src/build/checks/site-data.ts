/**
 * The site-wide data files: the glossary (required), the search vocabularies and the redirects (optional), and
 * the sources register's dates against the build date.
 */
import { TABLES } from '../../model/layout.ts';
import type { Content } from '../../model/read.ts';
import { sourceId } from '../../model/site-data.ts';
import { aliasConflicts } from '../../lib/search/aliases.ts';
import { everydayProblems } from '../../lib/search/everyday.ts';
import type { Report } from './report.ts';

/**
 * The words of the site's texts, for the everyday vocabulary's terms: the documents and their older versions
 * (MDX without its tags), the lists and theirs, the glossary and our plain words, as read, valid or not (a broken
 * list is reported once, by its own check). Older versions count: their pages are on the site and searchable
 * (历史版本), and a new version must not fail the build because a term left the current text.
 */
function siteText(content: Content): string {
  return [
    ...[...content.documents.files, ...content.documentVersions.files].map(
      (d) => `${JSON.stringify(d.data)}\n${d.body.replace(/<[^>]*>|\\/gu, '')}`,
    ),
    ...[...content.lists.files, ...content.listVersions.files, ...content.plain.files].map((f) =>
      JSON.stringify(f.data),
    ),
    JSON.stringify(content.glossary.file?.data ?? null),
  ].join('\n');
}

/** `today`: the build date (src/model/build-date.ts). */
export function checkSiteData(content: Content, today: string, report: Report): void {
  const { glossary, aliases, everyday, sources } = content;
  // Every document's 收录日期 and 最后核对 come from its source's entry.
  if (!sources.file && content.documents.files.length > 0)
    report(
      `${content.label}/${TABLES.sources.path}`,
      'file missing — every document needs its entry there (docs/content-model.md); npm run ingest writes it',
    );
  else if (sources.rows) {
    const registered = new Set<string>();
    sources.rows.forEach((e, i) => {
      // One entry per document's current version, and one per older version (`version.key`).
      const id = sourceId(e);
      if (registered.has(id))
        report(
          sources.file!,
          e.version
            ? `${i}.version.key: "${e.version.key}" of document "${e.document}" has an entry already — keep one entry per version`
            : `${i}.document: "${e.document}" has an entry already — keep one entry per document (its file, lists and dates)`,
        );
      registered.add(id);
    });
    for (const file of content.documents.files)
      if (!registered.has(file.id))
        report(
          file,
          `provenance.source: document "${file.id}" has no entry in ${content.label}/${TABLES.sources.path} — add its entry (file, region, document, added, checked) or ingest it with npm run ingest`,
        );
  }
  // 收录日期 and 最后核对 are days that have happened: a later one is a typo the change log would hide.
  sources.rows?.forEach((e, i) => {
    if (e.added > today)
      report(
        sources.file!,
        `${i}.added: "${e.added}" is after today (${today}) — write the day the source was added to the site`,
      );
    if (e.checked > today)
      report(
        sources.file!,
        `${i}.checked: "${e.checked}" is after today (${today}) — write the day its text was last checked against its origin`,
      );
  });
  if (!glossary.file)
    report(
      `${content.label}/${TABLES.glossary.path}`,
      'file missing — the glossary page and the term links need it (docs/finder.md)',
    );
  else if (glossary.rows) {
    const owner = new Map<string, string>();
    glossary.rows.forEach((e, i) =>
      e.forms.forEach((form) => {
        if (owner.has(form))
          report(
            glossary.file!,
            `${i}.forms: "${form}" also belongs to ${owner.get(form)} — a wording may link to one entry only`,
          );
        owner.set(form, e.id);
      }),
    );
    if (new Set(glossary.rows.map((e) => e.id)).size !== glossary.rows.length)
      report(glossary.file, 'id: an id is used twice — give each entry its own id');
  }
  // The search vocabulary is optional: a corpus without one searches its own wordings only.
  if (aliases.file && aliases.rows) aliasConflicts(aliases.rows).forEach((e) => report(aliases.file!, e));
  // The everyday vocabulary is optional too: without it the search page maps no words.
  if (everyday.file && everyday.rows) {
    const text = siteText(content);
    // While a text awaits its review (a new version's: docs/versions.md), the plain words that named a term may
    // sit beside its older version, waiting to be reviewed again: a term is then not required on the site, so
    // that publishing a new version stays one command. Every other problem of a group is still reported.
    const pending = sources.rows?.some((e) => e.review === 'pending' && !e.version) ?? false;
    everydayProblems(everyday.rows, aliases.rows ?? [], (term) => pending || text.includes(term)).forEach((e) =>
      report(everyday.file!, e),
    );
  }
}
