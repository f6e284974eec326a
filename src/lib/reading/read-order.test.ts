import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { pickChineseVoice, readingBlocks, speechChunks, type VoiceInfo } from './read-order.ts';

const texts = (html: string, isHidden?: (el: HTMLElement) => boolean) =>
  readingBlocks(parse(`<main>${html}</main>`).querySelector('main')!, isHidden).map((b) => b.text);

describe('readingBlocks', () => {
  it('reads headings, paragraphs, list items and table cells in document order', () => {
    expect(
      texts(`
      <h1>保山市实施方案</h1>
      <p>为深入贯彻落实,
         制定本方案。</p>
      <ul><li>第一项</li><li>第二项</li></ul>
      <table><caption>清单</caption><tr><th>序号</th><td>1</td></tr></table>
      <dl><dt>地区</dt><dd>保山市</dd></dl>`),
    ).toEqual([
      '保山市实施方案',
      '为深入贯彻落实, 制定本方案。',
      '第一项',
      '第二项',
      '清单',
      '序号',
      '1',
      '地区',
      '保山市',
    ]);
  });

  it('keeps links and other inline elements inside their sentence', () => {
    expect(
      texts('<p>落实<a class="term" href="/glossary/">基本养老服务清单</a>，<strong>不得</strong>低于要求。</p>'),
    ).toEqual(['落实基本养老服务清单，不得低于要求。']);
  });

  it('leaves out navigation, controls, copy-link links, hidden and screen-reader-only text', () => {
    expect(
      texts(`
      <nav class="breadcrumb"><a href="/">首页</a></nav>
      <div data-read-skip><button>朗读</button><p>正在朗读</p></div>
      <h2 id="task-1"><span>1.制定清单。</span><a class="copy-link" data-copy-link href="#task-1">复制链接<span class="visually-hidden">（本节的固定链接）</span></a></h2>
      <h2 class="visually-hidden">前言</h2>
      <section aria-hidden="true"><p>打印卡片</p></section>
      <p hidden>隐藏</p>
      <form><label>搜索</label><input></form>
      <p>正文<script>x()</script></p>`),
    ).toEqual(['1.制定清单。', '正文']);
  });

  it('asks the browser about what CSS hides', () => {
    expect(
      texts(
        '<details><summary>来源</summary><p>处理记录</p></details><p>后文</p>',
        (el) => el.tagName === 'P' && el.textContent === '处理记录',
      ),
    ).toEqual(['来源', '后文']);
  });

  it('splits text around a nested block into blocks of their own, in order', () => {
    const blocks = readingBlocks(parse('<main><li>甲<ul><li>乙</li></ul>丙<br>丁</li></main>').querySelector('main')!);
    expect(blocks.map((b) => [b.element.tagName, b.text])).toEqual([
      ['LI', '甲'],
      ['LI', '乙'],
      ['LI', '丙 丁'],
    ]);
    expect(blocks[0]!.element).toBe(blocks[2]!.element);
  });

  it('decodes character references as the browser does', () => {
    expect(texts('<p>A &amp; B&nbsp;C</p>')).toEqual(['A & B C']);
  });
});

describe('speechChunks', () => {
  const long =
    '坚持以人民为中心，以不断满足老年人多样化、多层次、高品质的健康养老需求为根本目的，坚持以改革创新为根本动力，坚持尽力而为、量力而行，坚持基础性、普惠性、共担性、系统性原则。';

  it('cuts a block into sentences, keeping their punctuation and closing quotes', () => {
    expect(speechChunks('第一句。第二句！“第三句？”第四句；末尾')).toEqual([
      '第一句。',
      '第二句！',
      '“第三句？”',
      '第四句；',
      '末尾',
    ]);
  });

  it('cuts a long sentence after a comma, each piece at most the maximum, nothing lost', () => {
    const chunks = speechChunks(long, 40);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(40);
    expect(chunks.join('')).toBe(long);
    for (const c of chunks) expect(c).toMatch(/[，、。]$/u);
  });

  it('prefers a comma to an enumeration mark', () => {
    expect(speechChunks('甲乙丙丁戊己庚辛，壬癸、子丑寅卯', 12)).toEqual(['甲乙丙丁戊己庚辛，', '壬癸、子丑寅卯']);
  });

  it('cuts at the maximum when there is no comma', () => {
    expect(speechChunks('一'.repeat(25), 10)).toEqual(['一'.repeat(10), '一'.repeat(10), '一'.repeat(5)]);
  });

  it('gives nothing for empty text', () => {
    expect(speechChunks('')).toEqual([]);
  });
});

describe('pickChineseVoice', () => {
  const voice = (lang: string, localService = true, isDefault = false): VoiceInfo & { name: string } => ({
    name: lang,
    lang,
    localService,
    default: isDefault,
  });

  it('prefers a zh-CN voice on the device', () => {
    const onDevice = voice('zh-CN');
    expect(pickChineseVoice([voice('en-US', true, true), voice('zh-CN', false), voice('zh-HK'), onDevice])).toBe(
      onDevice,
    );
  });

  it('knows other spellings of mainland Mandarin', () => {
    for (const lang of ['cmn-CN', 'zh_CN', 'zh-Hans-CN', 'cmn-Hans-CN'])
      expect(pickChineseVoice([voice('zh-TW'), voice(lang)])?.lang).toBe(lang);
  });

  it('falls back to Taiwanese Mandarin, never to Cantonese or another language', () => {
    expect(pickChineseVoice([voice('zh-HK'), voice('zh-TW')])?.lang).toBe('zh-TW');
    expect(pickChineseVoice([voice('zh-HK'), voice('yue-HK'), voice('en-US')])).toBeUndefined();
    expect(pickChineseVoice([])).toBeUndefined();
  });
});
