import { describe, expect, it } from 'vitest';
import type { OrgKind } from '../organization/org-kind.js';
import {
  checkEnterpriseSelection,
  ENTERPRISE_RULES,
  enterpriseQuotaStatus,
} from './enterprise-quotas.js';

const names = (n: number) => Array.from({ length: n }, (_, i) => `企业${i + 1}`);

describe('all-staff innovation enterprise quotas', () => {
  it.each<[OrgKind, number, { over: number; remaining: number } | string]>([
    ['CITY_FEDERATION', 9, { over: 0, remaining: 1 }],
    ['CITY_FEDERATION', 10, { over: 0, remaining: 0 }],
    ['COUNTY_FEDERATION', 12, { over: 2, remaining: 0 }],
    ['GRASSROOTS_UNION', 1, ENTERPRISE_RULES.NOT_A_SELECTOR],
  ])('%s with %s selected', (kind, selected, expected) => {
    const status = enterpriseQuotaStatus(kind, 2026, selected);
    if (typeof expected === 'string') {
      expect(status.ok ? null : status.error.rule).toBe(expected);
    } else {
      expect(status.ok && status.value).toMatchObject({ quota: 10, selected, ...expected });
    }
  });

  it('says when a union is over quota', () => {
    const status = enterpriseQuotaStatus('COUNTY_FEDERATION', 2026, 12);
    expect(status.ok && status.value.explanation).toBe(
      '2026 年度已评选 12 家，名额 10 家，超出 2 家',
    );
  });

  it.each<[string, Parameters<typeof checkEnterpriseSelection>[0], string | null]>([
    [
      'the tenth',
      {
        selectorKind: 'CITY_FEDERATION',
        year: 2026,
        enterpriseName: '新企业',
        alreadySelected: names(9),
      },
      null,
    ],
    [
      'the eleventh',
      {
        selectorKind: 'CITY_FEDERATION',
        year: 2026,
        enterpriseName: '新企业',
        alreadySelected: names(10),
      },
      ENTERPRISE_RULES.OVER_QUOTA,
    ],
    [
      'the same enterprise twice',
      {
        selectorKind: 'COUNTY_FEDERATION',
        year: 2026,
        enterpriseName: ' 企业3 ',
        alreadySelected: names(3),
      },
      ENTERPRISE_RULES.ALREADY_SELECTED,
    ],
    [
      'no name',
      { selectorKind: 'COUNTY_FEDERATION', year: 2026, enterpriseName: ' ', alreadySelected: [] },
      ENTERPRISE_RULES.NAME_EMPTY,
    ],
    [
      'a configured quota of 15',
      {
        selectorKind: 'CITY_FEDERATION',
        year: 2026,
        enterpriseName: '新企业',
        alreadySelected: names(12),
        config: { CITY_FEDERATION: 15 },
      },
      null,
    ],
  ])('%s', (_name, input, rule) => {
    const result = checkEnterpriseSelection(input);
    expect(result.ok ? null : result.error.rule).toBe(rule);
  });
});
