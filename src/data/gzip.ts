/**
 * gzip with the same bytes for the same text in every build (the downloads' .gz files, docs/compare.md): no file
 * name, modification time 0, and the header's operating-system byte fixed to 255 (unknown), which zlib would
 * otherwise set to the build machine's. Same text and same zlib (the project's Node) give the same file.
 */
import { gzipSync } from 'node:zlib';

/** Byte 9 of a gzip header (RFC 1952): the operating system the file was made on. */
const OS_BYTE = 9;

export function gzipText(text: string): Buffer {
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  gz.writeUInt32LE(0, 4); // MTIME: zlib writes 0 already; kept explicit so no clock can creep in
  gz[OS_BYTE] = 255;
  return gz;
}
