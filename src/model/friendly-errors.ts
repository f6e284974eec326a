import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/**
 * How every message names an entry of an `items` array: its place in the file (counted from 0, as YAML tools
 * count) and the item's own number (序号, counted from 1 as the list prints it), e.g. `items.3 (item 4)`.
 */
export const itemField = (index: number, number: number | undefined): string =>
  number === undefined ? `items.${index}` : `items.${index} (item ${number})`;

/** Item numbers in a message: "item 25" or "items 25, 26", with the verb that agrees ("is"/"are", "has"/"have"). */
export const itemsNamed = (numbers: readonly number[], verbs: [string, string] = ['is', 'are']): string =>
  numbers.length === 1 ? `item ${numbers[0]} ${verbs[0]}` : `items ${numbers.join(', ')} ${verbs[1]}`;

/** A field's path as messages write it; entries of `items` arrays are named by their item number when `root` has it. */
export function fieldName(path: Path, root?: unknown): string {
  if (path.length === 0) return '(top level)';
  let node: unknown = root;
  const parts: string[] = [];
  path.forEach((key, i) => {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && path[i - 1] === 'items') {
      const number = (node as { number?: unknown } | undefined)?.number;
      parts[parts.length - 1] = itemField(key, Number.isInteger(number) ? (number as number) : undefined);
    } else parts.push(String(key));
  });
  return parts.join('.');
}

const article = (noun: string) => (/^[aeiou]/u.test(noun) ? `an ${noun}` : `a ${noun}`);

/** A union branch the input was not meant for: a key the branch does not know, or the branch's own key absent. */
const missesBranch = (branch: readonly Issue[]): boolean =>
  branch.some(
    (i) =>
      (i.code === 'unrecognized_keys' && i.path.length === 0) ||
      (i.path.length === 1 &&
        (i as { input?: unknown }).input === undefined &&
        (i.code === 'invalid_type' || i.code === 'invalid_value')),
  );

/** Keys of the input that a branch does not know. */
const unknownKeys = (branch: readonly Issue[]): string[] =>
  branch.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : []));

/** The key each branch of a union of objects is for: the one it found missing, else the given key it accepted. */
const branchKeys = (branches: readonly (readonly Issue[])[], given: string[]): string[] => [
  ...new Set(
    branches.flatMap((b) => {
      const missing = b.find((i) => i.path.length === 1 && (i as { input?: unknown }).input === undefined);
      const accepted = given.filter((k) => !unknownKeys(b).includes(k));
      const key = missing ? String(missing.path[0]) : accepted[0];
      return key === undefined ? [] : [key];
    }),
  ),
];

/**
 * A union (such as an eligibility rule) that matched no branch: the issues of the branch the input was
 * written for (the one whose key it uses), or else which keys are allowed.
 */
function unionLines(issue: Extract<Issue, { code: 'invalid_union' }>, at: Path, root: unknown): string[] {
  const field = fieldName(at, root);
  const input = (issue as { input?: unknown }).input;
  const isRecord = input !== null && typeof input === 'object' && Object.getPrototypeOf(input) === Object.prototype;
  // A union of plain values (a date or 未注明) keeps its own message, which says what to write.
  if (!isRecord) {
    const expectsObject = issue.errors.every((b) =>
      b.some((i) => i.code === 'invalid_type' && i.path.length === 0 && i.expected === 'object'),
    );
    if (expectsObject)
      return [
        `${field}: expected an object (key: value), found ${JSON.stringify(input)} — see the schema's field comments`,
      ];
    // A union of literals (1, 2 or 3): one line with every allowed value.
    const values = issue.errors.map((b) => (b.length === 1 && b[0]!.code === 'invalid_value' ? b[0]!.values : null));
    if (values.every((v) => v !== null))
      return lines({ code: 'invalid_value', values: values.flat(), path: [...at], input } as unknown as Issue, root);
    return lines({ ...issue, code: 'custom', path: [...at] } as unknown as Issue, root);
  }
  const meant = issue.errors.filter((b) => !missesBranch(b));
  if (meant.length > 0) {
    const best = meant.reduce((a, b) => (b.length < a.length ? b : a));
    return best.flatMap((i) => lines({ ...i, path: [...at, ...i.path] } as Issue, root));
  }
  const given = Object.keys(input);
  const keys = branchKeys(issue.errors, given);
  const known = new Set(issue.errors.flatMap((b) => given.filter((k) => !unknownKeys(b).includes(k))));
  const unknown = given.filter((k) => !known.has(k));
  const allowed = keys.join(', ');
  if (unknown.length > 0)
    return [`${field}.${unknown.join(', ')}: unknown key — use one of ${allowed} (see the schema's field comments)`];
  const main = given.filter((k) => keys.includes(k));
  return [
    main.length === 0
      ? `${field}: ${given.length === 0 ? 'empty' : `${given.join(', ')} alone`} — add one of the keys ${allowed}`
      : `${field}: ${main.join(' and ')} cannot stand in one entry — write one of ${allowed} per entry (see the schema's field comments)`,
  ];
}

function lines(issue: Issue, root: unknown): string[] {
  const field = fieldName(issue.path, root);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_union':
      return unionLines(issue, issue.path, root);
    case 'unrecognized_keys':
      return [
        `${issue.path.length > 0 ? `${field}.` : ''}${issue.keys.join(', ')}: unknown field — remove it or correct its spelling (see the schema's field comments)`,
      ];
    case 'invalid_value':
      return [
        `${field}: ${JSON.stringify(input)} is not allowed — use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      ];
    case 'invalid_type':
      if (input === undefined) return [`${field}: missing — add this required field`];
      return [
        `${field}: expected ${article(issue.expected)}, found ${JSON.stringify(input)} — ${input instanceof Date ? 'put dates in quotes, e.g. "2023-04-11"' : `write ${article(issue.expected)}`}`,
      ];
    default:
      return [
        `${field}: ${issue.message}${input !== undefined && typeof input !== 'object' ? ` (found ${JSON.stringify(input)})` : ''}`,
      ];
  }
}

/** Turns zod issues into lines that name the field, say what is wrong and what to do; `root` is the data parsed. */
function friendlyIssues(issues: readonly Issue[], root?: unknown): string[] {
  return issues.flatMap((issue) => lines(issue, root));
}

/** Parses with the schema; the result or the friendly lines. */
export function parseFriendly<S extends z.ZodType>(
  schema: S,
  data: unknown,
): { data: z.output<S> } | { errors: string[] } {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? { data: result.data } : { errors: friendlyIssues(result.error.issues, data) };
}
