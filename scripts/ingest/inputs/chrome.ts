/**
 * What a portal page puts around a document (DOCUMENT-FORMATS.md, "How portals publish it"): toolbars,
 * share and print links, breadcrumbs, previous/next links, related links, site footers — and the metadata
 * block, which is not chrome but facts, read as `label：value` lines.
 */
import { PORTAL_LABELS } from '../portal-labels.ts';

/** Labels of portal metadata blocks, without their padding (文　　号 → 文号): the parser's own table. */
const LABEL_SET = new Set(Object.keys(PORTAL_LABELS));

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

const SP = '[ \\t\\u00A0\\u3000]';
/** The font-size widget: 字号：大 中 小, 【字体：大 中 小】, 【大 中 小】, or 大 中 小 standing apart. */
const FONT_WIDGET = new RegExp(
  [
    `[【[]?${SP}*(?:字体|字号)${SP}*[:：]?${SP}*[【[]?${SP}*大${SP}*[|｜]?${SP}*中${SP}*[|｜]?${SP}*小(?:${SP}*[|｜]?${SP}*默认)?${SP}*[】\\]]?${SP}*[】\\]]?`,
    `[【[]${SP}*大${SP}*[|｜]?${SP}*中${SP}*[|｜]?${SP}*小${SP}*[】\\]]`,
    `(?<=^|${SP})大${SP}+中${SP}+小(?=${SP}|$)`,
  ].join('|'),
  'gu',
);
const BRACKETED_WORD = new RegExp(`[【[]${SP}*(?:${ALL.join('|')})${SP}*[】\\]]`, 'gu');
const GLUED_WORD = new RegExp(`(?<=[0-9A-Za-z:：)）\\]】])(?:${STRONG.join('|')})$`, 'u');

/**
 * A line of the portal's own with its toolbar removed: the font-size widget, bracketed toolbar words
 * ([打印] [关闭]) and toolbar words at its end (打印本页, 分享到：微信 微博). For the line that carries the
 * metadata and the toolbar together (时间：2022-11-30　来源：某局　[打印] [关闭]); a body line is never given to it.
 */
export function stripToolbar(line: string): string {
  let text = line.replace(FONT_WIDGET, ' ').replace(BRACKETED_WORD, ' ').trim();
  for (;;) {
    const tokens = text.split(/[ \t\u00A0\u3000]+/u);
    const cut = tokens.findIndex((_, i) => i > 0 && isChromeLine(tokens.slice(i).join(' ')));
    const next = (cut === -1 ? text : tokens.slice(0, cut).join(' ')).replace(GLUED_WORD, '').trim();
    if (next === text) return text;
    text = next;
  }
}

/** Labels of the editors' credit a portal prints under an article (责任编辑：…, 编辑：…　审核：…). */
const EDITOR_LABEL =
  '责任编辑|值班编辑|网络编辑|责编|编辑|校对|审校|审核|初审|复审|终审|核稿|审稿|编审|撰稿|供稿|摄影|美编';
const EDITOR_AT = new RegExp(`(?:^|(?:[，,、；;]|${SP})+)(${EDITOR_LABEL})${SP}*[:：]${SP}*`, 'gu');
/** Labels no text uses for a line of its own. */
const EDITOR_ONLY = /^(责任编辑|值班编辑|网络编辑|责编)$/u;
/** What the name of an office ends with: 审核：乡镇人民政府 is a step of a procedure, not an editor. */
const OFFICE_END = /(政府|部门|单位|机构|委员会|[局办委府会院所站部处科室队]|中心|街道|乡镇|社区|村)$/u;

/**
 * The editors' credit of a portal page: （责任编辑：李某某）, 【编辑：张三】, 编辑：张三　审核：李四. A bare
 * 审核：… or 编辑：… alone counts only when it names a person (two to four characters, no office).
 */
export function isEditorLine(line: string): boolean {
  const text = line.trim();
  const bracketed = /^[（(【[].*[）)】\]]$/u.test(text);
  const inner = bracketed ? text.slice(1, -1).trim() : text;
  const starts = [...inner.matchAll(EDITOR_AT)];
  if (starts.length === 0 || starts[0]!.index !== 0) return false;
  const values = starts.map((m, k) => inner.slice(m.index + m[0].length, starts[k + 1]?.index ?? inner.length).trim());
  if (values.some((n) => n === '' || [...n].length > 20 || /[:：。；;！？!?（）()]/u.test(n))) return false;
  if (bracketed || starts.length > 1 || EDITOR_ONLY.test(starts[0]![1]!)) return true;
  return /^[\u4e00-\u9fff·]{2,4}$/u.test(values[0]!) && !OFFICE_END.test(values[0]!);
}

/** A portal's download line for attached files: 附件下载：某表.doc, 相关附件：…, 下载附件 — the files are not the text. */
export function isDownloadLine(line: string): boolean {
  return /^[【[]?(附件下载|下载附件|相关附件|附件链接|文件下载|点击下载)[】\]]?(?:[:：]|$)/u.test(line.trim());
}

/** A line that is only a linked file's name (某表.doc, 清单.xlsx), as a download box lists them. */
export function isFileNameLine(line: string): boolean {
  return /^[^\s。；;，,]{1,80}\.(docx?|xlsx?|pdf|wps|et|zip|rar|7z|csv|ofd)$/iu.test(line.trim());
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
