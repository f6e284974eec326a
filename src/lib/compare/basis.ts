/**
 * The higher-level documents the local ones cite as their basis (front matter `implements`), grouped so
 * that one national or provincial document lists every local document that implements it.
 */
import { UNSTATED } from '../../model/vocab.ts';
export interface Citation {
  title: string;
  /** The document number, or 未注明. */
  number: string;
}

export interface BasisGroup {
  /** The number as first cited, or 未注明. */
  number: string;
  /** Every wording of the title the local documents use. */
  titles: string[];
  /** national: issued by 中共中央 / 国务院 bodies; provincial: any other. */
  level: 'national' | 'provincial';
  /** Local documents citing it, in the order given. */
  documents: string[];
}

/** 云办发﹝2022﹞67号 and 云办发〔2022〕67号 are the same number: brackets unified, white space dropped. */
export function normalizeDocumentNumber(n: string): string {
  return n
    .replace(/[﹝［[]/gu, '〔')
    .replace(/[﹞］\]]/gu, '〕')
    .replace(/\s+/gu, '');
}

const NATIONAL = /^(中共中央|国务院|中办|国办)/u;

/** Groups by document number (by title when the number is not stated); national first, then by number. */
export function basisGroups(documents: ReadonlyArray<{ id: string; implements: readonly Citation[] }>): BasisGroup[] {
  const groups = new Map<string, BasisGroup>();
  for (const doc of documents) {
    for (const c of doc.implements) {
      const key = c.number === UNSTATED ? `title:${c.title}` : normalizeDocumentNumber(c.number);
      const group = groups.get(key) ?? {
        number: c.number,
        titles: [],
        level: NATIONAL.test(c.title) ? 'national' : 'provincial',
        documents: [],
      };
      if (!group.titles.includes(c.title)) group.titles.push(c.title);
      if (!group.documents.includes(doc.id)) group.documents.push(doc.id);
      groups.set(key, group);
    }
  }
  const rank = (g: BasisGroup) => (g.level === 'national' ? 0 : 2) + (g.number === UNSTATED ? 1 : 0);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.number.localeCompare(b.number, 'zh'));
}
