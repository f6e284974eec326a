/**
 * What an ingest run would do to the content folder, as a list of file changes: computed in full before
 * anything is written, shown (with line counts) before a --replace writes it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines } from 'diff';

export interface FileChange {
  /** Path under the content folder, with / separators. */
  path: string;
  /** The new content, or null to remove the file. */
  after: string | Buffer | null;
}

export interface PlannedChange extends FileChange {
  kind: 'add' | 'change' | 'remove';
  before: Buffer | null;
}

const same = (a: Buffer, b: string | Buffer) => a.equals(typeof b === 'string' ? Buffer.from(b, 'utf8') : b);

/** The changes that would alter a file on disk (unchanged files and removals of missing files left out). */
export function planChanges(contentDir: string, changes: FileChange[]): PlannedChange[] {
  const planned: PlannedChange[] = [];
  for (const change of changes) {
    const target = join(contentDir, change.path);
    const before = existsSync(target) ? readFileSync(target) : null;
    if (change.after === null) {
      if (before) planned.push({ ...change, kind: 'remove', before });
    } else if (!before) planned.push({ ...change, kind: 'add', before });
    else if (!same(before, change.after)) planned.push({ ...change, kind: 'change', before });
  }
  return planned;
}

const isText = (b: Buffer) =>
  !b.includes(0) && new TextDecoder('utf-8', { fatal: false }).decode(b).indexOf('\uFFFD') === -1;
const lineCount = (s: string) => (s === '' ? 0 : s.split('\n').length - (s.endsWith('\n') ? 1 : 0));
const size = (b: Buffer) => (b.length < 1024 ? `${b.length} bytes` : `${(b.length / 1024).toFixed(1)} KB`);

/** One line per change: what, where, and how many lines (bytes for a binary file). */
export function describeChanges(label: string, planned: PlannedChange[]): string[] {
  return planned.map((c) => {
    const after = c.after === null ? null : Buffer.isBuffer(c.after) ? c.after : Buffer.from(c.after, 'utf8');
    const where = `${label}/${c.path}`;
    if (c.kind === 'add')
      return `  add     ${where}  (${isText(after!) ? `${lineCount(after!.toString('utf8'))} lines` : size(after!)})`;
    if (c.kind === 'remove')
      return `  remove  ${where}  (${isText(c.before!) ? `${lineCount(c.before!.toString('utf8'))} lines` : size(c.before!)})`;
    if (!isText(c.before!) || !isText(after!)) return `  change  ${where}  (${size(c.before!)} → ${size(after!)})`;
    let added = 0;
    let removed = 0;
    for (const part of diffLines(c.before!.toString('utf8'), after!.toString('utf8'))) {
      if (part.added) added += part.count ?? 0;
      if (part.removed) removed += part.count ?? 0;
    }
    return `  change  ${where}  (+${added} −${removed} lines)`;
  });
}
