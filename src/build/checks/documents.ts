/**
 * Documents: file names that are slugs, a known region, unique anchors, an MDX body that uses only the
 * allowed components and has exactly the outline's anchors, and a source whose checksum matches.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { SLUG } from '../../model/common.ts';
import type { DocumentData } from '../../model/document.ts';
import { SOURCES_FOLDER } from '../../model/layout.ts';
import { MARKDOWN_FEATURES } from '../../model/markdown.ts';
import { sha256, type Content, type ContentFile } from '../../model/read.ts';
import type { Report } from './report.ts';

/** The components policy MDX may use (src/user-components/); nothing else. */
const ALLOWED_COMPONENTS = [
  'Heading',
  'Notice',
  'SourceOutline',
  'Preamble',
  'EndMatter',
  'Appendix',
  'Table',
  'TableRow',
  'TableCell',
] as const;

/** Anchors a document page has besides its outline (docs/urls.md). */
const PAGE_ANCHORS = ['notice', 'outline', 'preamble', 'end'] as const;

export interface CheckedDocument {
  file: ContentFile;
  data: DocumentData;
  anchors: Set<string>;
}

/** Every valid document's anchors by id, and the documents that passed every check (the comparison checks build on those). */
export function checkDocuments(
  content: Content,
  contentDir: string,
  regionExists: (f: ContentFile, field: string, value: string) => void,
  report: Report,
) {
  const anchorsById = new Map<string, Set<string>>();
  const passed: CheckedDocument[] = [];
  for (const f of content.documents.files) {
    if (!SLUG.test(f.id))
      report(f, `file name: "${f.id}" is not a slug — rename the file to lower-case ASCII words joined by hyphens`);
  }
  for (const { file: f, data } of content.documents.entries) {
    const { anchors, problems } = checkDocumentEntry(f, data, content.label, contentDir, regionExists, report);
    anchorsById.set(f.id, anchors);
    // The comparison checks build on a sound document; a broken one is reported once, here.
    if (problems === 0 && SLUG.test(f.id)) passed.push({ file: f, data, anchors });
  }
  return { anchorsById, passed };
}

/**
 * One document's own checks (a current one, or an older version under content/versions/): its region, unique
 * anchors, an MDX body that matches its outline, and a source whose checksum matches. Returns its anchors and the
 * number of problems found in its text (the source's are reported apart).
 */
export function checkDocumentEntry(
  f: ContentFile,
  data: DocumentData,
  label: string,
  contentDir: string,
  regionExists: (f: ContentFile, field: string, value: string) => void,
  report: Report,
): { anchors: Set<string>; problems: number } {
  let problems = 0;
  const problem: Report = (file, message) => {
    problems += 1;
    report(file, message);
  };
  regionExists(f, 'region', data.region);
  const anchors = new Set<string>(PAGE_ANCHORS);
  for (const [i, entry] of data.outline.entries()) {
    if (anchors.has(entry.anchor))
      problem(
        f,
        `outline.${i}.anchor: "${entry.anchor}" is used twice on the page — every anchor must be unique (docs/urls.md)`,
      );
    anchors.add(entry.anchor);
  }
  checkBody(
    f,
    data.outline.map((o) => o.anchor),
    problem,
  );
  const source = join(contentDir, SOURCES_FOLDER, data.provenance.source);
  if (!existsSync(source))
    report(f, `provenance.source: ${data.provenance.source} is not in ${label}/${SOURCES_FOLDER}/ — add the raw text`);
  else if (sha256(readFileSync(source)) !== data.provenance.sha256) {
    report(
      f,
      `provenance.sha256: does not match ${label}/${SOURCES_FOLDER}/${data.provenance.source} — the raw text changed: run npm run ingest -- --all`,
    );
  }
  return { anchors, problems };
}

const COMPONENT = /<\/?([A-Za-z][\w.]*)/gu;

/**
 * The MDX body: it compiles (the page compiles it again when it renders, src/data/policy-text.ts), only allowed
 * components, no import/export/expressions, anchors as in the outline (ingest runs it too).
 */
export function checkBody(f: ContentFile, outlineAnchors: string[], report: Report) {
  const syntax = mdxSyntaxError(f.body);
  if (syntax)
    report(
      `${f.path}:${f.bodyLine + syntax.line - 1}`,
      `the MDX does not parse: ${syntax.reason} — close or escape the tag (\\<), or run npm run ingest again`,
    );
  f.body.split('\n').forEach((line, i) => {
    // Named by the line of the file (FILE:LINE), which an editor jumps to; the body starts below the front matter.
    const at = `${f.path}:${f.bodyLine + i}`;
    if (/^(import|export)\s/u.test(line)) report(at, 'import/export is not allowed in policy MDX — remove it');
    if (/(?<!\\)\{/u.test(line))
      report(at, 'an expression ({…}) is not allowed in policy MDX — escape the brace as \\{');
    for (const m of line.matchAll(COMPONENT)) {
      if (!(ALLOWED_COMPONENTS as readonly string[]).includes(m[1]!))
        report(at, `<${m[1]}> is not an allowed component — use one of ${ALLOWED_COMPONENTS.join(', ')}`);
    }
  });
  const bodyAnchors = [...f.body.matchAll(/\banchor="([^"]*)"/gu)]
    .map((m) => m[1]!)
    .filter((a) => !(PAGE_ANCHORS as readonly string[]).includes(a));
  const seen = new Set<string>();
  for (const a of bodyAnchors) {
    if (seen.has(a)) report(f, `body: anchor "${a}" appears twice — every anchor must be unique (docs/urls.md)`);
    seen.add(a);
  }
  const missing = outlineAnchors.filter((a) => !seen.has(a));
  const extra = [...seen].filter((a) => !outlineAnchors.includes(a));
  if (missing.length)
    report(
      f,
      `outline: anchors ${missing.join(', ')} have no <Heading>/<Appendix> in the body — add them or remove them from the outline`,
    );
  if (extra.length)
    report(
      f,
      `body: anchors ${extra.join(', ')} are not in the outline — add them to outline so the table of contents and the URL manifest know them`,
    );
}

/** Where and why an MDX body does not compile (Sätteri's "LINE:COLUMN: reason (rule)"), or undefined when it does. */
export function mdxSyntaxError(body: string): { line: number; reason: string } | undefined {
  try {
    mdxToJs(body, { features: MARKDOWN_FEATURES });
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):\d+: (.*?)(?: \([\w:-]+\))?$/su.exec(message);
    // Positions inside the reason count from the body's first line; the report names the file's line instead.
    const reason = (text: string) => text.replace(/ \(\d+:\d+\)/gu, '').replace(/\s+/gu, ' ');
    return m ? { line: Number(m[1]), reason: reason(m[2]!) } : { line: 1, reason: reason(message) };
  }
}
