import { stringify } from 'yaml';
import type { SourceMapping } from '../../src/model/site-data.ts';
import type { CleanedSource } from './clean.ts';
import { resolveFacts, type Meta } from './facts.ts';
import { citedDocuments, targetYears } from './metadata.ts';
import { appendixChildren } from './appendix-mdx.ts';
import { mdxBlock, mdxElement, escapeMdxText } from './mdx.ts';
import { ownTitlesIn } from './notice.ts';
import { isDraft, UNSTATED } from '../../src/model/vocab.ts';
import { emitList, type EmittedList } from './list.ts';
import { walk, type DocNode, type ParsedDocument } from './structure.ts';
import type { Problem } from './problem.ts';
import type { SourceProvenance } from './provenance.ts';

export interface EmittedFiles {
  /** Path under content/ → file text. */
  files: Map<string, string>;
  problems: Problem[];
  notes: Problem[];
}

export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}

function nodeKind(node: DocNode): 'section' | 'task' {
  if (node.children.length > 0) return 'section';
  const outer = node.kind === 'part' || node.kind === 'chapter';
  return node.kind === 'task' || node.kind === 'article' || node.inline || (node.presence === 'missing' && !outer)
    ? 'task'
    : 'section';
}

function nodeTitle(node: DocNode): string {
  return (node.heading || node.outlineHeading || '').trim().replace(/。$/u, '');
}

const text = (paragraphs: { text: string }[]) => paragraphs.map((p) => p.text);

/** Where a text names what it implements: its preamble and, in a regulation, its first article (第一条 为了…根据《…》). */
function basisText(doc: ParsedDocument): string {
  const firstArticle = [...walk(doc.sections)].find((n) => n.kind === 'article');
  const articleBasis = firstArticle && firstArticle.ordinal === 1 ? text(firstArticle.body) : [];
  return [...text(doc.preamble), ...articleBasis].join('');
}

function nodeMdx(node: DocNode): string[] {
  const verbatimHeading =
    node.presence === 'missing' ? `${node.number}${node.outlineHeading ?? ''}` : `${node.number}${node.heading}`;
  const out = [
    mdxElement(
      'Heading',
      {
        anchor: node.anchor,
        level: node.level,
        presence: node.presence,
        outline:
          node.presence === 'truncated' && node.outlineHeading ? `${node.number}${node.outlineHeading}` : undefined,
      },
      verbatimHeading,
    ),
    ...text(node.body).map(escapeMdxText),
  ];
  for (const child of node.children) out.push(...nodeMdx(child));
  out.push(...text(node.closing).map(escapeMdxText));
  return out;
}

function completeness(doc: ParsedDocument, meta: Meta, missingList: EmittedList['missing'] | null) {
  const notes: { kind: string; note: string; anchor?: string }[] = [];
  const nodes = [...walk(doc.sections)];
  if (isDraft(doc.status)) {
    notes.push({ kind: 'draft', note: `本文是${doc.status}，不是正式印发的文件；正式文件的内容可能不同。` });
  }
  for (const node of nodes.filter((n) => n.presence === 'truncated')) {
    notes.push({
      kind: 'text-truncated',
      note: `原文在“${node.number}${node.outlineHeading ?? node.heading}”中途中断，其后正文缺失。`,
      anchor: node.anchor,
    });
  }
  const missing = nodes.filter((n) => n.presence === 'missing');
  if (missing.length > 0) {
    const first = missing[0]!;
    const last = missing[missing.length - 1]!;
    notes.push({
      kind: 'text-truncated',
      note:
        missing.length === 1
          ? `“${first.number}${first.outlineHeading}”只见于文件自带的目录，正文缺失，页面只列出其标题。`
          : `${missing.length} 个部分只见于文件自带的目录，正文缺失：从“${first.number}${first.outlineHeading}”到“${last.number}${last.outlineHeading}”，页面只列出其标题。`,
      anchor: first.anchor,
    });
  }
  if (missingList) {
    notes.push({
      kind: 'attachment-missing',
      note: `${missingList.label}《${missingList.title}》未随正文收录：来源文本只有它的备注（${missingList.note}，共${missingList.count}项），没有清单条目；本站不补写。`,
      anchor: doc.appendices.find((a) => a.label === missingList.label)?.anchor ?? 'appendix',
    });
  }
  const unstated = Object.entries({
    issuer: '发布机关',
    documentNumber: '文号',
    dateSigned: '成文日期',
    datePublished: '发布日期',
  })
    .filter(([key]) => meta[key as keyof Meta] === UNSTATED)
    .map(([, label]) => label);
  if (unstated.length > 0) notes.push({ kind: 'metadata-unstated', note: `来源未注明：${unstated.join('、')}。` });
  return notes;
}

/** Builds the document's MDX and its service lists' YAML from a parsed source. */
export function emitDocument(
  entry: SourceMapping,
  cleaned: CleanedSource,
  doc: ParsedDocument,
  provenance: SourceProvenance,
): EmittedFiles {
  const files = new Map<string, string>();
  const problems: Problem[] = [...doc.problems];
  const notes: Problem[] = [...doc.notes];
  const listFor = new Map((entry.lists ?? []).map((l) => [l.appendix, l.slug]));

  const { meta, stated, title } = resolveFacts(doc, cleaned.portal, notes);
  // What the editor states in sources.yaml where the text does not (docs/lifecycle.md) takes the text's place.
  const overridden = (key: 'effective' | 'validity', from: string) =>
    stated[key] &&
    notes.push({
      line: 0,
      message: `${key}: the text says “${stated[key].clause}”; the editor's statement in sources.yaml (from ${from}) is used instead`,
    });
  if (entry.effective) {
    overridden('effective', entry.effective.from);
    stated.effective = entry.effective;
  }
  if (entry.validity) {
    overridden('validity', entry.validity.from);
    stated.validity = entry.validity;
  }
  if (!title) {
    // The line where a title was expected (after the 版头, if any), quoted: what stands there instead.
    const where = doc.noTitleAt ?? doc.preamble[0];
    const shown = where ? [...where.text].slice(0, 30).join('') + ([...where.text].length > 30 ? '…' : '') : '';
    problems.push({
      line: where?.line ?? 0,
      message: `no title line found before the text${where ? `: a title is expected here, not “${shown}”` : ''}`,
    });
  } else if ([...title].length < 2)
    problems.push({ line: doc.preamble[0]?.line ?? 0, message: `the title “${title}” is too short to be one` });

  // Service lists: the attachments the registry names.
  let missingList: NonNullable<EmittedList['missing']> | null = null;
  for (const appendix of doc.appendices) {
    const slug = listFor.get(appendix.label);
    if (!slug) {
      if (appendix.title.join('').endsWith('清单')) {
        notes.push({
          line: appendix.lines[0]?.line ?? 0,
          message: `attachment “${appendix.title.join('')}” looks like a service list: map it in sources.yaml to make a list page`,
        });
      }
      continue;
    }
    listFor.delete(appendix.label);
    const { list, missing } = emitList(entry, appendix, slug, provenance, problems, notes);
    if (missing) missingList = missing;
    files.set(
      entry.version ? `versions/lists/${slug}/${entry.version.key}.yaml` : `lists/${slug}.yaml`,
      `# Generated by \`npm run ingest\` from sources/${entry.file}: edit the source or the parser, not this file.\n${toYaml(entry.version ? { ...list, version: entry.version } : list)}`,
    );
  }
  for (const [label] of listFor)
    problems.push({ line: 0, message: `sources.yaml names attachment “${label}” but the text has no such attachment` });

  const nodes = [...walk(doc.sections)];
  const outline = [
    ...nodes.map((n) => ({
      anchor: n.anchor,
      level: n.level,
      number: n.number,
      title: nodeTitle(n),
      kind: nodeKind(n),
      presence: n.presence,
      ...(n.responsibility ? { responsibility: n.responsibility } : {}),
    })),
    ...doc.appendices.map((a) => ({
      anchor: a.anchor,
      level: 1,
      number: a.label,
      title: a.title.join(''),
      kind: 'appendix',
      presence: 'present',
    })),
  ];
  const allText = [
    ...text(doc.preamble),
    ...nodes.flatMap((n) => [n.heading, ...text(n.body), ...text(n.closing)]),
  ].join('\n');
  // A notice's own 《X》 is what it publishes, never what it implements — also when its end was not found.
  const ownTitles = [title, doc.notice?.innerTitle ?? '', ...ownTitlesIn(title)].filter((t) => t !== '');
  const frontMatter = {
    // An older version (docs/versions.md): kept under content/versions/ with the facts of its replacement.
    ...(entry.version ? { version: entry.version } : {}),
    title,
    region: entry.region,
    ...meta,
    status: doc.status,
    ...(doc.statusLine ? { statusLine: doc.statusLine } : {}),
    ...(doc.dateLine ? { dateLine: doc.dateLine } : {}),
    ...stated,
    implements: citedDocuments(basisText(doc), ownTitles),
    targetYears: targetYears(allText),
    completeness: completeness(doc, meta, missingList),
    provenance: { ...provenance, dropped: cleaned.dropped },
    outline,
  };

  const body: string[] = [];
  if (doc.notice) body.push(mdxBlock('Notice', { anchor: 'notice' }, text(doc.notice.lines)));
  if (doc.outline.length > 0)
    body.push(
      mdxBlock(
        'SourceOutline',
        { anchor: 'outline' },
        doc.outline.map((o) => `${o.number}${o.rest}`),
      ),
    );
  const preamble = [...doc.head, ...doc.preamble];
  if (preamble.length > 0) body.push(mdxBlock('Preamble', { anchor: 'preamble' }, text(preamble)));
  for (const node of doc.sections) body.push(...nodeMdx(node));
  if (doc.endMatter.length > 0) body.push(mdxBlock('EndMatter', { anchor: 'end' }, text(doc.endMatter)));
  for (const a of doc.appendices) {
    const list = (entry.lists ?? []).find((l) => l.appendix === a.label);
    const attrs = { anchor: a.anchor, heading: a.headingLines.join(' '), title: a.title.join(''), list: list?.slug };
    if (list) {
      body.push(mdxElement('Appendix', attrs));
      continue;
    }
    // Any other attachment: its paragraphs, and its table (a 任务分工表) as a table of rows.
    const { children, note } = appendixChildren(a);
    if (note) notes.push(note);
    const open = mdxElement('Appendix', attrs).replace(/ \/>$/u, '>');
    body.push([open, ...children, '</Appendix>'].join('\n\n'));
  }

  const header = `# Generated by \`npm run ingest\` from sources/${entry.file}: edit the source or the parser, not this file.\n`;
  const path = entry.version
    ? `versions/${entry.document}/${entry.version.key}.mdx`
    : `documents/${entry.document}.mdx`;
  files.set(path, `---\n${header}${toYaml(frontMatter)}---\n\n${body.join('\n\n')}\n`);
  return { files, problems, notes };
}
