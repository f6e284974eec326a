import type { z } from 'astro/zod';
import type { ContentFile } from './read.ts';

/** Turns zod issues into lines that name the field, say what is wrong and what to do. */
export function friendlyIssues(issues: readonly z.core.$ZodIssue[]): string[] {
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

/**
 * A content file's data checked against its schema: its YAML syntax errors, else its schema errors, are
 * reported (each line starting with the file); null when there were any.
 */
export function checkedData<S extends z.ZodType>(
  f: ContentFile,
  schema: S,
  report: (f: ContentFile, message: string) => void,
): z.output<S> | null {
  f.syntaxErrors.forEach((e) => report(f, e));
  if (f.syntaxErrors.length > 0) return null;
  const result = parseFriendly(schema, f.data);
  if ('errors' in result) {
    result.errors.forEach((e) => report(f, e));
    return null;
  }
  return result.data;
}
