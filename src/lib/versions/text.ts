/**
 * A policy document's MDX body read back as text for the 对照 (docs/versions.md): its parts (each heading
 * with its anchor, the fixed blocks, the attachments) with their paragraphs verbatim, and a paragraph's
 * sentences. The body is what `npm run ingest` writes (scripts/ingest/mdx.ts), so this reads exactly that.
 */

/** task / section / appendix (from the outline), or one of the fixed blocks. */
export type PartKind = 'task' | 'section' | 'appendix' | 'notice' | 'outline' | 'preamble' | 'end';

export interface DocPart {
  /** The part's stable anchor on the page (docs/urls.md). */
  anchor: string;
  kind: PartKind;
  /** The heading as printed (number and title), or the attachment's label and title; '' for a fixed block. */
  heading: string;
  /** Its own paragraphs (not those of the parts under it), verbatim; a table row's cells joined by ｜. */
  paragraphs: string[];
}

const BLOCKS: Record<string, PartKind> = {
  Notice: 'notice',
  SourceOutline: 'outline',
  Preamble: 'preamble',
  EndMatter: 'end',
};

/** The text MDX renders for an escaped line (the inverse of escapeMdxText), in one pass. */
export function unescapeMdx(text: string): string {
  return text.replace(/\\([\s\S])|&lt;|&#(\d+);/gu, (_, escaped: string | undefined, code: string | undefined) =>
    escaped !== undefined ? escaped : code !== undefined ? String.fromCodePoint(Number(code)) : '<',
  );
}

/** An attribute's value as MDX decodes it. */
const attribute = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(tag);
  return m ? m[1]!.replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code))) : undefined;
};

/** The parts of a body in order. `kinds` gives each outline anchor's kind (task, section, appendix). */
export function documentParts(body: string, kinds: ReadonlyMap<string, PartKind>): DocPart[] {
  const parts: DocPart[] = [];
  let current: DocPart | undefined;
  let row: string[] | undefined;
  const open = (anchor: string, kind: PartKind, heading: string) => {
    current = { anchor, kind, heading, paragraphs: [] };
    parts.push(current);
  };
  const paragraph = (text: string) => {
    if (text === '') return;
    // Text outside any block cannot occur in ingested MDX; it is kept with the part before it, never dropped.
    if (!current) open('preamble', 'preamble', '');
    current!.paragraphs.push(text);
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    let m: RegExpExecArray | null;
    if ((m = /^<Heading\b([^>]*)>(.*)<\/Heading>$/u.exec(line))) {
      const anchor = attribute(m[1]!, 'anchor') ?? '';
      open(anchor, kinds.get(anchor) ?? 'section', unescapeMdx(m[2]!));
    } else if ((m = /^<(Notice|SourceOutline|Preamble|EndMatter)\b([^>]*)>$/u.exec(line))) {
      open(attribute(m[2]!, 'anchor') ?? '', BLOCKS[m[1]!]!, '');
    } else if ((m = /^<Appendix\b(.*?)\s*(\/)?>$/u.exec(line))) {
      open(attribute(m[1]!, 'anchor') ?? '', 'appendix', attribute(m[1]!, 'heading') ?? '');
    } else if (/^<\/(Notice|SourceOutline|Preamble|EndMatter|Appendix|Table)>$|^<Table\b/u.test(line)) {
      continue;
    } else if (/^<TableRow\b/u.test(line)) {
      row = [];
    } else if ((m = /^<TableCell\b[^>]*>(.*)<\/TableCell>$/u.exec(line))) {
      (row ??= []).push(unescapeMdx(m[1]!));
    } else if (line === '</TableRow>') {
      paragraph((row ?? []).join('｜'));
      row = undefined;
    } else {
      paragraph(unescapeMdx(line));
    }
  }
  return parts;
}

/**
 * A paragraph's sentences: each ends after 。；！？ (and closing quotes or brackets that follow), so that a
 * change is shown in its sentence; a bracket such as （责任单位：…） is a sentence of its own.
 */
export function splitSentences(paragraph: string): string[] {
  return (paragraph.match(/[^。；！？;!?]+(?:[。；！？;!?]+[”’」』）)]*)?|[。；！？;!?]+[”’」』）)]*/gu) ?? []).filter(
    (s) => s.trim() !== '',
  );
}
