/**
 * A small static server for the built site, used by `npm run serve`, the browser tests and the
 * benchmarks. It behaves like a plain static host: index.html for folders, 404.html with status 404,
 * the headers the site's _headers file sets (CSP, nosniff, frame-ancestors …), gzip for text when
 * the browser accepts it (Pagefind's index files are compressed already).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaders } from '../../src/build/host/host-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  // A compressed download (/data/*.gz) is sent as the file it is, not with Content-Encoding: gzip.
  '.gz': 'application/gzip',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.csv']);

/** A slow network, emulated by the server so that it covers every request, a worker's too. */
export interface Throttle {
  /** Added before each response starts: one round trip. */
  latencyMs: number;
  /** The downlink, shared by all responses. */
  bytesPerSecond: number;
}

export interface ServeOptions {
  throttle?: Throttle;
  /** Called with each response's path and the bytes sent for its body (after compression). */
  onResponse?: (path: string, bytes: number) => void;
}

/** Paces chunks so that all responses together never exceed the downlink. */
function pacer(throttle: Throttle) {
  let free = 0;
  return () =>
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        const pieces: Buffer[] = [];
        for (let i = 0; i < chunk.length; i += 4096) pieces.push(chunk.subarray(i, i + 4096));
        const push = () => {
          const piece = pieces.shift();
          if (!piece) return done();
          const start = Math.max(Date.now(), free);
          free = start + (piece.length / throttle.bytesPerSecond) * 1000;
          setTimeout(
            () => {
              this.push(piece);
              push();
            },
            Math.max(0, free - Date.now()),
          );
        };
        push();
      },
    });
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** The host's own files (_headers, _redirects) are read by the host, not served. */
const HOST_FILE = /^\/_(headers|redirects)$/u;

function resolveFile(root: string, pathname: string): string | null {
  if (HOST_FILE.test(pathname)) return null;
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/u, '');
  let file = join(root, safe);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Serves `root` on 127.0.0.1 at a free port (or `port`). */
export function serveStatic(root: string, port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const pace = options.throttle ? pacer(options.throttle) : undefined;
  const headerFile = join(root, '_headers');
  const rules = existsSync(headerFile) ? parseHeaders(readFileSync(headerFile, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = resolveFile(root, url.pathname);
    let status = 200;
    if (!file) {
      status = 404;
      file = join(root, '404.html');
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      'cache-control': 'no-cache',
      ...headersFor(rules, url.pathname),
      'content-type': TYPES[ext] ?? 'application/octet-stream',
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    const send = () => {
      res.writeHead(status, headers);
      let body: Readable = createReadStream(file);
      if (gzip) body = body.pipe(createGzip());
      if (pace) body = body.pipe(pace());
      let bytes = 0;
      body.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      body.on('end', () => options.onResponse?.(url.pathname, bytes));
      body.pipe(res);
    };
    if (options.throttle) setTimeout(send, options.throttle.latencyMs);
    else send();
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        origin: `http://127.0.0.1:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
