import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// renameSync can be made to fail on one target, to prove the rollback.
vi.mock('node:fs', async (original) => {
  const actual = await original<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});
import { describeChanges, planChanges } from './changes.ts';
import { applyChanges } from './write.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-write-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function snapshot(dir: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const path = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, snapshot(dir, path));
    else out[path] = readFileSync(join(dir, path), 'utf8');
  }
  return out;
}

describe('applyChanges', () => {
  it('adds, changes and removes files', () => {
    const dir = folder({ 'a.txt': 'a\n', 'b.txt': 'b\n' });
    applyChanges(dir, [
      { path: 'a.txt', after: 'A\n' },
      { path: 'b.txt', after: null },
      { path: 'new/c.txt', after: Buffer.from('c\n') },
    ]);
    expect(snapshot(dir)).toEqual({ 'a.txt': 'A\n', 'new/c.txt': 'c\n' });
  });

  const changes = [
    { path: 'a.txt', after: 'A\n' },
    { path: 'b.txt', after: null },
    { path: 'new/deeper/c.txt', after: 'c\n' },
    { path: 'z.txt', after: 'z\n' },
  ];

  it('leaves the folder exactly as it was when a new file cannot be written', () => {
    const dir = folder({ 'a.txt': 'a\n', 'b.txt': 'b\n', 'z.txt': 'old z\n' });
    const before = snapshot(dir);
    expect(() => applyChanges(dir, [...changes, { path: 'a.txt/inside', after: 'x' }])).toThrow();
    expect(snapshot(dir)).toEqual(before);
  });

  it('puts back what was swapped in when the last swap fails', () => {
    const dir = folder({ 'a.txt': 'a\n', 'b.txt': 'b\n', 'z.txt': 'old z\n' });
    const before = snapshot(dir);
    const rename = vi.mocked(fs.renameSync);
    const real = rename.getMockImplementation()!;
    rename.mockImplementation((from, to) => {
      if (String(from).endsWith('.new') && String(to).endsWith('z.txt')) throw new Error('disk full');
      real(from, to);
    });
    try {
      expect(() => applyChanges(dir, changes)).toThrow('disk full');
    } finally {
      rename.mockImplementation(real);
    }
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('planChanges and describeChanges', () => {
  it('leaves out unchanged files and counts the changed lines', () => {
    const dir = folder({ 'a.txt': 'one\ntwo\nthree\n', 'same.txt': 'x\n', 'gone.txt': 'g\ng\n' });
    const planned = planChanges(dir, [
      { path: 'a.txt', after: 'one\n2\nthree\nfour\n' },
      { path: 'same.txt', after: 'x\n' },
      { path: 'gone.txt', after: null },
      { path: 'missing.txt', after: null },
      { path: 'new.bin', after: Buffer.from([0, 1, 2]) },
    ]);
    expect(describeChanges('content', planned)).toEqual([
      '  change  content/a.txt  (+2 −1 lines)',
      '  remove  content/gone.txt  (2 lines)',
      '  add     content/new.bin  (3 bytes)',
    ]);
  });
});
