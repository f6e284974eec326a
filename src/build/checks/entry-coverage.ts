/** How a file's entries match the things they must cover one each (tasks, list items): what is missing, extra or twice. */
export interface EntryCoverage<T> {
  /** Expected but not listed. */
  missing: T[];
  /** Listed but not expected. */
  extra: T[];
  /** Listed more than once (each repeat). */
  twice: T[];
}

export function entryCoverage<T>(expected: readonly T[], listed: readonly T[]): EntryCoverage<T> {
  return {
    missing: expected.filter((x) => !listed.includes(x)),
    extra: listed.filter((x) => !expected.includes(x)),
    twice: listed.filter((x, i) => listed.indexOf(x) !== i),
  };
}
