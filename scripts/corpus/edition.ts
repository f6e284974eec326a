/**
 * A yearly edition of a region's service list, published as a document of its own (docs/scale.md,
 * `--documents`): the title is the list's with its edition (（2025年版）), the one part of its text is a real
 * task about the list (保山's 制定落实基本养老服务清单, 南通's 健全基本养老服务目录清单 …), its sentences re-voiced,
 * then the 附件 with the list (list.ts). No sentence is written for it: like every synthetic text it is the real
 * sentences, in the region's voice.
 */
import type { ComposedDocument, SentenceOrigin } from './document.ts';
import { originKey } from './document.ts';
import type { Pool, PoolUnit } from './pool.ts';
import type { Random } from './random.ts';
import { numbersIn, scaleNumbers, voiceText, type Voice } from './voice.ts';

/** The real tasks about the service list itself, the text an edition is published with. */
function listTasks(pool: Pool): PoolUnit[] {
  const tasks = pool.groups.flatMap((g) => g.tasks).filter((u) => /清单/u.test(u.title));
  if (tasks.length === 0) throw new Error('the pool has no task about the service list (a title with 清单)');
  return tasks;
}

export interface EditionInput {
  pool: Pool;
  voice: Voice;
  random: Random;
  factor: number;
  /** 安平县基本养老服务清单（2025年版）. */
  title: string;
  date: string;
  appendix: string[];
}

export function composeEdition(input: EditionInput): ComposedDocument {
  const { voice, random, factor } = input;
  const unit = random.pick(listTasks(input.pool));
  const anchor = 'section-1';
  const origins = new Map<string, SentenceOrigin>();
  const sentences = unit.paragraphs.flat().map((sentence) => {
    const numbers = new Set((sentence.records?.commitments ?? []).flatMap((c) => numbersIn(c.quantity)));
    const text = voiceText(scaleNumbers(sentence.text, numbers, factor), voice);
    origins.set(originKey(anchor, text), { records: sentence.records, numbers });
    return text;
  });
  const lines = [
    `日期：${input.date} 来源：合成测试数据（非真实文件）`,
    input.title,
    `一、${voiceText(unit.title, voice)}`,
    sentences.join(''),
    ...input.appendix,
  ];
  return {
    raw: `${lines.join('\n')}\n`,
    title: input.title,
    status: '现行有效',
    units: [{ anchor, unit }],
    origins,
  };
}
