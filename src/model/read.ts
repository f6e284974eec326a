import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument as parseYamlDocument } from 'yaml';

export interface ContentFile {
  /** Path relative to the project, for messages (content/regions/baoshan.yaml). */
  path: string;
  /** The file name without its extension: the entry's id. */
  id: string;
  data: unknown;
  /** For MDX: the body after the front matter. */
  body: string;
  /** YAML syntax errors, if any. */
  syntaxErrors: string[];
}

/**
 * Reads YAML the way Astro does (YAML 1.1: unquoted dates become timestamps), so the checker
 * sees what the build will see.
 */
function readYaml(text: string): { data: unknown; errors: string[] } {
  const doc = parseYamlDocument(text, { version: '1.1', schema: 'yaml-1.1' });
  const errors = doc.errors.map((e) => `YAML syntax at line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]} — fix the indentation or quoting`);
  return { data: errors.length ? null : doc.toJS(), errors };
}

/** Every file of one collection folder with the given extension, parsed; sorted by name. */
export function readCollection(contentDir: string, label: string, folder: string, extension: '.yaml' | '.mdx'): ContentFile[] {
  const dir = join(contentDir, folder);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(extension)).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const path = `${label}/${folder}/${name}`;
    const id = name.slice(0, -extension.length);
    if (extension === '.yaml') {
      const { data, errors } = readYaml(text);
      return { path, id, data, body: '', syntaxErrors: errors };
    }
    const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/u.exec(text);
    if (!m) return { path, id, data: null, body: text, syntaxErrors: ['no front matter: the file must start with --- and a YAML block'] };
    const { data, errors } = readYaml(m[1]!);
    return { path, id, data, body: m[2]!, syntaxErrors: errors };
  });
}

/** One YAML data file at the top of the content folder (e.g. redirects.yaml). */
export function readDataFile(contentDir: string, label: string, name: string): ContentFile {
  const { data, errors } = readYaml(readFileSync(join(contentDir, name), 'utf8'));
  return { path: `${label}/${name}`, id: name.replace(/\.yaml$/u, ''), data, body: '', syntaxErrors: errors };
}
