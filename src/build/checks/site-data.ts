/** The site-wide data files: the glossary (required), the search vocabularies and the redirects (optional). */
import { TABLES } from '../../model/layout.ts';
import type { Content } from '../../model/read.ts';
import { aliasConflicts } from '../../lib/search/aliases.ts';
import { everydayProblems } from '../../lib/search/everyday.ts';
import type { Report } from './report.ts';

/**
 * The words of the site's texts, for the everyday vocabulary's terms: the documents (MDX without its tags),
 * the lists' items, the glossary and our plain words.
 */
export function siteText(content: Content): string {
  return [
    ...content.documents.entries.map((d) => `${d.data.title}\n${d.file.body.replace(/<[^>]*>|\\/gu, '')}`),
    ...content.lists.entries.flatMap((l) => [
      l.data.title,
      ...l.data.items.map((i) => `${i.name}\n${i.content}\n${i.target}`),
    ]),
    ...(content.glossary.rows ?? []).map((e) => `${e.term}\n${e.forms.join('\n')}\n${e.definition}`),
    ...content.plain.entries.flatMap((p) => p.data.items.map((i) => `${i.who}\n${i.what}\n${i.amount ?? ''}`)),
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
