/**
 * The labels of a portal's metadata block (政府信息公开 pages and article pages), without their padding
 * (文　　号 → 文号), and the front-matter meaning of each. One table for the page reader (inputs/chrome.ts,
 * which gathers the block's lines) and the parser (portal.ts, which reads them), so that a line the page
 * reader takes for metadata is always one the parser can read.
 */

/** The facts a portal block can state, by front-matter meaning; 'ignored' for a known label that carries none. */
export type PortalField =
  | 'title'
  | 'indexNumber'
  | 'topicCategory'
  | 'issuer'
  | 'documentNumber'
  | 'dateSigned'
  | 'datePublished'
  | 'datePrinted'
  | 'effective'
  | 'validityStatus'
  | 'validUntil'
  | 'source'
  | 'ignored';

/** Label → field. */
export const PORTAL_LABELS: Readonly<Record<string, PortalField>> = {
  标题: 'title',
  名称: 'title',
  文件名称: 'title',
  信息名称: 'title',
  文件标题: 'title',
  公文标题: 'title',
  索引号: 'indexNumber',
  信息索引号: 'indexNumber',
  索取号: 'indexNumber',
  索引编号: 'indexNumber',
  主题分类: 'topicCategory',
  信息分类: 'topicCategory',
  公开分类: 'topicCategory',
  分类: 'topicCategory',
  发文机关: 'issuer',
  发文单位: 'issuer',
  发文机构: 'issuer',
  发布机构: 'issuer',
  发布机关: 'issuer',
  发布单位: 'issuer',
  成文单位: 'issuer',
  制发机关: 'issuer',
  所属机构: 'issuer',
  发文字号: 'documentNumber',
  发文文号: 'documentNumber',
  文号: 'documentNumber',
  字号: 'documentNumber',
  文件编号: 'documentNumber',
  文件字号: 'documentNumber',
  成文日期: 'dateSigned',
  成文时间: 'dateSigned',
  签发时间: 'dateSigned',
  签发日期: 'dateSigned',
  生成日期: 'dateSigned',
  发文日期: 'dateSigned',
  印发日期: 'datePrinted',
  发布日期: 'datePublished',
  发布时间: 'datePublished',
  公开日期: 'datePublished',
  公开时间: 'datePublished',
  发布: 'datePublished',
  日期: 'datePublished',
  时间: 'datePublished',
  生效时间: 'effective',
  生效日期: 'effective',
  实施日期: 'effective',
  实施时间: 'effective',
  施行日期: 'effective',
  施行时间: 'effective',
  有效性: 'validityStatus',
  时效性: 'validityStatus',
  时效: 'validityStatus',
  效力状态: 'validityStatus',
  效力: 'validityStatus',
  是否有效: 'validityStatus',
  失效时间: 'validUntil',
  失效日期: 'validUntil',
  废止日期: 'validUntil',
  有效期至: 'validUntil',
  来源: 'source',
  信息来源: 'source',
  文章来源: 'source',
  稿件来源: 'source',
  作者: 'ignored',
  浏览次数: 'ignored',
  访问量: 'ignored',
  访问次数: 'ignored',
  浏览量: 'ignored',
  点击数: 'ignored',
  点击量: 'ignored',
  阅读次数: 'ignored',
  阅读量: 'ignored',
  主题词: 'ignored',
  关键词: 'ignored',
  关键字: 'ignored',
  体裁分类: 'ignored',
  组配分类: 'ignored',
  服务分类: 'ignored',
  信息类别: 'ignored',
  公开目录: 'ignored',
  公开方式: 'ignored',
  公开形式: 'ignored',
  公开范围: 'ignored',
  公开时限: 'ignored',
  公开属性: 'ignored',
  统一编号: 'ignored',
  统一登记号: 'ignored',
  登记号: 'ignored',
  有效期: 'ignored',
};

/**
 * Labels that are ordinary words too (时间：…, 名称：…, 来源：… may well be a line of the text): a line that is
 * one such pair alone is the portal's only where the block around it says so (clean.ts).
 */
export const WEAK_LABELS: ReadonlySet<string> = new Set([
  '标题',
  '名称',
  '分类',
  '时间',
  '日期',
  '发布',
  '来源',
  '作者',
  '时效',
  '效力',
  '有效期',
]);
