/** Facts a document states about itself, read from its own text. Nothing here is guessed. */
import { UNSTATED } from '../../src/model/vocab.ts';

export interface CitedDocument {
  title: string;
  number: string;
}

/** A document number: issuer code, year in brackets, serial: 中办发〔2022〕42号, 云办发﹝2022﹞67号. */
const DOC_NUMBER = /[\u4e00-\u9fff]+[〔﹝[［【]\d{4}[〕﹞\]］】]\d+号/u;

/**
 * The higher-level documents a preamble says it implements: every 《title》, with the document number
 * in the brackets right after it when there is one (otherwise 未注明).
 */
export function citedDocuments(preamble: string): CitedDocument[] {
  const cited: CitedDocument[] = [];
  for (const m of preamble.matchAll(/《([^《》]+)》(?:[（(]([^（()）]+)[）)])?/gu)) {
    const number = m[2] && DOC_NUMBER.test(m[2]) ? m[2] : UNSTATED;
    cited.push({ title: m[1]!, number });
  }
  return cited;
}

/** Years the text sets targets for: 到2025年, 2023年底前, 2024年前, 2022年底 (not 2018年以来). */
export function targetYears(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/(?:到|至)(\d{4})年|(\d{4})年(?:底前|前|底|年底)/gu)) {
    years.add(Number(m[1] ?? m[2]));
  }
  return [...years].sort((a, b) => a - b);
}
