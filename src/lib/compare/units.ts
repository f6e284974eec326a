/**
 * The parts of a policy document that get topic tags: every numbered task, and every section that
 * holds text of its own with no parts below it (宁夏's (一)…(十五), 总体要求, 组织保障 …). Attachments
 * are lists or annexes, tagged item by item or not at all.
 */
export interface OutlineEntryLike {
  anchor: string;
  level: number;
  kind: 'section' | 'task' | 'appendix';
  title: string;
  presence: 'present' | 'truncated' | 'missing';
}

/** Outline entries that are leaves (no deeper entry follows before the next one of the same or a higher level). */
export function taggableUnits<E extends OutlineEntryLike>(outline: readonly E[]): E[] {
  return outline.filter((entry, i) => {
    if (entry.kind === 'appendix') return false;
    const next = outline[i + 1];
    return !next || next.kind === 'appendix' || next.level <= entry.level;
  });
}
