/**
 * First-use links from policy pages to the glossary: in a built page, the first occurrence of each term
 * inside the verbatim text ([data-verbatim], not in headings or existing links) becomes a link to
 * /glossary/#<id>. The text itself is unchanged; only an <a> is wrapped around it.
 */
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import type { GlossaryEntry } from '../../model/glossary.ts';

const SKIP = new Set([
  'A',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SCRIPT',
  'STYLE',
  'BUTTON',
  'SUMMARY',
  'OPTION',
  'TEXTAREA',
  'TITLE',
  'LABEL',
  'SELECT',
]);

interface Form {
  form: string;
  id: string;
  term: string;
}

/** Every form of every entry, longest first, so 家庭养老照护床位 wins over 家庭养老床位 and 特困人员 over 特困. */
function formsOf(entries: readonly GlossaryEntry[]): Form[] {
  return entries
    .flatMap((e) => e.forms.map((form) => ({ form, id: e.id, term: e.term })))
    .sort((a, b) => b.form.length - a.form.length);
}

const escape = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** The page with first-use links added; returns the ids linked, in order. */
export function linkFirstUses(
  html: string,
  entries: readonly GlossaryEntry[],
  glossaryUrl: string,
): { html: string; linked: string[] } {
  const root = parse(html, { comment: true });
  const forms = formsOf(entries);
  const done = new Set<string>();
  const linked: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      linkText(node);
      return;
    }
    const el = node as HTMLElement;
    if (SKIP.has(el.tagName) || el.hasAttribute?.('data-site')) return;
    [...node.childNodes].forEach(visit);
  };
  const linkText = (node: Node) => {
    const text = node.rawText;
    let best: { at: number; f: Form } | undefined;
    for (const f of forms) {
      if (done.has(f.id)) continue;
      const at = text.indexOf(f.form);
      if (at >= 0 && (!best || at < best.at || (at === best.at && f.form.length > best.f.form.length)))
        best = { at, f };
    }
    if (!best) return;
    done.add(best.f.id);
    linked.push(best.f.id);
    const { at, f } = best;
    const link = `<a class="term" href="${glossaryUrl}#${f.id}" title="${escape(f.term)}：查看解释">${text.slice(at, at + f.form.length)}</a>`;
    const replacement = parse(`${text.slice(0, at)}${link}<span data-rest></span>`);
    const rest = text.slice(at + f.form.length);
    const parent = node.parentNode as HTMLElement;
    const nodes = replacement.childNodes.slice(0, -1);
    const restNode = parse(rest).firstChild;
    const index = parent.childNodes.indexOf(node);
    const next = [...nodes, ...(restNode ? [restNode] : [])];
    next.forEach((n) => {
      n.parentNode = parent;
    });
    parent.childNodes.splice(index, 1, ...next);
    // The rest of this text may hold another term.
    if (restNode) linkText(restNode);
  };
  for (const scope of root.querySelectorAll('[data-verbatim]')) {
    if (scope.parentNode && (scope.parentNode as HTMLElement).closest?.('[data-verbatim]')) continue;
    visit(scope);
  }
  return { html: root.toString(), linked };
}
