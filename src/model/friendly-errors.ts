import type { z } from 'astro/zod';

/** Turns zod issues into lines that name the field, say what is wrong and what to do. */
function friendlyIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'unrecognized_keys':
        return `${issue.path.length > 0 ? `${field}.` : ''}${issue.keys.join(', ')}: unknown field — remove it or correct its spelling (see the schema's field comments)`;
      case 'invalid_value':
        return `${field}: ${JSON.stringify(input)} is not allowed — use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      case 'invalid_type':
        if (input === undefined) return `${field}: missing — add this required field`;
        return `${field}: expected ${issue.expected}, found ${JSON.stringify(input)} — ${input instanceof Date ? 'put dates in quotes, e.g. "2023-04-11"' : `write a ${issue.expected}`}`;
      default:
        return `${field}: ${issue.message}${input !== undefined && typeof input !== 'object' ? ` (found ${JSON.stringify(input)})` : ''}`;
    }
  });
}

/** Parses with the schema; the result or the friendly lines. */
export function parseFriendly<S extends z.ZodType>(
  schema: S,
  data: unknown,
): { data: z.output<S> } | { errors: string[] } {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? { data: result.data } : { errors: friendlyIssues(result.error.issues) };
}
