/** What ingestion could not read or place (a problem) or wants the editor to know (a note), at a source line. */
export interface Problem {
  line: number;
  message: string;
}
