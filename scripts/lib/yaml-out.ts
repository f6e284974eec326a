/** Writing the reviewed comparison data back as YAML a reviewer can read line by line. */

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}\-_.]*$/u;

/** A YAML scalar: plain when safe (slugs, numbers), else double-quoted JSON. */
function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return PLAIN.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/iu.test(value) && !/^\d/u.test(value)
    ? value
    : JSON.stringify(value);
}

/** `{ a: 1, b: [x, y] }` on one line; undefined fields are left out. */
export function yamlFlow(record: Record<string, string | number | boolean | string[] | undefined>): string {
  const parts = Object.entries(record)
    .filter((e): e is [string, string | number | boolean | string[]] => e[1] !== undefined)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.map(yamlScalar).join(', ')}]` : yamlScalar(v)}`);
  return `{ ${parts.join(', ')} }`;
}
