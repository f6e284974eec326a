/** Nests a flat outline (level 1–3, in document order) into a tree for the table of contents. */
export interface TocEntry<T> {
  entry: T;
  children: TocEntry<T>[];
}

export function nestOutline<T extends { level: number }>(outline: readonly T[]): TocEntry<T>[] {
  const root: TocEntry<T>[] = [];
  const stack: TocEntry<T>[] = [];
  for (const entry of outline) {
    const node = { entry, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.entry.level >= entry.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(node);
    stack.push(node);
  }
  return root;
}
