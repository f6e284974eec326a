/** A saved web page (.html/.htm): decoded in the charset it really has, then read as a portal page (html-page.ts). */
import { decodeBytes } from './decode.ts';
import { pageText } from './html-page.ts';
import { unixLineEnds } from './text.ts';
import { failed, SAVE_AS, type Extracted } from './types.ts';

/** The charset a page declares in its first bytes: <meta charset>, <meta http-equiv … charset=>, or <?xml encoding=>. */
export function declaredCharset(raw: Uint8Array): string | undefined {
  const head = Buffer.from(raw.subarray(0, 4096)).toString('latin1');
  const meta = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  const xml = /^<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/iu.exec(head.trimStart());
  return meta?.[1] ?? xml?.[1];
}

export function extractHtml(raw: Uint8Array): Extracted {
  const declared = declaredCharset(raw);
  const decoded = decodeBytes(raw, declared);
  if ('error' in decoded) {
    const extracted = failed('html', `${decoded.error}: ${SAVE_AS}`);
    extracted.problems[0]!.line = decoded.line;
    return extracted;
  }
  const page = pageText(unixLineEnds(decoded.text));
  const notes = [...(decoded.note ? [decoded.note] : []), ...page.notes].map((message) => ({ line: 0, message }));
  if (page.problem) return { ...failed('html', page.problem, decoded.encoding), notes };
  return { text: `${page.lines.join('\n')}\n`, format: 'html', encoding: decoded.encoding, problems: [], notes };
}
