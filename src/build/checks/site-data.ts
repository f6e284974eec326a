/** The site-wide data files: the glossary (required), the search vocabulary and the redirects (optional). */
import { TABLES } from '../../model/layout.ts';
import type { Content } from '../../model/read.ts';
import { aliasConflicts } from '../../lib/search/aliases.ts';
import type { Report } from './report.ts';

export function checkSiteData(content: Content, report: Report): void {
  const { glossary, aliases } = content;
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
}
