/**
 * 朗读 in Chromium with a recording stand-in for the browser's speech (docs/accessibility.md): never starts by
 * itself; reads the main text in document order in zh-CN, one block after another, highlighting each; pauses,
 * resumes and stops; stops when the page is left; absent where there is no speech or no JavaScript.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../built-site.ts';
import { DOCUMENT_PAGE, ITEM_PAGE } from './templates.ts';

const site = builtSiteInChromium();

interface Call {
  call: 'speak' | 'pause' | 'resume' | 'cancel';
  text?: string;
  lang?: string;
  voice?: string;
}

/**
 * Replaces speechSynthesis and SpeechSynthesisUtterance with recorders. Calls are kept in sessionStorage too,
 * so they can be read after the page is left. `speechDone()` ends the utterance being spoken.
 */
function fakeSpeech(voiceLangs: string[]) {
  const calls: Call[] = [];
  const record = (c: Call) => {
    calls.push(c);
    sessionStorage.setItem(
      'speech-calls',
      JSON.stringify([...JSON.parse(sessionStorage.getItem('speech-calls') ?? '[]'), c]),
    );
  };
  class Utterance extends EventTarget {
    lang = '';
    rate = 1;
    voice: { lang: string } | null = null;
    readonly text: string;
    constructor(text: string) {
      super();
      this.text = text;
    }
  }
  let current: Utterance | null = null;
  let last: Utterance | null = null;
  const synth = {
    get speaking() {
      return current !== null;
    },
    paused: false,
    pending: false,
    speak(u: Utterance) {
      record({ call: 'speak', text: u.text, lang: u.lang, voice: u.voice?.lang });
      current = last = u;
    },
    pause() {
      record({ call: 'pause' });
      synth.paused = current !== null;
    },
    resume() {
      record({ call: 'resume' });
      synth.paused = false;
    },
    cancel() {
      record({ call: 'cancel' });
      const u = current;
      current = null;
      synth.paused = false;
      u?.dispatchEvent(Object.assign(new Event('error'), { error: 'canceled' }));
    },
    getVoices: () => voiceLangs.map((lang, i) => ({ lang, name: lang, localService: true, default: i === 0 })),
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.assign(window, {
    speechCalls: calls,
    speechDone() {
      const u = current;
      current = null;
      u?.dispatchEvent(new Event('end'));
    },
    /** An “end” that some engines still send for an utterance after it was cancelled. */
    speechLateEnd() {
      last?.dispatchEvent(new Event('end'));
    },
  });
}

async function open(
  path: string,
  options: BrowserContextOptions & { speech?: 'fake' | 'none'; voices?: string[] } = {},
): Promise<{ page: Page; problems: string[] }> {
  const { speech = 'fake', voices = ['en-US', 'zh-HK', 'zh-CN'], ...contextOptions } = options;
  const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  if (speech === 'fake') await page.addInitScript(fakeSpeech, voices);
  else
    await page.addInitScript(() => {
      Reflect.deleteProperty(Window.prototype, 'speechSynthesis');
      Reflect.deleteProperty(window, 'speechSynthesis');
    });
  await page.goto(`${site.origin}${path}`);
  return { page, problems };
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { speechCalls: Call[] }).speechCalls);
const spoken = async (page: Page) => (await calls(page)).filter((c) => c.call === 'speak');
const done = (page: Page) => page.evaluate(() => (window as unknown as { speechDone: () => void }).speechDone());
const squeeze = (s: string) => s.replace(/\s+/gu, ' ').trim();

describe('朗读 on a document page', () => {
  it('waits for the switch, then reads the page from its title in document order, in zh-CN', async () => {
    const { page, problems } = await open(DOCUMENT_PAGE);
    const toggle = page.getByRole('switch', { name: '朗读' });
    await expect.poll(() => toggle.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    expect(await calls(page)).toEqual([]);

    // What the page shows first, found without the read-order code: the title, the lines under it, the facts.
    const expected = await page.locator('main h1, main header p, main .meta > dt, main .meta > dd').evaluateAll((els) =>
      els
        .map((e) => e.textContent!.replace(/\s+/gu, ' ').trim())
        .filter(Boolean)
        .slice(0, 8),
    );
    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    for (let i = 1; i < expected.length; i++) await done(page);
    const first = await spoken(page);
    expect(first.map((c) => c.text)).toEqual(expected);
    for (const c of first) expect(c).toMatchObject({ lang: 'zh-CN', voice: 'zh-CN' });
    // The block being read is highlighted: the last of those (a fact of the document).
    expect(squeeze((await page.locator('.reading-now').textContent()) ?? '')).toBe(expected.at(-1));

    // To the end: the policy text in its order, never the controls, navigation or copy-link links.
    await page.evaluate(() => {
      const w = window as unknown as { speechSynthesis: { speaking: boolean }; speechDone: () => void };
      while (w.speechSynthesis.speaking) w.speechDone();
    });
    const all = (await spoken(page)).map((c) => c.text!);
    const text = all.join('');
    const headings = await page.locator('article .anchored:not(.visually-hidden) > span').allTextContents();
    expect(headings.length).toBeGreaterThan(3);
    let at = 0;
    for (const heading of headings) {
      const found = text.indexOf(squeeze(heading), at);
      expect(found, `“${heading}” read after what precedes it`).toBeGreaterThan(at - 1);
      at = found;
    }
    for (const never of ['复制链接', '本节的固定链接', '跳到正文', '打开后从标题开始'])
      expect(text).not.toContain(never);
    // Not the table of contents (navigation), nor what a closed <details> hides; its summary is on screen.
    expect(all).not.toContain('目录');
    expect(all).toContain('来源与处理记录');
    expect(text).not.toContain('以下内容不属于文件本身');
    expect(all.every((t) => t.length <= 80)).toBe(true);
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    expect(await page.locator('[data-read-status]').textContent()).toBe('已读完。');
    expect(await page.locator('.reading-now').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('pauses and resumes with 暂停/继续, and stops with the switch', async () => {
    const { page, problems } = await open(DOCUMENT_PAGE);
    const toggle = page.getByRole('switch', { name: '朗读' });
    const pause = page.locator('[data-read-pause]');
    expect(await pause.isVisible()).toBe(false);
    await toggle.click();
    await done(page);
    expect(await pause.textContent()).toBe('暂停');
    await pause.click();
    expect((await calls(page)).at(-1)).toEqual({ call: 'pause' });
    expect(await pause.textContent()).toBe('继续');
    expect(await page.locator('[data-read-status]').textContent()).toBe('已暂停。');
    await pause.click();
    expect((await calls(page)).at(-1)).toEqual({ call: 'resume' });
    expect(await pause.textContent()).toBe('暂停');
    await done(page);
    expect((await spoken(page)).length).toBe(3);

    await toggle.click();
    expect((await calls(page)).at(-1)).toEqual({ call: 'cancel' });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    expect(await pause.isVisible()).toBe(false);
    expect(await page.locator('.reading-now').count()).toBe(0);
    // A late “end” of the cancelled utterance does not start the next one.
    await page.evaluate(() => (window as unknown as { speechLateEnd: () => void }).speechLateEnd());
    expect((await spoken(page)).length).toBe(3);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('stops when the reader leaves the page', async () => {
    const { page } = await open(DOCUMENT_PAGE);
    await page.getByRole('switch', { name: '朗读' }).click();
    await page.getByRole('link', { name: '首页' }).first().click();
    await page.waitForURL(`${site.origin}/`);
    const log: Call[] = await page.evaluate(() => JSON.parse(sessionStorage.getItem('speech-calls') ?? '[]'));
    expect(log.map((c) => c.call)).toEqual(['cancel', 'speak', 'cancel']);
    await page.context().close();
  });
});

describe('朗读 on a list-item page', () => {
  it('reads the item from its name', async () => {
    const { page, problems } = await open(ITEM_PAGE);
    const name = squeeze((await page.locator('main h1').textContent()) ?? '');
    const intro = squeeze((await page.locator('main h1 + p').textContent()) ?? '');
    await page.getByRole('switch', { name: '朗读' }).click();
    await done(page);
    expect((await spoken(page)).map((c) => c.text)).toEqual([name, intro]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('where it cannot work', () => {
  it('says so when the device has voices but none for Chinese, and still asks for zh-CN', async () => {
    const { page } = await open(ITEM_PAGE, { voices: ['en-US', 'fr-FR'] });
    await page.getByRole('switch', { name: '朗读' }).click();
    expect(await page.locator('[data-read-status]').textContent()).toContain('这台设备可能没有中文语音');
    expect((await spoken(page))[0]).toMatchObject({ lang: 'zh-CN', voice: undefined });
    await page.context().close();
  });

  it.each([DOCUMENT_PAGE, ITEM_PAGE])('%s: no switch without speech in the browser', async (path) => {
    const { page, problems } = await open(path, { speech: 'none' });
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    expect(
      await page.locator('[data-reading-controls]').evaluateAll((els) => els.map((e) => e.checkVisibility())),
    ).toEqual([true, true]);
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    expect(await page.getByRole('switch').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each([DOCUMENT_PAGE, ITEM_PAGE])(
    '%s: no switch without JavaScript, and the text reads at 20 px or more',
    async (path) => {
      const { page } = await open(path, { javaScriptEnabled: false });
      expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
      expect(await page.getByRole('switch').count()).toBe(0);
      expect(
        await page
          .locator('main p')
          .first()
          .evaluate((p) => parseFloat(getComputedStyle(p).fontSize)),
      ).toBeGreaterThanOrEqual(20);
      await page.context().close();
    },
  );
});
