/**
 * The search step's records on disk, one NDJSON file per shard (a province, or '' for the pages of no province),
 * so that Node never holds the whole site's text: each record is written as the one pass makes it, and read back
 * one line at a time when its shard is indexed (./step.ts, docs/search.md).
 */
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { indexedText } from './layout.ts';

/** A record as Pagefind receives it. */
export interface SpooledRecord {
  url: string;
  html: string;
}

/** What a shard holds. */
export interface ShardTally {
  /** The province's name; '' for the pages of no province (comparisons, glossary …). */
  key: string;
  records: number;
  /** Characters of text (./layout.ts). */
  chars: number;
}

interface ShardFile extends ShardTally {
  file: string;
  fd: number | undefined;
}

export class Spool {
  readonly #dir: string;
  readonly #shards = new Map<string, ShardFile>();
  #seq = 0;

  constructor(parent = tmpdir()) {
    this.#dir = mkdtempSync(join(parent, 'search-spool-'));
  }

  /** Appends a record to its shard's file. */
  add(key: string, record: SpooledRecord): void {
    let shard = this.#shards.get(key);
    if (!shard) {
      const file = join(this.#dir, `shard-${this.#shards.size}.ndjson`);
      shard = { key, records: 0, chars: 0, file, fd: openSync(file, 'w') };
      this.#shards.set(key, shard);
    }
    if (shard.fd === undefined) throw new Error(`The search spool is closed for writing: ${record.url} came too late`);
    writeSync(shard.fd, `${JSON.stringify([this.#seq++, record.url, record.html])}\n`);
    shard.records += 1;
    shard.chars += indexedText(record.html);
  }

  /** The shards in the order their first record came. */
  get shards(): ShardTally[] {
    return [...this.#shards.values()].map(({ key, records, chars }) => ({ key, records, chars }));
  }

  /** One shard's records, in the order they came, read one line at a time. */
  async *read(key: string): AsyncGenerator<SpooledRecord> {
    for await (const [, url, html] of this.#lines(key)) yield { url, html };
  }

  /** Every record in the order they came (path order), merging the shards' files one line at a time. */
  async *readAll(): AsyncGenerator<SpooledRecord> {
    const heads = await Promise.all(
      [...this.#shards.keys()].map(async (key) => {
        const lines = this.#lines(key);
        return { lines, line: (await lines.next()).value };
      }),
    );
    for (;;) {
      let next: (typeof heads)[number] | undefined;
      for (const head of heads) if (head.line && (!next || head.line[0] < next.line![0])) next = head;
      if (!next) return;
      const [, url, html] = next.line!;
      yield { url, html };
      next.line = (await next.lines.next()).value;
    }
  }

  async *#lines(key: string): AsyncGenerator<[number, string, string]> {
    const shard = this.#shards.get(key);
    if (!shard) return;
    this.#finishWriting();
    const lines = createInterface({ input: createReadStream(shard.file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as [number, string, string];
  }

  #finishWriting(): void {
    for (const shard of this.#shards.values())
      if (shard.fd !== undefined) {
        closeSync(shard.fd);
        shard.fd = undefined;
      }
  }

  /** Removes the files. */
  close(): void {
    this.#finishWriting();
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
