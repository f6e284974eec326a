/**
 * Writing verbatim text into MDX so that it renders exactly as written, whatever it holds: Markdown
 * syntax, braces, angle brackets, quotes, lines that read like `import` or `export`.
 */

/**
 * Escapes what Markdown or MDX would otherwise read as syntax; the rendered text is unchanged. `<` becomes
 * a character reference (not `\<`), so that no `<tag` is left in the MDX for a reader to take for a
 * component, and so does `"`, so that no `anchor="…"` in the text is taken for an anchor; a line starting with import/export gets its first letter as a character reference, so MDX
 * does not take it for an ES module statement.
 */
export function escapeMdxText(text: string): string {
  return text
    .replace(/[\\{}>*_`[\]|~#&]/gu, '\\$&')
    .replace(/</gu, '&lt;')
    .replace(/"/gu, '&#34;')
    .replace(/^(\d+)([.)])/u, '$1\\$2')
    .replace(/^([-+=])/u, '\\$1')
    .replace(/^(i)(?=mport\b)|^(e)(?=xport\b)/u, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A JSX attribute value in double quotes. MDX decodes character references in attribute values, so any
 * text can be written: quotes, braces, angle brackets and ampersands become references.
 */
export function mdxAttribute(name: string, value: string | number): string {
  const encoded = String(value).replace(/[&"<>{}]/gu, (c) => `&#${c.charCodeAt(0)};`);
  return `${name}="${encoded}"`;
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
