/**
 * What every page must have for screen readers and keyboards (docs/quality.md): one h1, the
 * landmarks, a skip link to the main text, a name on every control, and link text that says where it
 * goes. Checked on the built HTML of every page; axe in Chromium (tests/browser/quality/) checks the rest.
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, isRedirectPage } from './dist.ts';

/** Link texts that do not say where the link goes (alone, after trimming punctuation). */
const VAGUE_LINK_TEXT = new Set([
  '点击这里',
  '点击此处',
  '点这里',
  '点此',
  '这里',
  '此处',
  '详见',
  '详情',
  '更多',
  '查看',
  '查看更多',
  '了解更多',
  '阅读更多',
  '链接',
  '进入',
  'click here',
  'here',
  'more',
  'read more',
]);

const pages = () => builtPages().filter((p) => !isRedirectPage(p));
const text = (el: HTMLElement) => el.textContent.replace(/\s+/gu, ' ').trim();

/** The accessible name from aria-label, aria-labelledby, a <label>, or the element's own text. */
function accessibleName(el: HTMLElement, root: HTMLElement): string {
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by)
    return by
      .split(/\s+/u)
      .map((id) => root.querySelector(`[id="${id}"]`))
      .map((e) => (e ? text(e) : ''))
      .join(' ')
      .trim();
  const id = el.getAttribute('id');
  const forLabel = id ? root.querySelector(`label[for="${id}"]`) : null;
  if (forLabel) return text(forLabel);
  const wrapping = el.closest('label');
  if (wrapping) return text(wrapping);
  const images = el
    .querySelectorAll('img[alt], svg[aria-label]')
    .map((i) => i.getAttribute('alt') ?? i.getAttribute('aria-label') ?? '');
  return [text(el), ...images].join(' ').trim();
}

describe('page structure of every built page', () => {
  // lang="zh-CN" on every page: tests/site/links.test.ts.
  it('has exactly one h1', () => {
    const wrong = pages()
      .map((p) => [p.path, p.root.querySelectorAll('h1').length] as const)
      .filter(([, n]) => n !== 1);
    expect(wrong.map(([path, n]) => `${path}: ${n} h1 elements`)).toEqual([]);
  });

  it('has a banner, a named navigation, one main and a footer, and a skip link to the main text first', () => {
    const wrong = pages().flatMap((p) => {
      const body = p.root.querySelector('body')!;
      const problems: string[] = [];
      const main = p.root.querySelectorAll('main');
      if (main.length !== 1 || main[0]!.id !== 'main') problems.push('one <main id="main">');
      if (!body.querySelector(':scope > header')) problems.push('a <header> directly in <body>');
      if (!body.querySelector(':scope > footer')) problems.push('a <footer> directly in <body>');
      if (!p.root.querySelector('nav[aria-label]')) problems.push('a named <nav>');
      const first = body.querySelector('a, button, input, select, textarea, summary');
      if (first?.getAttribute('href') !== '#main' || !text(first).includes('正文'))
        problems.push('the skip link to #main as the first control');
      return problems.map((x) => `${p.path}: needs ${x}`);
    });
    expect(wrong).toEqual([]);
  });

  it('names every form control and button', () => {
    const unnamed = pages().flatMap((p) =>
      p.root
        .querySelectorAll('input:not([type="hidden"]), select, textarea, button')
        .filter((el) => accessibleName(el, p.root) === '')
        .map((el) => `${p.path}: ${el.toString().slice(0, 120)}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('gives every link text that says where it goes', () => {
    const vague: string[] = [];
    let links = 0;
    for (const p of pages()) {
      for (const a of p.root.querySelectorAll('a[href]')) {
        links++;
        const name = accessibleName(a, p.root)
          .replace(/[\s，。：；、“”《》（）()»›→…:.,]/gu, '')
          .toLowerCase();
        if (name === '' || VAGUE_LINK_TEXT.has(name))
          vague.push(`${p.path}: <a href="${a.getAttribute('href')}">${text(a)}</a>`);
      }
    }
    console.log(`link text: ${links} links checked, ${vague.length} vague or empty`);
    expect(vague).toEqual([]);
  });

  it('never skips a heading level going down (h2 → h4)', () => {
    const skips = pages().flatMap((p) => {
      const levels = p.root.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName.slice(1)));
      return levels.flatMap((l, i) =>
        i > 0 && l > levels[i - 1]! + 1 ? [`${p.path}: h${levels[i - 1]} → h${l}`] : [],
      );
    });
    expect(skips).toEqual([]);
  });
});
