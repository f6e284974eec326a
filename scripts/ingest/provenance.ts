/** Where the text comes from (the provenance of the document and its lists, src/model/common.ts sourceReading). */
export interface SourceProvenance {
  source: string;
  sha256: string;
  text?: string;
  format?: string;
  encoding?: string;
}
