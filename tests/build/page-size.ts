/**
 * A page's size without parsing it into a tree (a 10,000-page site is checked in seconds): its elements are
 * its start tags outside scripts, styles and comments; its text is what is left between the tags of its
 * policy text (article.source-text), or of the whole page when it has none.
 */

const SKIPPED = /<!--[\s\S]*?-->|<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>/giu;

/** Start tags of elements, as querySelectorAll('*') of the page plus <html> counts them. */
export function countElements(html: string): number {
  const bare = html.replace(SKIPPED, (m) => (m.startsWith('<!--') ? '' : m.slice(0, m.indexOf('>') + 1)));
  return bare.match(/<[a-z][a-z0-9-]*(?=[\s/>])/giu)?.length ?? 0;
}

/** Characters of text in the page's policy text (or the whole page), entities counted as one. */
export function textLength(html: string): number {
  const start = html.search(/<article\b[^>]*class="[^"]*\bsource-text\b/u);
  const part = start < 0 ? html : html.slice(start, html.indexOf('</article>', start));
  return part
    .replace(SKIPPED, '')
    .replace(/<[^>]*>/gu, '')
    .replace(/&[#a-z0-9]+;/giu, '.')
    .replace(/\s+/gu, '').length;
}
