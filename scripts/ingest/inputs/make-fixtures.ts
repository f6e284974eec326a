#!/usr/bin/env node
/**
 * Writes the source files of the input-format fixtures (tests/fixtures/ingest/format-*): texts in UTF-8 with
 * BOM and CRLF, UTF-16, GB18030; saved portal pages; a .docx, PDFs, an .xlsx and a .csv; files that must
 * fail. The documents are made up in the style of real ones (DOCUMENT-FORMATS.md), not copied from any.
 * The expectations (expected.yaml) are written by hand beside them.
 *
 *   npx node scripts/ingest/inputs/make-fixtures.ts
 *
 * The PDF with a text layer needs a CJK font: Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk).
 * Regenerating changes only the timestamps inside the .docx and .xlsx packages.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import PDFDocument from 'pdfkit';

const ROOT = join(import.meta.dirname, '../../../tests/fixtures/ingest');
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

function write(folder: string, name: string, bytes: Buffer | string): void {
  const dir = join(ROOT, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
  console.log(`wrote ${join('tests/fixtures/ingest', folder, name)}`);
}

/** A deterministic byte stream (xorshift32), so the "random" fixture is the same every time. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- texts

const CRLF = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

const OPINION = [
  '某县关于加快发展居家社区养老服务的实施意见',
  '（2024年3月8日）',
  '为贯彻落实《某省关于推进基本养老服务体系建设的实施方案》，加快发展居家社区养老服务，结合我县实际，提出如下意见。',
  '一、总体要求',
  '到2025年，全县街道综合养老服务中心覆盖率达到100%，社区养老服务设施覆盖率达到90%以上。',
  '二、主要任务',
  '（一）完善居家社区养老服务网络。',
  '1.建设街道综合养老服务中心。每个街道至少建设1个具备全日托养、日间照料、上门服务等功能的综合养老服务中心。（责任单位：县民政局、县住建局）',
  '2.推进老年助餐服务。2024年底前，城市社区老年助餐服务覆盖率达到60%。（责任单位：县民政局、县市场监管局）',
  '（二）提升居家养老服务能力。',
  '3.开展家庭养老床位建设。为有需求的失能老年人家庭开展适老化改造，提供上门护理服务。（责任单位：县民政局、县卫健局）',
  '4.加强养老护理员队伍建设。每年培训养老护理员不少于200人次。（责任单位：县人社局、县民政局）',
  '三、保障措施',
  '（一）加强组织领导。各乡镇要把居家社区养老服务纳入重要议事日程，明确责任分工。',
  '（二）强化资金保障。县财政按规定安排资金，支持居家社区养老服务发展。',
];

const DRAFT_PLAN = [
  '某市养老服务设施布局专项行动方案',
  '（征求意见稿）',
  '为优化全市养老服务设施布局，推动养老服务资源均衡配置，制定本方案。',
  '一、工作目标',
  '到2026年，中心城区每个街道建成1个综合养老服务中心，农村区域性养老服务中心覆盖率达到60%。',
  '二、重点任务',
  '1.编制设施布局规划。2024年底前完成全市养老服务设施布局专项规划编制。（牵头单位：市民政局；责任单位：市自然资源局）',
  '2.落实配建要求。新建住宅小区按每百户不少于20平方米的标准配建养老服务用房。（牵头单位：市住建局；责任单位：市民政局）',
  '3.盘活闲置资源。利用闲置校舍、厂房等改建养老服务设施。（牵头单位：市民政局；责任单位：市教育局、市财政局）',
  '三、保障措施',
  '各县（市、区）要加强统筹协调，确保各项任务落到实处。',
];

const WRAPPED_NOTICE = [
  '关于印发《某县基本养老服务提升行动方案》的通知',
  '各乡镇人民政府，县直各单位：',
  '《某县基本养老服务提升行动方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。',
  '某县人民政府办公室',
  '2024年5月20日',
  '某县基本养老服务提升行动方案',
  '为推进基本养老服务体系建设，让老年人共享发展成果，制定本方案。',
  '一、主要目标',
  '到2025年，基本养老服务清单全面落实，特殊困难老年人月探访率达到100%。',
  '二、重点任务',
  '1.落实基本养老服务清单。按照清单明确的服务对象、服务内容和服务标准提供服务。（责任单位：县民政局）',
  '2.开展老年人能力综合评估。统一评估标准，评估结果作为享受服务的依据。（责任单位：县民政局、县卫健局）',
  '3.发展农村互助养老。依托村级邻里互助点，为农村留守、独居老年人提供探访关爱服务。（责任单位：县民政局、县农业农村局）',
];

// ------------------------------------------------------------------------------------ a service list

interface ListRow {
  number: number;
  name: string;
  content: string;
  target: string;
  type: string;
  lead: string;
}

const LIST_HEADER = ['序号', '服务项目', '服务内容及标准', '服务对象', '服务类型', '牵头责任部门'];
const UNIVERSAL = '（面向特定群体老年人普惠服务项目）';
const PROTECTED = '（面向特殊老年人保障服务项目）';
const LIST_ROWS: ListRow[] = [
  {
    number: 1,
    name: '高龄津贴',
    content: '为80周岁及以上老年人按月发放高龄津贴，每人每月不低于50元。',
    target: '本县户籍80周岁及以上老年人',
    type: '物质帮助',
    lead: '县民政局',
  },
  {
    number: 2,
    name: '老年人免费乘坐公交',
    content: '凭老年人优待证免费乘坐城市公共交通工具。',
    target: '65周岁及以上老年人',
    type: '物质帮助',
    lead: '县交通运输局',
  },
  {
    number: 3,
    name: '健康管理服务',
    content: '每年提供1次免费健康体检，建立健康档案。',
    target: '65周岁及以上老年人',
    type: '照护服务',
    lead: '县卫健局',
  },
  {
    number: 4,
    name: '特困人员供养',
    content: '提供基本生活条件，对生活不能自理的给予照料。',
    target: '特困老年人',
    type: '物质帮助',
    lead: '县民政局',
  },
  {
    number: 5,
    name: '探访关爱服务',
    content: '对独居、空巢等特殊困难老年人每月至少探访1次。',
    target: '特殊困难老年人',
    type: '关爱服务',
    lead: '县民政局',
  },
];
const LIST_NOTE = '备注：1-3项为面向特定群体老年人的普惠服务项目，4-5项为面向特殊老年人的保障服务项目。';
const cells = (r: ListRow) => [String(r.number), r.name, r.content, r.target, r.type, r.lead];

// ------------------------------------------------------------------------------------------- HTML

function htmlTable(rows: ListRow[]): string {
  const row = (r: ListRow, typeCell: string) =>
    `<tr><td>${r.number}</td><td>${r.name}</td><td>${r.content}</td><td>${r.target}</td>${typeCell}<td>${r.lead}</td></tr>`;
  return [
    '<table border="1" class="MsoTableGrid">',
    `<tr><td colspan="6"><p>${UNIVERSAL}</p></td></tr>`,
    `<tr>${LIST_HEADER.map((h) => `<th>${h === '服务项目' ? '服务<br>项目' : h}</th>`).join('')}</tr>`,
    // 物质帮助 merged over items 1 and 2, as Word and portals merge equal cells.
    row(rows[0]!, '<td rowspan="2">物质帮助</td>'),
    row(rows[1]!, ''),
    row(rows[2]!, `<td>${rows[2]!.type}</td>`),
    `<tr><td colspan="6">${PROTECTED}</td></tr>`,
    row(rows[3]!, `<td>${rows[3]!.type}</td>`),
    row(rows[4]!, `<td>${rows[4]!.type}</td>`),
    `<tr><td colspan="6">${LIST_NOTE}</td></tr>`,
    '</table>',
  ].join('\n');
}

const PORTAL_PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>球探体育比分直播_某县人民政府门户网站</title>
<meta name="ArticleTitle" content="某县人民政府办公室关于印发某县基本养老服务清单的通知">
<style>.zoom{font-size:16px}</style>
<script>var _hmt = _hmt || []; document.write('<div>统计</div>');</script>
</head>
<body>
<div class="header"><div class="logo">某县人民政府</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策文件</div>
<div class="main">
<table class="xxgk-table">
<tr><td>索　引　号：</td><td>11530000MB1234567X/2024-00012</td><td>主题分类：</td><td>民政、扶贫、救灾</td></tr>
<tr><td>发文机关：</td><td>某县人民政府办公室</td><td>成文日期：</td><td>2024年4月11日</td></tr>
<tr><td>标　　题：</td><td colspan="3">某县人民政府办公室关于印发某县基本养老服务清单的通知</td></tr>
<tr><td>文　　号：</td><td>某政办发〔2024〕12号</td><td>发布日期：</td><td>2024-04-18 10:20</td></tr>
<tr><td>有  效  性：</td><td colspan="3">有效</td></tr>
</table>
<h1 class="article-title">某县人民政府办公室关于印发某县基本养老服务清单的通知</h1>
<div class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<!--<$[信息内容]>begin-->
<div id="zoom">
<div class="TRS_Editor">
<p>各乡镇人民政府，县直各单位：</p>
<p>　　《某县基本养老服务清单》已经县人民政府同意，现印发给你们，请结合实际认真贯彻执行。</p>
<p style="text-align:right">某县人民政府办公室</p>
<p style="text-align:right">2024年4月11日</p>
<p>　　（此件公开发布）</p>
<p>附件</p>
<p style="text-align:center">某县基本养老服务清单</p>
${htmlTable(LIST_ROWS)}
<p style="display:none">体育彩票 比分直播 点击进入</p>
</div>
</div>
<!--<$[信息内容]>end-->
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<p>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</p>
<div class="xgwj"><h3>相关链接</h3><ul><li><a href="/a.html">《某县基本养老服务清单》政策解读</a></li><li><a href="/b.html">图解：某县基本养老服务清单</a></li></ul></div>
<div class="prevnext"><p>上一篇：某县召开老龄工作委员会全体会议</p><p>下一篇：某县开展敬老月活动</p></div>
</div>
<div class="footer"><p>主办单位：某县人民政府办公室　承办单位：某县大数据中心</p><p>网站标识码：5303000001　滇ICP备12345678号　滇公网安备 53030002000001号</p>
<p>扫一扫在手机打开当前页</p></div>
<!-- 统计代码 --><script>console.log('end')</script>
</body>
</html>
`;

const LYING_PAGE = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>某市民政局</title>
</head>
<body>
<div class="top">某市民政局网站</div>
<div class="crumbs">当前位置：首页 &gt; 通知公告</div>
<div class="wrap">
<h2 class="tit">某市关于开展老年人助餐服务的实施意见</h2>
<div class="info">日期：2024-06-03 来源：某市民政局</div>
<div class="article-content">
<p>（2024年5月28日）</p>
<p>　　为解决老年人就餐难问题，提升老年人生活品质，现就开展老年人助餐服务提出如下意见。</p>
<p>　　一、工作目标</p>
<p>　　到2025年底，城市社区老年助餐服务覆盖率达到80%以上，农村地区助餐服务逐步推开。</p>
<p>　　二、主要任务</p>
<p>　　1.建设助餐服务网络。依托社区养老服务设施建设老年食堂和助餐点。（责任单位：市民政局、市住建局）</p>
<p>　　2.落实助餐补贴。对80周岁及以上老年人和低保、特困老年人给予每餐不低于3元的补贴。（责任单位：市民政局、市财政局）</p>
<p>　　3.保障食品安全。加强助餐场所食品安全监管。（责任单位：市市场监管局）</p>
</div>
</div>
<div class="bottom">版权所有：某市民政局</div>
</body>
</html>
`;

/**
 * An old portal page in GB2312 (read as GB18030): the title in a table cell, the toolbar line under it with the
 * portal's date and source and [打印] [关闭] links, the body between content comments, 规章 numbered in chapters.
 */
const TOOLBAR_PAGE = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="SiteName" content="大冶市人民政府">
<meta name="SiteDomain" content="www.hbdaye.gov.cn">
<meta name="ColumnName" content="规范性文件">
<meta name="ArticleTitle" content="大冶市高龄津贴发放管理办法">
<meta name="PubDate" content="2022-11-30 15:02">
<meta name="ContentSource" content="大冶市民政局">
<meta name="Keywords" content="高龄津贴">
<title>大冶市高龄津贴发放管理办法</title>
</head>
<body>
<table width="1000" align="center"><tr><td><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/ggfw">公共服务</a></td></tr></table>
<table width="1000" align="center">
<tr><td class="bt" align="center"><font size="5"><b>大冶市高龄津贴发放管理办法</b></font></td></tr>
<tr><td align="center">时间：2022-11-30 15:02　来源：大冶市民政局　<a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></td></tr>
<tr><td>
<!--正文开始-->
<div class="Custom_UnionStyle">
<p align="center">冶民规〔2022〕2号</p>
<p align="center"><b>第一章　总　　则</b></p>
<p>　　第一条　为弘扬中华民族敬老、养老、助老的传统美德，保障高龄老年人基本生活，根据《中华人民共和国老年人权益保障法》《湖北省实施〈中华人民共和国老年人权益保障法〉办法》等规定，结合本市实际，制定本办法。</p>
<p>　　第二条　本办法适用于本市行政区域内高龄津贴的申请、审核、发放和监督管理。</p>
<p align="center"><b>第二章　发放对象和标准</b></p>
<p>　　第三条　具有本市户籍、年满80周岁及以上的老年人，可以申领高龄津贴。</p>
<p>　　第四条　高龄津贴按照下列标准按月发放：</p>
<p>　　（一）80周岁至89周岁的，每人每月50元；</p>
<p>　　（二）90周岁至99周岁的，每人每月100元；</p>
<p>　　（三）100周岁及以上的，每人每月500元。</p>
<p>　　高龄津贴标准根据经济社会发展水平和财力状况适时调整。</p>
<p align="center"><b>第三章　申请和审核</b></p>
<p>　　第五条　申请高龄津贴，由本人或者其委托人向户籍所在地村（居）民委员会提出申请，并提供以下材料：</p>
<p>　　1.居民身份证、户口簿；</p>
<p>　　2.本人社会保障卡或银行账户信息。</p>
<p>　　第六条　乡镇人民政府（街道办事处）应当自受理申请之日起10个工作日内完成审核，并报市民政局备案。对符合条件的老年人，自次月起发放高龄津贴。</p>
<p align="center"><b>第四章　附　　则</b></p>
<p>　　第七条　本办法由大冶市民政局负责解释。</p>
<p>　　第八条　本办法自2023年1月1日起施行，有效期5年。2017年3月1日起施行的《大冶市高龄老人生活补贴发放办法》（冶政办发〔2017〕5号）同时废止。</p>
<p>&nbsp;</p>
<p align="right">大冶市民政局</p>
<p align="right">二〇二二年十一月二十五日</p>
</div>
<!--正文结束-->
</td></tr>
<tr><td align="center">【<a href="#">返回顶部</a>】</td></tr>
</table>
<table width="1000" align="center"><tr><td align="center">版权所有：大冶市人民政府　主办：大冶市人民政府办公室　地址：大冶市新冶大道99号<br>鄂ICP备05012345号　政府网站标识码：4202810001</td></tr></table>
</body>
</html>
`;

const IMAGES_PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某县人民政府</title></head>
<body><div class="nav">首页 政务公开</div>
<h1 class="title">某县人民政府关于印发养老服务实施方案的通知</h1>
<div id="zoom"><p><img src="W020240411_1.jpg"></p><p><img src="W020240411_2.jpg"></p><p><img src="W020240411_3.jpg"></p></div>
<div class="footer">主办单位：某县人民政府</div></body></html>
`;

// ------------------------------------------------------------------------------------------ .docx

async function docx(): Promise<Buffer> {
  const p = (text: string) => new Paragraph(text);
  const cell = (text: string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
    new TableCell({ children: text.split('\n').map(p), ...options });
  const row = (r: ListRow, type?: TableCell) =>
    new TableRow({
      children: cells(r).map((text, i) => (i === 4 && type ? type : cell(i === 2 ? text.replace('，', '，\n') : text))),
    });
  const table = new Table({
    rows: [
      new TableRow({ children: [cell(UNIVERSAL, { columnSpan: 6 })] }),
      new TableRow({ children: LIST_HEADER.map((h) => cell(h === '服务项目' ? '服务\n项目' : h)) }),
      row(LIST_ROWS[0]!, cell('物质帮助', { verticalMerge: VerticalMergeType.RESTART })),
      row(LIST_ROWS[1]!, cell('', { verticalMerge: VerticalMergeType.CONTINUE })),
      row(LIST_ROWS[2]!),
      new TableRow({ children: [cell(PROTECTED, { columnSpan: 6 })] }),
      row(LIST_ROWS[3]!),
      row(LIST_ROWS[4]!),
      new TableRow({ children: [cell(LIST_NOTE, { columnSpan: 6 })] }),
    ],
  });
  const doc = new Document({
    creator: '养老政策通 fixtures',
    sections: [
      {
        children: [
          p('某县推进基本养老服务体系建设实施方案'),
          p('（送审稿）'),
          p('　　为推进基本养老服务体系建设，结合我县实际，制定本方案。'),
          p('　　一、工作目标'),
          p('　　到2025年，基本养老服务清单制度全面建立，服务对象、服务内容和服务标准清晰明确。'),
          p('　　二、重点任务'),
          p(
            '　　1.发布基本养老服务清单。按照附件所列项目提供基本养老服务，并根据经济社会发展水平动态调整。（责任单位：县民政局、县财政局）',
          ),
          p(
            '　　2.建立精准服务主动响应机制。依托信息平台，主动发现、精准识别服务对象。（责任单位：县民政局、县数据局）',
          ),
          p('附件'),
          p('某县基本养老服务清单'),
          table,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ------------------------------------------------------------------------------------------ PDFs

function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 80, right: 80 },
    info: { Title: 'fixture', CreationDate: new Date(Date.UTC(2024, 0, 1)) },
    compress: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

const PDF_PARAGRAPHS = [
  '为积极应对人口老龄化，推动养老服务高质量发展，根据《某省养老服务条例》有关规定，结合我市实际，制定本方案。本方案所称养老服务，是指为老年人提供的生活照料、康复护理、精神慰藉、紧急救援和社会参与等服务。',
  '一、总体目标',
  '到2027年，全市养老服务网络基本健全，居家社区机构相协调、医养康养相结合的养老服务体系更加完善，护理型床位占比达到65%以上，每千名老年人拥有养老床位数达到35张以上，老年人获得感、幸福感、安全感明显增强。',
  '二、重点任务',
  '1.完善养老服务设施。统筹规划建设区级养老服务指导中心、街道综合养老服务中心和社区养老服务站，形成十五分钟养老服务圈，推动养老服务设施与社区卫生服务设施邻近设置。（责任单位：市民政局、市卫健委）',
  '2.发展普惠养老服务。通过公建民营、购买服务等方式，支持社会力量提供价格可负担、质量有保障的普惠养老服务，引导养老机构面向社会老年人开放。（责任单位：市发展改革委、市民政局）',
  '3.加强人才队伍建设。实施养老护理员职业技能提升行动，到2027年培训养老护理员不少于3000人次，落实养老护理员入职补贴政策。（责任单位：市人社局、市民政局）',
];

function textPdf(): Promise<Buffer> {
  return pdf((doc) => {
    doc.registerFont('cjk', CJK_FONT, 'NotoSansCJKsc-Regular');
    let page = 1;
    // Page numbers stand in the bottom margin, where pdfkit would otherwise start a new page.
    const footer = () => {
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.fontSize(10).text(`— ${page} —`, 80, 790, { width: 435, align: 'center', lineBreak: false });
      doc.page.margins.bottom = bottom;
    };
    doc.font('cjk').fontSize(18).text('某市养老服务高质量发展三年行动方案', { align: 'center' });
    doc.moveDown(0.5).fontSize(12).text('（2024年9月2日）', { align: 'center' });
    doc.moveDown(1);
    PDF_PARAGRAPHS.forEach((text, i) => {
      // The third paragraph starts on a new page, as a long text breaks across pages.
      if (i === 4) {
        footer();
        doc.addPage();
        page += 1;
        doc.x = 80;
      }
      doc.fontSize(14).text(text, { indent: 28, lineGap: 6, align: 'justify' });
    });
    footer();
  });
}

/** A PNG of grey "scanned" lines: a scanned page has pictures of text, no text. */
function scanPng(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1, 0xf4);
    row[0] = 0;
    const inLine = y % 24 >= 6 && y % 24 < 18 && y > 40 && y < height - 40;
    if (inLine) for (let x = 40; x < width - 40; x++) row[x + 1] = (x * 7 + y * 3) % 11 < 6 ? 0x30 : 0xe0;
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function scannedPdf(): Promise<Buffer> {
  const png = scanPng(400, 560);
  return pdf((doc) => {
    doc.image(png, 80, 72, { width: 435 });
    doc.addPage();
    doc.image(png, 80, 72, { width: 435 });
  });
}

// ---------------------------------------------------------------------------------- .xlsx and .csv

async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '养老政策通 fixtures';
  workbook.created = new Date(Date.UTC(2024, 0, 1));
  workbook.modified = new Date(Date.UTC(2024, 0, 1));
  const sheet = workbook.addWorksheet('清单');
  const full = (text: string) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 6);
  };
  full('附件2');
  full('某市基本养老服务清单');
  full(UNIVERSAL);
  sheet.addRow(LIST_HEADER.map((h) => (h === '服务项目' ? '服务\n项目' : h)));
  const first = sheet.addRow([1, ...cells(LIST_ROWS[0]!).slice(1)]);
  sheet.addRow([2, ...cells(LIST_ROWS[1]!).slice(1, 4), null, LIST_ROWS[1]!.lead]);
  sheet.mergeCells(first.number, 5, first.number + 1, 5);
  sheet.addRow([3, ...cells(LIST_ROWS[2]!).slice(1)]);
  full(PROTECTED);
  sheet.addRow([4, ...cells(LIST_ROWS[3]!).slice(1)]);
  sheet.addRow([5, ...cells(LIST_ROWS[4]!).slice(1)]);
  full(LIST_NOTE);
  const hidden = workbook.addWorksheet('说明', { state: 'hidden' });
  hidden.addRow(['内部填报说明，不属于清单。']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook of one sheet, with the fixed dates that keep regenerated files equal but for their zip timestamps. */
function workbookOf(name: string): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '养老政策通 fixtures';
  workbook.created = new Date(Date.UTC(2024, 0, 1));
  workbook.modified = new Date(Date.UTC(2024, 0, 1));
  return { workbook, sheet: workbook.addWorksheet(name) };
}

/**
 * A county's list as counties publish it: group rows merged across the sheet (一、…普惠服务项目 right under the
 * header, 二、…保障服务项目 between rows), 服务类别 merged down over two rows, a 备注 row.
 */
async function xlsxGroupRows(): Promise<Buffer> {
  const { workbook, sheet } = workbookOf('Sheet1');
  const full = (text: string) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 8);
  };
  full('附件2');
  full('丰林县基本养老服务清单（2025年版）');
  sheet.addRow(['序号', '服务类别', '服务项目', '服务对象', '服务内容', '服务标准', '资金来源', '牵头部门']);
  full('一、面向特定群体老年人的普惠服务项目');
  const first = sheet.addRow([
    1,
    '物质帮助',
    '高龄津贴',
    '80周岁及以上本县户籍老年人',
    '按月发放高龄津贴',
    '每人每月不低于50元',
    '县级财政',
    '县民政局',
  ]);
  sheet.addRow([
    2,
    null,
    '老年人意外伤害保险',
    '60周岁及以上老年人',
    '引导老年人参加意外伤害保险',
    '特困老年人由政府代缴保费',
    '县级财政',
    '县民政局',
  ]);
  sheet.mergeCells(first.number, 2, first.number + 1, 2);
  sheet.addRow([
    3,
    '照护服务',
    '老年人健康管理',
    '65周岁及以上老年人',
    '提供健康体检、健康指导',
    '每年1次',
    '基本公共卫生服务经费',
    '县卫健局',
  ]);
  full('二、面向特殊困难老年人的保障服务项目');
  sheet.addRow([
    4,
    '照护服务',
    '特困人员供养',
    '特困老年人',
    '提供基本生活条件和照料服务',
    '基本生活标准不低于当地低保标准的1.3倍',
    '县级财政',
    '县民政局',
  ]);
  sheet.addRow([
    5,
    '关爱服务',
    '探访关爱',
    '独居、空巢、留守老年人',
    '定期上门探访',
    '每月不少于1次',
    '县级财政',
    '县民政局',
  ]);
  full('备注：第1—3项为面向特定群体老年人的普惠服务项目，第4—5项为面向特殊困难老年人的保障服务项目。');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A list whose cells hold line breaks (Alt+Enter): two departments on two lines, a standard on two lines. */
async function xlsxDepartmentBreaks(): Promise<Buffer> {
  const { workbook, sheet } = workbookOf('清单');
  const full = (text: string) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 7);
  };
  full('附件');
  full('丰林县基本养老服务清单');
  sheet.addRow(['序号', '服务类型', '服务项目', '服务对象', '服务内容及标准', '牵头部门', '备注']);
  sheet.addRow([
    1,
    '物质帮助',
    '高龄津贴',
    '80周岁及以上老年人',
    '80—89周岁每人每月50元；\n90周岁及以上每人每月100元',
    '县民政局',
    '',
  ]);
  sheet.addRow([2, '关爱服务', '探访关爱', '独居、空巢老年人', '每月探访不少于1次', '县民政局\n各乡镇人民政府', '']);
  sheet.addRow([
    3,
    '照护服务',
    '老年人健康管理',
    '65周岁及以上老年人',
    '每年提供1次健康体检',
    '县卫生健康局\n县医疗保障局',
    '按年调整',
  ]);
  full('备注：1-2项为普惠服务项目，3项为保障服务项目。');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** As Excel saves a sheet "CSV (逗号分隔)" on a Chinese Windows: GBK, CRLF, merged cells as empty fields. */
function csv(): Buffer {
  const quote = (s: string) => (/[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
  const rows: string[][] = [
    ['附件', '', '', '', '', ''],
    ['某区基本养老服务清单', '', '', '', '', ''],
    [UNIVERSAL, '', '', '', '', ''],
    LIST_HEADER,
    ...LIST_ROWS.slice(0, 3).map(cells),
    [PROTECTED, '', '', '', '', ''],
    ...LIST_ROWS.slice(3).map(cells),
    [LIST_NOTE, '', '', '', '', ''],
  ];
  // A cell with a comma, quotes and a line break, as real cells have.
  rows[4]![2] = '为80周岁及以上老年人按月发放“高龄津贴”，每人每月不低于50元;\n"百岁老人"每人每月不低于300元。';
  return iconv.encode(rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n', 'gbk');
}

// ------------------------------------------------------------------------------------------ write

write(
  'format-utf8-bom-crlf',
  'source.txt',
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CRLF(OPINION))]),
);
write(
  'format-utf16le-bom',
  'source.txt',
  Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CRLF(DRAFT_PLAN), 'utf16le')]),
);
write('format-utf16be-no-bom', 'source.txt', iconv.encode(`${OPINION.join('\n')}\n`, 'utf16be'));
write('format-gb18030', 'source.txt', iconv.encode(`${WRAPPED_NOTICE.join('\n')}\n`, 'gb18030'));
write('format-html-portal', 'source.html', PORTAL_PAGE);
write('format-html-charset-lies', 'source.html', iconv.encode(LYING_PAGE, 'gb18030'));
write('format-html-images-only', 'source.html', IMAGES_PAGE);
write('format-html-toolbar-line-gbk', 'source.html', iconv.encode(TOOLBAR_PAGE, 'gb18030'));
write('format-docx-table', 'source.docx', await docx());
if (existsSync(CJK_FONT)) write('format-pdf-text', 'source.pdf', await textPdf());
else console.error(`skipped format-pdf-text: ${CJK_FONT} is missing (apt-get install fonts-noto-cjk)`);
write('format-pdf-scanned', 'source.pdf', await scannedPdf());
write('format-xlsx-list', 'source.xlsx', await xlsx());
write('format-xlsx-group-rows', 'source.xlsx', await xlsxGroupRows());
write('format-xlsx-department-breaks', 'source.xlsx', await xlsxDepartmentBreaks());
write('format-csv-list', 'source.csv', csv());
write('format-random-bytes', 'source.txt', pseudoRandomBytes(4096, 20240411));
write('format-empty', 'source.txt', Buffer.alloc(0));
write(
  'format-jpeg',
  'source.txt',
  Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
    pseudoRandomBytes(2048, 7),
  ]),
);
write(
  'format-old-word',
  'source.docx',
  Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
);
write('format-docx-not-zip', 'source.docx', '这不是一个 Word 文件，只是改了扩展名的文本。\n');
