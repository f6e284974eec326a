import { describe, expect, it } from 'vitest';
import { validityOf } from '../lifecycle/validity.ts';
import { governmentServiceLd, legislationLd, serializeLd } from './structured-data.ts';

const region = { name: '大冶市', code: '420281' };

describe('legislationLd', () => {
  it('states the document number, dates and issuer when the source does', () => {
    expect(
      legislationLd({
        title: '关于推进基本养老服务体系建设的实施方案',
        documentNumber: '保政办发〔2023〕12号',
        issuer: '保山市人民政府办公室',
        dateSigned: '2023-04-11',
        datePublished: '2023-04-20',
        lifecycle: {
          status: '现行有效',
          legalForce: 'InForce',
          validity: validityOf({
            dateSigned: '2023-04-11',
            effective: { date: '2023-05-01', clause: '本方案自2023年5月1日起施行，有效期5年。' },
            validity: { years: 5, clause: '本方案自2023年5月1日起施行，有效期5年。' },
          }),
        },
        asOf: '2026-12-01',
        region,
        url: 'https://e.org/documents/a/',
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: '关于推进基本养老服务体系建设的实施方案',
      url: 'https://e.org/documents/a/',
      inLanguage: 'zh-CN',
      legislationIdentifier: '保政办发〔2023〕12号',
      legislationDate: '2023-04-11',
      datePublished: '2023-04-20',
      legislationJurisdiction: { '@type': 'AdministrativeArea', name: '大冶市', identifier: '420281' },
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: '保山市人民政府办公室' },
      legislationLegalForce: 'https://schema.org/InForce',
      legislationDateVersion: '2026-12-01',
      legislationDateOfApplicability: '2023-05-01',
      expires: '2028-04-30',
      creativeWorkStatus: '现行有效',
    });
  });
  it('leaves out what is 未注明 and marks a draft as not in force', () => {
    const ld = legislationLd({
      title: '方案',
      documentNumber: '未注明',
      issuer: '未注明',
      dateSigned: '未注明',
      datePublished: '未注明',
      lifecycle: { status: '送审稿', legalForce: 'NotInForce', validity: validityOf({ dateSigned: '未注明' }) },
      asOf: '2026-12-01',
      region,
      url: 'https://e.org/documents/b/',
    }) as Record<string, unknown>;
    for (const key of [
      'legislationIdentifier',
      'legislationDate',
      'datePublished',
      'legislationPassedBy',
      'legislationDateOfApplicability',
      'expires',
    ])
      expect(ld).not.toHaveProperty(key);
    expect(ld.legislationLegalForce).toBe('https://schema.org/NotInForce');
    expect(ld.creativeWorkStatus).toBe('送审稿');
  });
});

describe('governmentServiceLd', () => {
  it('names the service, its audience, area, departments and the document it comes from', () => {
    const ld = governmentServiceLd({
      name: '高龄津贴',
      content: '为80周岁及以上老年人发放高龄津贴',
      target: '80周岁及以上老年人',
      type: '物质帮助',
      leadDepartments: ['市民政局', '市财政局'],
      region,
      url: 'https://e.org/lists/l/item-1/',
      document: { title: '方案', url: 'https://e.org/documents/b/' },
    }) as Record<string, unknown>;
    expect(ld['@type']).toBe('GovernmentService');
    expect(ld.audience).toEqual({ '@type': 'Audience', audienceType: '80周岁及以上老年人' });
    expect(ld.provider).toEqual([
      { '@type': 'GovernmentOrganization', name: '市民政局' },
      { '@type': 'GovernmentOrganization', name: '市财政局' },
    ]);
    expect(ld.isBasedOn).toEqual({ '@type': 'Legislation', name: '方案', url: 'https://e.org/documents/b/' });
  });
});

describe('without a site address (no SITE_URL)', () => {
  it('leaves out the url fields, which need an origin, and keeps the rest', () => {
    const legislation = legislationLd({
      title: '方案',
      documentNumber: '冶政办发〔2023〕1号',
      issuer: '未注明',
      dateSigned: '未注明',
      datePublished: '未注明',
      lifecycle: { status: '现行有效', legalForce: 'InForce', validity: validityOf({ dateSigned: '未注明' }) },
      asOf: '2026-12-01',
      region,
    }) as Record<string, unknown>;
    expect(legislation).not.toHaveProperty('url');
    expect(legislation).toMatchObject({
      '@type': 'Legislation',
      name: '方案',
      legislationIdentifier: '冶政办发〔2023〕1号',
    });
    const service = governmentServiceLd({
      name: '高龄津贴',
      content: '为80周岁及以上老年人发放高龄津贴',
      target: '80周岁及以上老年人',
      type: '物质帮助',
      leadDepartments: ['市民政局'],
      region,
      document: { title: '方案' },
    }) as Record<string, unknown>;
    expect(service).not.toHaveProperty('url');
    expect(service.isBasedOn).toEqual({ '@type': 'Legislation', name: '方案' });
    expect(service).toMatchObject({ '@type': 'GovernmentService', name: '高龄津贴', serviceType: '物质帮助' });
    expect(JSON.stringify([legislation, service])).not.toMatch(/"url"|"@id"/u);
  });
});

describe('serializeLd', () => {
  it('cannot close its script element', () => {
    const text = serializeLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
