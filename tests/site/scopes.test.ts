/**
 * The pages that would list the whole country, split along the region hierarchy (issue 18, docs/urls.md): the
 * finder's province pages, a province's regions by prefecture, 有效期一览 and 更新记录 per province and prefecture.
 * The seeds fit the page budget, so the national pages still list everything, and link down as well.
 */
import { describe, expect, it } from 'vitest';
import {
  changesUrl,
  documentUrl,
  finderProvinceDataUrl,
  finderProvinceUrl,
  finderRegionUrl,
  regionUrl,
  regionsIndexUrl,
  validityUrl,
} from '../../src/lib/urls.ts';
import { download, page } from './dist.ts';

const links = (path: string, selector = 'main a') =>
  page(path)
    .root.querySelectorAll(selector)
    .map((a) => a.getAttribute('href'));
const trail = (path: string) =>
  page(path)
    .root.querySelectorAll('nav.breadcrumb a')
    .map((a) => a.getAttribute('href'));

describe('the finder by province', () => {
  it('/finder/ lists the regions (they fit) and links every province with something to say', () => {
    expect(links('/finder/', '.finder-regions a')).toEqual(
      expect.arrayContaining([
        finderRegionUrl('daye'),
        ...['hubei', 'gansu', 'yunnan', 'jiangsu', 'ningxia'].map(finderProvinceUrl),
      ]),
    );
  });

  it('a province page lists its regions by prefecture, and those it cannot answer with the reason', () => {
    const hubei = page(finderProvinceUrl('hubei')).root;
    expect(hubei.querySelectorAll('.finder-regions h3').map((h) => h.textContent)).toEqual(['黄石市']);
    expect(links(finderProvinceUrl('hubei'), '.finder-regions a')).toEqual([finderRegionUrl('daye')]);
    expect(page(finderProvinceUrl('yunnan')).root.querySelector('main')!.textContent).toContain(
      '保山市：来源文本没有附上服务清单的条目',
    );
    expect(trail(finderRegionUrl('daye'))).toEqual(['/', '/finder/', finderProvinceUrl('hubei')]);
  });

  it('gives the region choice its province’s regions as JSON', () => {
    expect(JSON.parse(download(finderProvinceDataUrl('hubei')))).toEqual({
      regions: [{ region: 'daye', name: '大冶市', prefecture: '黄石市' }],
    });
  });
});

describe('regions by province and prefecture', () => {
  it('/regions/ still lists every region (they fit); a province lists its regions under their prefecture', () => {
    expect(links(regionsIndexUrl())).toEqual(expect.arrayContaining([regionUrl('daye'), regionUrl('huangshi')]));
    const hubei = page(regionUrl('hubei')).root;
    expect(hubei.querySelectorAll('#children ~ h3').map((h) => h.textContent)).toEqual(['黄石市（0）']);
    expect(links(regionUrl('hubei'), '#children ~ ul a')).toEqual([regionUrl('daye')]);
  });
});

describe('有效期一览 and 更新记录 by province and prefecture', () => {
  it('the national pages link each province; a province its prefectures; a prefecture its regions', () => {
    for (const url of [validityUrl, changesUrl]) {
      expect(links(url(), '#by-region ~ ul a')).toEqual(
        ['jiangsu', 'hubei', 'yunnan', 'gansu', 'ningxia'].map((p) => url(p)),
      );
      expect(links(url('hubei'), '#by-region ~ ul a')).toEqual([url('huangshi')]);
      expect(links(url('huangshi'), '#by-region ~ ul a')).toEqual([regionUrl('daye')]);
      expect(trail(url('huangshi'))).toEqual(['/', url(), url('hubei')]);
    }
  });

  it('a province’s pages list what is in it, and nothing else', () => {
    expect(links(validityUrl('hubei'), '[data-validity-group] li > a')).toEqual([
      documentUrl('daye-jiben-yanglao-songshengao'),
    ]);
    expect(links(changesUrl('hubei'), 'section[aria-labelledby^="month-"] li a')).toEqual([
      documentUrl('daye-jiben-yanglao-songshengao'),
    ]);
  });
});
