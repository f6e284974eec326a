/**
 * The downloads as built (docs/compare.md): every province-level region has its own files with exactly its
 * regions' rows, the .gz files decompress to the whole-country files byte for byte, /data/ links every file,
 * and a compressed file is served as a file to save (application/gzip, no Content-Encoding).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROW_FORMATS } from '../../src/lib/compare/downloads.ts';
import { DOWNLOADS, type DownloadStem } from '../../src/lib/compare/rows.ts';
import { dataFileUrl, dataUrl, provinceDataFileUrl } from '../../src/lib/urls.ts';
import { headersFor, parseHeaders } from '../../src/build/host/host-files.ts';
import { readContent } from '../../src/model/read.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { DIST, download, downloadPaths, page } from './dist.ts';

const content = readContent('content');
const regions = content.regions.entries.map((e) => ({ id: e.file.id, ...e.data }));
const provinces = regions.filter((r) => r.level === 'province').map((r) => r.id);
const provinceByCode = new Map(regions.map((r) => [r.code, r.province]));
const stems = Object.keys(DOWNLOADS) as DownloadStem[];
const bytes = (path: string) => readFileSync(join(DIST, path));

describe('downloads per province', () => {
  it('has the five real province-level regions, each with every file', () => {
    expect(provinces.sort()).toEqual(['gansu', 'hubei', 'jiangsu', 'ningxia', 'yunnan']);
    const published = new Set(downloadPaths());
    for (const province of provinces)
      for (const stem of stems)
        for (const format of ROW_FORMATS)
          expect(published.has(provinceDataFileUrl(province, stem, format)), `${province} ${stem}.${format}`).toBe(
            true,
          );
  });

  it.each(stems)('%s: each province’s JSON holds exactly its regions’ rows, in the national order', (stem) => {
    const national = JSON.parse(download(dataFileUrl(stem, 'json'))) as Array<{ regionCode: string }>;
    let total = 0;
    for (const province of provinces) {
      const rows = JSON.parse(download(provinceDataFileUrl(province, stem, 'json'))) as typeof national;
      expect(rows, province).toEqual(national.filter((r) => provinceByCode.get(r.regionCode) === province));
      total += rows.length;
    }
    expect(total).toBe(national.length);
    // The real content's commitments and topics span several provinces (else this would prove little).
    if (stem === 'commitments' || stem === 'topics')
      expect(new Set(national.map((r) => provinceByCode.get(r.regionCode))).size).toBeGreaterThan(1);
  });

  it.each(stems)('%s: each province’s CSV has the national header and the lines of its rows', (stem) => {
    const [header, ...lines] = download(dataFileUrl(stem, 'csv')).split('\r\n');
    const national = JSON.parse(download(dataFileUrl(stem, 'json'))) as Array<{ regionCode: string }>;
    expect(lines.pop()).toBe(''); // the last line ends with CRLF
    // Each national line belongs to the row at its index when no cell holds a line break (true of the real content).
    expect(lines).toHaveLength(national.length);
    for (const province of provinces) {
      const csv = download(provinceDataFileUrl(province, stem, 'csv'));
      const own = lines.filter((_, i) => provinceByCode.get(national[i]!.regionCode) === province);
      expect(csv, province).toBe([header, ...own, ''].join('\r\n'));
    }
  });
});

describe('compressed whole-country files', () => {
  it.each(stems)('%s: the .csv.gz and .json.gz decompress to the uncompressed files byte for byte', (stem) => {
    for (const format of ROW_FORMATS) {
      const gz = bytes(dataFileUrl(stem, `${format}.gz`));
      expect(gz.readUInt32LE(4), 'no modification time').toBe(0);
      expect(gz[3], 'no file name or comment').toBe(0);
      expect(gunzipSync(gz).equals(bytes(dataFileUrl(stem, format)))).toBe(true);
      expect(
        execFileSync('gunzip', ['-c', join(DIST, dataFileUrl(stem, `${format}.gz`))]).equals(
          bytes(dataFileUrl(stem, format)),
        ),
      ).toBe(true);
    }
  });

  it('are sent as application/gzip without Content-Encoding, by the _headers file and by the local server', async () => {
    const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
    const path = dataFileUrl('items', 'csv.gz');
    expect(headersFor(rules, path)['content-type']).toBe('application/gzip');
    expect(headersFor(rules, path)['content-encoding']).toBeUndefined();
    const server = await serveStatic(DIST);
    try {
      const response = await fetch(server.origin + path, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers.get('content-type')).toBe('application/gzip');
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes(path))).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('/data/', () => {
  it('links every download: national, compressed, schemas and every province’s files', () => {
    const links = new Set(
      page(dataUrl())
        .root.querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href')),
    );
    expect(downloadPaths().filter((path) => !links.has(path))).toEqual([]);
  });

  it('shows each whole-country file’s size', () => {
    const text = page(dataUrl()).root.querySelector('main')!.textContent;
    for (const stem of stems) expect(text).toContain(`${DOWNLOADS[stem].title}：CSV 文件（`);
    expect(text).toMatch(/JSON 文件，gzip 压缩（\d[\d.]* (B|kB|MB)）/u);
  });
});
