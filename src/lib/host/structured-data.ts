/**
 * schema.org JSON-LD for document pages (Legislation) and list-item pages (GovernmentService)
 * (docs/quality.md). Only what the source states: a fact written as 未注明 is left out, never guessed; the
 * url fields only when the build knows the site's address (SITE_URL).
 */
import { STATUS_LABEL, UNSTATED, type DocumentStatus } from '../../model/vocab.ts';

type Json = { [key: string]: Json } | Json[] | string | number | boolean;

export interface LdRegion {
  name: string;
  code: string;
}

const area = (region: LdRegion): Json => ({
  '@type': 'AdministrativeArea',
  name: region.name,
  identifier: region.code,
});
const stated = (value: string): string | undefined => (value === UNSTATED ? undefined : value);
/** Drops the keys whose value is undefined. */
const defined = (o: Record<string, Json | undefined>): Json =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, Json] => e[1] !== undefined));

export interface LegislationFacts {
  title: string;
  documentNumber: string;
  issuer: string;
  dateSigned: string;
  datePublished: string;
  status: DocumentStatus;
  region: LdRegion;
  /** The page's absolute address; absent when the build has no site address (no SITE_URL). */
  url?: string;
}

export function legislationLd(d: LegislationFacts): Json {
  const issuer = stated(d.issuer);
  return defined({
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: d.title,
    url: d.url,
    inLanguage: 'zh-CN',
    legislationIdentifier: stated(d.documentNumber),
    legislationDate: stated(d.dateSigned),
    datePublished: stated(d.datePublished),
    legislationJurisdiction: area(d.region),
    legislationPassedBy: issuer ? { '@type': 'GovernmentOrganization', name: issuer } : undefined,
    // A draft is not in force; for an issued text we do not know, so say nothing.
    legislationLegalForce: d.status === 'issued' ? undefined : 'https://schema.org/NotInForce',
    creativeWorkStatus: STATUS_LABEL[d.status],
  });
}

export interface ServiceFacts {
  name: string;
  content: string;
  target: string;
  type: string;
  leadDepartments: readonly string[];
  region: LdRegion;
  /** The page's absolute address; absent when the build has no site address (no SITE_URL). */
  url?: string;
  /** The list's document, whose text the item is part of. */
  document: { title: string; url?: string };
}

export function governmentServiceLd(s: ServiceFacts): Json {
  return defined({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: s.name,
    url: s.url,
    description: s.content,
    serviceType: s.type,
    audience: { '@type': 'Audience', audienceType: s.target },
    areaServed: area(s.region),
    provider: s.leadDepartments.map((name) => ({ '@type': 'GovernmentOrganization', name })),
    isBasedOn: defined({ '@type': 'Legislation', name: s.document.title, url: s.document.url }),
  });
}

/** JSON for a <script type="application/ld+json">: `<` is escaped so that no text can close the element. */
export const serializeLd = (data: Json): string => JSON.stringify(data).replace(/</gu, '\\u003c');
