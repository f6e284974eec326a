/**
 * The real build fails on bad content (Astro alone logs a dangling reference and exits 0).
 * Runs `astro build` once on a copy of the content with a dangling reference.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('astro build exits non-zero and names the file and field of a dangling reference', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guard-'));
  try {
    cpSync('content', join(dir, 'content'), { recursive: true });
    const list = join(dir, 'content', 'lists', 'daye-jiben-yanglao-qingdan.yaml');
    writeFileSync(
      list,
      readFileSync(list, 'utf8').replace('document: "daye-jiben-yanglao-songshengao"', 'document: "daye-missing"'),
    );
    const run = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
      env: { ...process.env, CONTENT_DIR: join(dir, 'content') },
      encoding: 'utf8',
      timeout: 500_000,
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain('Content check failed (1 problem):');
    expect(output).toContain(
      'lists/daye-jiben-yanglao-qingdan.yaml: document: no document "daye-missing" — add content/documents/daye-missing.mdx or correct the slug',
    );
    // The check's own lines only: no stack trace of Astro's around them.
    expect(output).not.toMatch(/^\s+at /mu);
    expect(output).not.toMatch(/Error:|Stack trace/u);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
