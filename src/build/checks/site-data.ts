/** The site-wide data files: the glossary (required), the search vocabularies and the redirects (optional). */
import { TABLES } from '../../model/layout.ts';
import type { Content } from '../../model/read.ts';
import { aliasConflicts } from '../../lib/search/aliases.ts';
import { everydayProblems } from '../../lib/search/everyday.ts';
import type { Report } from './report.ts';

/**
 * The words of the site's texts, for the everyday vocabulary's terms: the documents (MDX without its tags), the
 * lists, the glossary and our plain words, as read, valid or not (a broken list is reported once, by its own check).
 */
function siteText(content: Content): string {
  return [
    ...content.documents.files.map((d) => `${JSON.stringify(d.data)}\n${d.body.replace(/<[^>]*>|\\/gu, '')}`),
    ...[...content.lists.files, ...content.plain.files].map((f) => JSON.stringify(f.data)),
    JSON.stringify(content.glossary.file?.data ?? null),
  ].join('\n');
}

export function checkSiteData(content: Content, report: Report): void {
  const { glossary, aliases, everyday } = content;
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
    everydayProblems(everyday.rows, aliases.rows ?? [], (term) => text.includes(term)).forEach((e) =>
      report(everyday.file!, e),
    );
  }
}
