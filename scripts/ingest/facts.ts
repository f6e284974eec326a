/**
 * The document's facts for its front matter, from what the text prints (版头, title, signature, closing
 * clauses, 版记) and what the portal's metadata block states. The text's own word comes first; a portal
 * fact fills a gap and, where it contradicts the text, is noted. Whatever neither states is 未注明.
 */
import { isDraft, UNSTATED } from '../../src/model/vocab.ts';
import type { PortalFact } from './clean.ts';
import { readClosing, type Paragraph } from './closing.ts';
import { parseDate } from './dates.ts';
import { issuerMark } from './head.ts';
import type { Problem } from './problem.ts';
import { walk, type ParsedDocument } from './structure.ts';

export interface Meta {
  issuer: string;
  documentNumber: string;
  dateSigned: string;
  datePublished: string;
}

/** The optional front-matter facts, each present only when stated. */
export interface StatedFacts {
  noticeTitle?: string;
  issuerMark?: string;
  signer?: string;
  addressees?: string;
  attachments?: string[];
  annotations?: string[];
  printedBy?: string;
  datePrinted?: string;
  copiedTo?: string;
  indexNumber?: string;
  topicCategory?: string;
  validityStatus?: string;
  /** `from`: stated by the editor in sources.yaml, where the clause is printed (docs/lifecycle.md). */
  effective?: { date: string; clause: string; from?: string };
  validity?: { until?: string; years?: number; clause: string; from?: string };
  repeals?: { title: string; number: string }[];
  interpreter?: string;
}

/** The document's own paragraphs in reading order, then its notice's: closing clauses are looked for in both. */
function paragraphs(doc: ParsedDocument): Paragraph[] {
  const own: Paragraph[] = [...doc.preamble];
  for (const node of walk(doc.sections)) {
    if (node.heading) own.push({ text: node.heading, line: node.line ?? 0 });
    own.push(...node.body, ...node.closing);
  }
  own.push(...doc.endMatter);
  const notice = (doc.notice?.lines ?? []).map((l) => ({ text: l.text, line: l.line }));
  return [...own, ...notice];
}

/**
 * The text's document number: a 令's bare serial (第12号 under 某市人民政府令) is given the 令's name, as it is
 * cited (某市人民政府令第12号).
 */
function textNumber(mark: string | undefined, number: string | undefined): string | undefined {
  return mark && number && /令$/u.test(mark) && /^第/u.test(number) ? `${mark}${number}` : number;
}

/** Resolves the document's facts; `notes` receives each place where text and portal disagree. */
export function resolveFacts(
  doc: ParsedDocument,
  portal: PortalFact[],
  notes: Problem[],
): { meta: Meta; stated: StatedFacts; title: string } {
  const fromPortal = (field: PortalFact['field']) => portal.find((p) => p.field === field);
  const portalDate = (field: PortalFact['field']) => {
    const fact = fromPortal(field);
    return fact ? (parseDate(fact.value) ?? undefined) : undefined;
  };
  const agree = (field: PortalFact['field'], textValue: string | undefined, portalValue: string | undefined) => {
    const fact = fromPortal(field);
    if (fact && textValue && portalValue && textValue !== portalValue) {
      notes.push({
        line: fact.line,
        message: `the portal's ${fact.label} “${fact.value}” differs from the text's “${textValue}”: the text's is kept`,
      });
    }
    return textValue ?? portalValue;
  };

  const printed = doc.printed;
  const enactment = doc.enactment;
  const markIssuers = printed.issuerMark ? issuerMark(printed.issuerMark) : null;
  const textIssuer = printed.signers?.join('、') ?? markIssuers?.join('、') ?? enactment?.issuer ?? printed.titleIssuer;
  const portalIssuer = fromPortal('issuer')?.value ?? fromPortal('source')?.value.replace(/,/gu, '、');
  const meta: Meta = {
    issuer: agree('issuer', textIssuer, portalIssuer) ?? UNSTATED,
    documentNumber:
      agree(
        'documentNumber',
        textNumber(printed.issuerMark, printed.documentNumber ?? enactment?.number),
        fromPortal('documentNumber')?.value,
      ) ?? UNSTATED,
    dateSigned: agree('dateSigned', doc.dateSigned ?? enactment?.adopted, portalDate('dateSigned')) ?? UNSTATED,
    datePublished:
      agree('datePublished', enactment?.published, portalDate('datePublished')) ?? doc.dateConsulted ?? UNSTATED,
  };
  for (const fact of portal.filter((p) => p.field === 'unknown')) {
    notes.push({
      line: fact.line,
      message: `the portal's label “${fact.label}” is not one the parser knows: “${fact.label}：${fact.value}” is dropped with its block, no fact read from it`,
    });
  }

  const closing = readClosing(paragraphs(doc));
  const stated: StatedFacts = {};
  if (doc.notice) stated.noticeTitle = doc.notice.title;
  if (printed.issuerMark) stated.issuerMark = printed.issuerMark;
  const signer = printed.signer ?? enactment?.signer;
  if (signer) stated.signer = signer;
  if (printed.addressees) stated.addressees = printed.addressees;
  if (printed.attachments.length > 0) stated.attachments = printed.attachments;
  if (printed.annotations.length > 0) stated.annotations = printed.annotations;
  if (printed.printedBy) stated.printedBy = printed.printedBy;
  const datePrinted = printed.datePrinted ?? portalDate('datePrinted');
  if (datePrinted) stated.datePrinted = datePrinted;
  if (printed.copiedTo) stated.copiedTo = printed.copiedTo;
  const indexNumber = fromPortal('indexNumber');
  if (indexNumber) stated.indexNumber = indexNumber.value;
  const topic = fromPortal('topicCategory');
  if (topic) stated.topicCategory = topic.value;
  const validityStatus = fromPortal('validityStatus');
  if (validityStatus) stated.validityStatus = validityStatus.value;

  if (closing.effective) {
    // 自印发之日起: the day it was issued — the 印发日期 of the 版记 when printed, else the 成文日期.
    // A draft is not issued yet: its 自印发之日起 has no date.
    const onIssue = isDraft(doc.status)
      ? undefined
      : (printed.datePrinted ?? (meta.dateSigned === UNSTATED ? undefined : meta.dateSigned));
    const date = closing.effective.date ?? (closing.effective.onIssue ? onIssue : undefined);
    stated.effective = { date: date ?? UNSTATED, clause: closing.effective.clause };
  } else if (enactment?.effective) {
    // The 题注's 自2024年3月1日起施行 (or the 令's), when no article of the text says it.
    stated.effective = enactment.effective;
  } else {
    const fact = fromPortal('effective');
    if (fact) stated.effective = { date: parseDate(fact.value) ?? UNSTATED, clause: `${fact.label}：${fact.value}` };
  }
  if (closing.validity) {
    const { until, years, clause } = closing.validity;
    stated.validity = { ...(until ? { until } : {}), ...(years ? { years } : {}), clause };
  } else {
    const fact = fromPortal('validUntil');
    const until = fact ? parseDate(fact.value) : null;
    if (fact && until) stated.validity = { until, clause: `${fact.label}：${fact.value}` };
  }
  if (closing.repeals) stated.repeals = closing.repeals.documents;
  if (closing.interpreter) stated.interpreter = closing.interpreter.unit;

  const title = doc.title || fromPortal('title')?.value || '';
  return { meta, stated, title };
}
