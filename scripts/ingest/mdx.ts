/** Writing verbatim text into MDX so that it renders exactly as written. */

/** Escapes what Markdown or MDX would otherwise read as syntax; the rendered text is unchanged. */
export function escapeMdxText(text: string): string {
  return text
    .replace(/[\\{}<>*_`[\]|~#&]/gu, '\\$&')
    .replace(/^(\d+)([.)])/u, '$1\\$2')
    .replace(/^([-+=])/u, '\\$1');
}

/** A JSX attribute value; the content model never needs quotes inside, so one is an error. */
function mdxAttribute(name: string, value: string | number): string {
  const s = String(value);
  if (/["{}<>]/u.test(s))
    throw new Error(`attribute ${name} cannot hold ${JSON.stringify(s)} (quotes, braces or angle brackets)`);
  return `${name}="${s}"`;
}

/** `<Name a="1">children</Name>` on one line, or self-closing without children. */
export function mdxElement(
  name: string,
  attributes: Record<string, string | number | undefined>,
  children?: string,
): string {
  const attrs = Object.entries(attributes)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${mdxAttribute(k, v)}`)
    .join('');
  return children === undefined ? `<${name}${attrs} />` : `<${name}${attrs}>${escapeMdxText(children)}</${name}>`;
}

/** A block wrapper with Markdown paragraphs inside (blank lines keep them Markdown). */
export function mdxBlock(
  name: string,
  attributes: Record<string, string | number | undefined>,
  paragraphs: string[],
): string {
  const open = mdxElement(name, attributes).replace(/ \/>$/u, '>');
  return [open, ...paragraphs.map(escapeMdxText), `</${name}>`].join('\n\n');
}
