/** CSV for spreadsheet programs: UTF-8 with a byte-order mark (so Excel shows Chinese), CRLF, RFC 4180 quoting. */

export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';

function cell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/u.test(s) || /^\s|\s$/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
