/**
 * schema.org JSON-LD for document pages (Legislation) and list-item pages (GovernmentService)
 * (docs/quality.md). Only what the source states: a fact written as 未注明 is left out, never guessed; the
 * url fields only when the build knows the site's address (SITE_URL).
 */
import { UNSTATED } from '../../model/vocab.ts';
import type { Lifecycle } from '../lifecycle/lifecycle.ts';

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
  /** The status shown on the build date (src/lib/lifecycle/): legal force, effective date, end of validity. */
  lifecycle: Pick<Lifecycle, 'status' | 'legalForce' | 'validity'>;
  /** The build date: the day the legal force is stated for. */
  asOf: string;
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
    // As of the build date, as far as the site's record goes (docs/lifecycle.md).
    legislationLegalForce: `https://schema.org/${d.lifecycle.legalForce}`,
    legislationDateVersion: d.asOf,
    legislationDateOfApplicability: stated(d.lifecycle.validity.effective),
    expires: stated(d.lifecycle.validity.until),
    creativeWorkStatus: d.lifecycle.status,
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
