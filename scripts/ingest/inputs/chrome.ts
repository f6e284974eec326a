/**
 * What a portal page puts around a document (DOCUMENT-FORMATS.md, "How portals publish it"): toolbars,
 * share and print links, breadcrumbs, previous/next links, related links, site footers — and the metadata
 * block, which is not chrome but facts, read as `label：value` lines.
 */

/** Labels of portal metadata blocks, without their padding (文　　号 → 文号). */
const METADATA_LABELS = [
  '索引号',
  '主题分类',
  '主题词',
  '体裁分类',
  '组配分类',
  '信息分类',
  '服务对象',
  '发文机关',
  '发布机关',
  '发布机构',
  '发文单位',
  '发布单位',
  '成文单位',
  '所属机构',
  '发文字号',
  '文号',
  '字号',
  '文件编号',
  '统一编号',
  '登记号',
  '成文日期',
  '成文时间',
  '签发时间',
  '签发日期',
  '印发日期',
  '发布日期',
  '发布时间',
  '公开日期',
  '生效时间',
  '生效日期',
  '实施日期',
  '施行日期',
  '废止日期',
  '失效时间',
  '失效日期',
  '有效性',
  '时效性',
  '效力状态',
  '有效期',
  '公开方式',
  '公开范围',
  '公开时限',
  '关键词',
  '标题',
  '名称',
  '文件名称',
  '来源',
  '信息来源',
  '作者',
  '浏览次数',
  '访问量',
  '点击数',
  '阅读次数',
  '日期',
  '时间',
  '发布',
];
const LABEL_SET = new Set(METADATA_LABELS);

/** Removes every kind of white space, as portals pad labels with full-width spaces. */
const squeeze = (s: string) => s.replace(/[\s\u00A0\u3000]+/gu, '');

/** A label cell of a metadata table (索引号, 文　　号：), its text without padding and colon. */
export function metadataLabel(cell: string): string | null {
  const label = squeeze(cell).replace(/[:：]$/u, '');
  return LABEL_SET.has(label) ? label : null;
}

/** A `label：value` line of a metadata block: a known label, then a colon. */
export function isMetadataLine(line: string): boolean {
  const m = /^([^:：]{1,12})[:：]/u.exec(line.trim());
  return m !== null && LABEL_SET.has(squeeze(m[1]!));
}

/** A label cell and its value as one line, the label as printed (its colon added when the cell has none). */
export function metadataPair(labelCell: string, value: string): string {
  const label = labelCell.trim();
  return `${/[:：]$/u.test(label) ? label : `${label}：`}${value.trim()}`;
}

/** Words of toolbars and share boxes; a line made only of these (and brackets) is chrome. */
const STRONG = [
  '扫一扫在手机打开当前页',
  '扫一扫在手机上查看当前页面',
  '扫一扫',
  '手机扫码',
  '打印本页',
  '打印此页',
  '打印文章',
  '打印',
  '关闭窗口',
  '关闭本页',
  '关闭',
  '返回顶部',
  '返回',
  '加入收藏',
  '收藏本页',
  '收藏',
  '分享到',
  '分享',
  '我要纠错',
  '纠错',
  '保存本页',
  '字体',
  '字号',
  '背景色',
  '视力保护色',
  '朗读',
  '上一篇',
  '下一篇',
];
const WEAK = ['大', '中', '小', '默认', '微信', '微博', '新浪微博', '腾讯微博', 'QQ空间', '复制链接', '人人网', '豆瓣'];
const ALL = [...STRONG, ...WEAK].sort((a, b) => b.length - a.length);
const FILLER = /[【】[\]()（）|｜:：·•/、,，\s\u00A0\u3000]/gu;

const CHROME_LINES: RegExp[] = [
  /^(上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]/u,
  /^扫一扫/u,
  /^分享到/u,
  /^(您当前的位置|当前位置|您的位置|您现在的位置|所在位置)\s*[:：]/u,
  /^(主办单位|承办单位|网站标识码|网站识别码|政府网站标识码|版权所有)/u,
  /^(copyright|©)/iu,
  /ICP备\s*\d+号|公网安备\s*\d+号/u,
  /^技术支持\s*[:：]/u,
];

/** A line of page chrome: a toolbar made of chrome words, a breadcrumb, a previous/next link, a footer line. */
export function isChromeLine(line: string): boolean {
  const text = line.trim();
  if (CHROME_LINES.some((re) => re.test(text))) return true;
  if ([...text].length > 60 || !STRONG.some((w) => text.includes(w))) return false;
  let rest = text;
  for (const word of ALL) rest = rest.split(word).join('');
  return rest.replace(FILLER, '') === '';
}

/** The heading of a related-links box; the short link lines under it go with it. */
export function isRelatedHeading(line: string): boolean {
  return /^[【[]?(相关链接|相关文章|相关阅读|相关文件|相关新闻|相关解读|相关稿件|相关政策|政策解读|图文解读|附件下载)[】\]]?[:：]?$/u.test(
    line.trim(),
  );
}

/** A link line under a related-links heading: short, not a sentence. */
export function isLinkLine(line: string): boolean {
  const text = line.trim();
  return [...text].length <= 60 && !/[。；;！!？?]$/u.test(text);
}

/** id and class names of toolbars, share and print boxes, navigation, related links and footers (matched whole). */
const CHROME_NAMES =
  /^(nav|navbar|menu|mainnav|topnav|breadcrumb|crumb|crumbs|position|location|dqwz|footer|foot|copyright|share|bdsharebuttonbox|sharebox|share-box|print|toolbar|tools|fontsize|font-size|fontzoom-tool|pagenav|page-nav|prevnext|prev-next|prev|next|related|relate|xglj|xgwz|xgwj|qrcode|ewm|erweima)$/iu;

/** Names of page regions around an article (header, sidebar …): chrome outside the body, but inside it they may hold text. */
const LAYOUT_NAMES = /^(header|head|top|topbar|bottom|sidebar|side|search|searchbox)$/iu;

const names = (el: Element) =>
  [el.getAttribute('id') ?? '', ...(el.getAttribute('class') ?? '').split(/\s+/u)].filter(Boolean);

/** An element of page chrome by its tag, id or class (`inBody`: inside the article, where only toolbars and the like are). */
export function isChromeElement(el: Element, inBody = false): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'nav' || tag === 'footer' || (!inBody && tag === 'aside')) return true;
  return names(el).some((n) => CHROME_NAMES.test(n) || (!inBody && LAYOUT_NAMES.test(n)));
}
