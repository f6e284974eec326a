/**
 * Writes a set of file changes all or nothing: every new file is written beside its target first, then the
 * targets are swapped in; if anything fails, what was swapped is put back and the folder is as it was.
 */
import { existsSync, mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileChange } from './changes.ts';

export function applyChanges(contentDir: string, changes: FileChange[]): void {
  const tag = `.ingest-${process.pid}-${Date.now()}`;
  const madeDirs: string[] = [];
  const staged: { target: string; temp: string }[] = [];
  const backups: { target: string; backup: string }[] = [];
  const placed: string[] = [];
  const mkdirs = (dir: string) => {
    if (existsSync(dir)) return;
    mkdirs(dirname(dir));
    mkdirSync(dir);
    madeDirs.push(dir);
  };
  try {
    for (const change of changes) {
      const target = join(contentDir, change.path);
      if (change.after === null) continue;
      mkdirs(dirname(target));
      const temp = `${target}${tag}.new`;
      writeFileSync(temp, change.after);
      staged.push({ target, temp });
    }
    for (const change of changes) {
      const target = join(contentDir, change.path);
      if (!existsSync(target)) continue;
      const backup = `${target}${tag}.old`;
      renameSync(target, backup);
      backups.push({ target, backup });
    }
    for (const { target, temp } of staged) {
      renameSync(temp, target);
      placed.push(target);
    }
  } catch (error) {
    for (const target of placed) rmSync(target, { force: true });
    for (const { target, backup } of backups) renameSync(backup, target);
    for (const { temp } of staged) rmSync(temp, { force: true });
    for (const dir of madeDirs.reverse()) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
    throw error;
  }
  for (const { backup } of backups) rmSync(backup, { force: true });
}
