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

export function checkEmitted(files: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const [path, text] of files) {
    const m = /^(documents|lists)\/([^/]+)\.(mdx|yaml)$/u.exec(path);
    if (!m) continue;
    const [, folder, id] = m as unknown as [string, 'documents' | 'lists', string];
    const file = parseContentText(text, `content/${path}`, id, folder === 'documents');
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
