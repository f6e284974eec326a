/**
 * The files ingest is about to write, checked as the content check will check them: each against its
 * collection's schema, a document's MDX body against the allow-list (src/build/checks/documents.ts). Ingest
 * writes nothing that the build would refuse.
 */
import { checkBody } from '../../src/build/checks/documents.ts';
import { parseFriendly } from '../../src/model/friendly-errors.ts';
import { COLLECTIONS } from '../../src/model/layout.ts';
import { parseContentText } from '../../src/model/read.ts';
import type { Problem } from './problem.ts';

/** The collection a written path belongs to: a document or list, or an older version of one (docs/versions.md). */
function collectionOf(path: string): 'documents' | 'lists' | 'documentVersions' | 'listVersions' | undefined {
  if (/^documents\/[^/]+\.mdx$/u.test(path)) return 'documents';
  if (/^lists\/[^/]+\.yaml$/u.test(path)) return 'lists';
  if (/^versions\/lists\/[^/]+\/[^/]+\.yaml$/u.test(path)) return 'listVersions';
  if (/^versions\/[^/]+\/[^/]+\.mdx$/u.test(path)) return 'documentVersions';
  return undefined;
}

export function checkEmitted(files: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const [path, text] of files) {
    const folder = collectionOf(path);
    if (!folder) continue;
    const id = path.replace(/^(documents|lists|versions\/lists|versions)\//u, '').replace(/\.(mdx|yaml)$/u, '');
    const file = parseContentText(text, `content/${path}`, id, path.endsWith('.mdx'));
    const refuse = (message: string) =>
      problems.push({ line: 0, message: `content/${path} would not pass the content check: ${message}` });
    file.syntaxErrors.forEach(refuse);
    if (file.syntaxErrors.length > 0) continue;
    const parsed = parseFriendly(COLLECTIONS[folder].schema, file.data);
    if ('errors' in parsed) {
      parsed.errors.forEach(refuse);
      continue;
    }
    if ('outline' in parsed.data)
      checkBody(
        file,
        parsed.data.outline.map((o) => o.anchor),
        (_, message) => refuse(message),
      );
  }
  return problems;
}
