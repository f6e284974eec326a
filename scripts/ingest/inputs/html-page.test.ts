import { describe, expect, it } from 'vitest';
import { isChromeLine, isEditorLine, isMetadataLine, metadataLabel, stripToolbar } from './chrome.ts';
import { pageText } from './html-page.ts';

const page = (body: string, head = '<title>球探比分直播</title>') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('pageText', () => {
  it('takes the title above the content container, never the page <title>', () => {
    const text = pageText(
      page(
        '<div class="nav">首页 政务公开</div><h1>某县关于养老服务的通知</h1><div class="content"><p>各乡镇人民政府：</p><p>　　现将有关事项通知如下，请认真贯彻执行。</p></div>',
      ),
    );
    expect(text.lines).toEqual([
      '某县关于养老服务的通知',
      '各乡镇人民政府：',
      '　　现将有关事项通知如下，请认真贯彻执行。',
    ]);
  });

  it('reads a metadata table as label：value lines at the top, labels as printed', () => {
    const text = pageText(
      page(
        '<table><tr><td>索 引 号：</td><td>123</td><td>发文字号</td><td>某政发〔2024〕1号</td></tr><tr><td>发布日期：</td><td>2024-04-18</td></tr></table><h2 class="title">某县养老服务方案</h2><div id="zoom"><p>为推进基本养老服务体系建设，制定本方案。本方案自印发之日起施行。</p></div>',
      ),
    );
    expect(text.lines).toEqual([
      '索 引 号：123',
      '发文字号：某政发〔2024〕1号',
      '发布日期：2024-04-18',
      '某县养老服务方案',
      '为推进基本养老服务体系建设，制定本方案。本方案自印发之日起施行。',
    ]);
  });

  it('reads a metadata table inside the content box too, but not a table of data that has a label or two', () => {
    const text = pageText(
      page(
        '<div class="content"><table><tr><td>文　　号：</td><td>某政发〔2024〕1号</td></tr><tr><td>成文日期：</td><td>2024年1月2日</td></tr></table><h1>某县养老服务方案</h1><p>一、引用文件如下。</p><table><tr><th>文件名称</th><th>发文字号</th><th>发布日期</th></tr><tr><td>甲方案</td><td>某政发〔2020〕1号</td><td>2020-01-01</td></tr><tr><td>乙方案</td><td>某政发〔2021〕2号</td><td>2021-01-01</td></tr><tr><td>丙方案</td><td>某政发〔2022〕3号</td><td>2022-01-01</td></tr></table><div class="share">分享到：微信</div><div class="top">二、主要任务</div></div>',
      ),
    );
    expect(text.lines).toEqual([
      '文　　号：某政发〔2024〕1号',
      '成文日期：2024年1月2日',
      '某县养老服务方案',
      '一、引用文件如下。',
      '\t文件名称',
      '\t发文字号',
      '\t发布日期',
      '\t甲方案',
      '\t某政发〔2020〕1号',
      '\t2020-01-01',
      '\t乙方案',
      '\t某政发〔2021〕2号',
      '\t2021-01-01',
      '\t丙方案',
      '\t某政发〔2022〕3号',
      '\t2022-01-01',
      '二、主要任务',
    ]);
    expect(text.notes.join('\n')).toContain('page chrome dropped (1): 分享到：微信');
  });

  it('does not repeat a title the body starts with; drops toolbars, share boxes and related links', () => {
    const text = pageText(
      page(
        '<h1>某县养老服务方案</h1><div class="TRS_Editor"><p>某县养老服务方案</p><p>一、总体要求</p><p>到2025年，基本养老服务体系更加完善。</p><p>【字体：大 中 小】【打印本页】【关闭窗口】</p><p>相关链接：</p><p>某县养老服务方案解读</p><p>上一篇：某县召开会议</p></div>',
      ),
    );
    expect(text.lines).toEqual(['某县养老服务方案', '一、总体要求', '到2025年，基本养老服务体系更加完善。']);
    expect(text.notes.join('\n')).toContain('page chrome dropped (4)');
  });

  it('keeps <br> and paragraph breaks, drops hidden text and scripts, joins CJK across source line breaks', () => {
    const text = pageText(
      page(
        '<div id="zoom"><p>一、总体\n要求</p><p>第一行<br>第二行，养老服务体系建设稳步推进。</p><span style="display: none">彩票</span><script>var x = "脚本";</script></div>',
      ),
    );
    expect(text.lines).toEqual(['一、总体要求', '第一行', '第二行，养老服务体系建设稳步推进。']);
  });

  it('finds the title in a cell of an old table layout', () => {
    const text = pageText(
      page(
        '<table width="100%"><tr><td class="title">某县关于做好老年人助餐工作的通知</td></tr><tr><td><div id="zoom"><p>各乡镇：现就做好老年人助餐工作通知如下，请认真贯彻执行。</p></div></td></tr></table>',
      ),
    );
    expect(text.lines).toEqual([
      '某县关于做好老年人助餐工作的通知',
      '各乡镇：现就做好老年人助餐工作通知如下，请认真贯彻执行。',
    ]);
  });

  it('finds the article with Readability on a page with no known container, then its title and metadata above it', () => {
    const html = `<html><head><title>某市民政局-通知公告</title></head>
<body><table width=1000><tr><td><img src=banner.jpg></td></tr>
<tr><td><table><tr><td class=dqwz>当前位置：<a>首页</a>&gt;<a>通知公告</a></td></tr></table></td></tr>
<tr><td align=center><font size=5><b>某市民政局关于印发《某市特殊困难老年人探访关爱服务实施办法》的通知</b></font></td></tr>
<tr><td align=center>发布时间：2024-02-01 浏览次数：<script>document.write(1)</script>120</td></tr>
<tr><td><div class=Section1>
<p class=MsoNormal><span style='font-family:仿宋_GB2312'>各县（市、区）民政局：<o:p></o:p></span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span>现将《某市特殊困难老年人探访关爱服务实施办法》印发给你们，请认真贯彻执行。<o:p></o:p></span></p>
<p class=MsoNormal align=right><span>某市民政局</span></p>
<p class=MsoNormal align=right><span>2024年1月30日</span></p>
<p>第一条　为做好特殊困难老年人探访关爱服务，制定本办法。</p>
</div></td></tr>
<tr><td class=bottom>版权所有：某市民政局</td></tr></table></body></html>`;
    const text = pageText(html);
    expect(text.lines).toEqual([
      '发布时间：2024-02-01 浏览次数：120',
      '某市民政局关于印发《某市特殊困难老年人探访关爱服务实施办法》的通知',
      '各县（市、区）民政局：',
      '现将《某市特殊困难老年人探访关爱服务实施办法》印发给你们，请认真贯彻执行。',
      '某市民政局',
      '2024年1月30日',
      '第一条　为做好特殊困难老年人探访关爱服务，制定本办法。',
    ]);
    expect(text.notes[0]).toContain('where Readability finds the article');
  });

  it('reports a body of images only as needing OCR', () => {
    const text = pageText(page('<h1>某县通知</h1><div id="zoom"><img src="1.jpg"><img src="2.jpg"></div>'));
    expect(text.problem).toContain('2 image(s)');
    expect(text.problem).toContain('needs OCR');
  });

  it('sets apart the <span>s of the line under the title, which the page sets apart by its style', () => {
    const text = pageText(
      page(
        '<h1 class="m-title">某县养老服务方案</h1><div class="m-sub"><span>发布日期：2024-01-22</span><span>字号：<a>大</a><a>中</a><a>小</a></span><span><a>打印</a></span></div><div class="content"><p>为推进基本养老服务体系建设，满足老年人<span>养老</span><span>服务</span>需求，制定本方案。</p></div>',
      ),
    );
    expect(text.lines).toEqual([
      '发布日期：2024-01-22 字号：大 中 小 打印',
      '某县养老服务方案',
      '为推进基本养老服务体系建设，满足老年人养老服务需求，制定本方案。',
    ]);
  });

  it('leaves a sentence at the top of the body that starts with a label where it is', () => {
    const text = pageText(
      page(
        '<h1>某区敬老月活动安排</h1><div class="content"><p>发布时间：2024-10-08</p><p>时间：2024年10月1日至10月31日。</p><p>地点：各街道社区，由区民政局统一组织开展敬老活动。</p></div>',
      ),
    );
    expect(text.lines).toEqual([
      '发布时间：2024-10-08',
      '某区敬老月活动安排',
      '时间：2024年10月1日至10月31日。',
      '地点：各街道社区，由区民政局统一组织开展敬老活动。',
    ]);
  });

  it('reads markup without <html> or <body>', () => {
    expect(pageText('某县关于养老服务的通知<p>为推进基本养老服务体系建设，制定本方案。</p>').lines).toEqual([
      '某县关于养老服务的通知',
      '为推进基本养老服务体系建设，制定本方案。',
    ]);
  });
});

describe('chrome and metadata lines', () => {
  it('knows padded labels', () => {
    expect(metadataLabel('文　　号：')).toBe('文号');
    expect(metadataLabel('服务项目')).toBeNull();
    expect(isMetadataLine('发布时间：2023-04-18 10:20 来源：市民政局')).toBe(true);
    expect(isMetadataLine('一、总体要求：加快发展')).toBe(false);
  });

  it('tells toolbars from text', () => {
    expect(isChromeLine('【字体：大 中 小】')).toBe(true);
    expect(isChromeLine('[打印本页] [关闭窗口]')).toBe(true);
    expect(isChromeLine('分享到：微信 微博')).toBe(true);
    expect(isChromeLine('网站标识码：5303000001 滇ICP备12345678号')).toBe(true);
    expect(isChromeLine('（三）加大对大中小型养老机构的支持。')).toBe(false);
    expect(isChromeLine('关闭')).toBe(true);
    expect(isChromeLine('关闭不符合条件的养老机构。')).toBe(false);
  });

  it('takes the toolbar off a metadata line', () => {
    expect(stripToolbar('时间：2022-11-30 15:02　来源：某局　[打印] [关闭]')).toBe(
      '时间：2022-11-30 15:02　来源：某局',
    );
    expect(stripToolbar('发布时间：2024-04-08　【字体：大 中 小】　打印本页')).toBe('发布时间：2024-04-08');
    expect(stripToolbar('发布日期：2024-01-22字号：大中小打印')).toBe('发布日期：2024-01-22');
    expect(stripToolbar('标题：关于支持大中小型养老机构发展的通知')).toBe('标题：关于支持大中小型养老机构发展的通知');
  });

  it('knows the editors’ credit', () => {
    for (const line of [
      '（责任编辑：李某某）',
      '责任编辑：李某某',
      '【编辑：王五】',
      '编辑：张三　审核：李四',
      '审核：张三',
    ])
      expect(isEditorLine(line), line).toBe(true);
    for (const line of ['审核：乡镇人民政府', '审核：市民政局', '编辑：各地要及时报送', '（联系人：张三）'])
      expect(isEditorLine(line), line).toBe(false);
  });
});
