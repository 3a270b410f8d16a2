import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../shared/result.js';
import {
  allowedParentKinds,
  checkParentKind,
  GRASSROOTS_LEVEL_KINDS,
  isGrassrootsLevelKind,
  isOrgKind,
  ORG_KIND_LABELS,
  ORG_KIND_PARENT_KINDS,
  ORG_KIND_RULES,
  ORG_KINDS,
  type OrgKind,
} from './org-kind.js';

function ruleOf<T>(result: Result<T, { rule: string }>): string | null {
  return result.ok ? null : result.error.rule;
}

const kindArb = fc.constantFrom(...ORG_KINDS);

describe('ORG_KINDS', () => {
  it('lists the twelve kinds of DOMAIN.md, each with a Chinese label', () => {
    expect(ORG_KINDS).toHaveLength(12);
    expect(Object.keys(ORG_KIND_LABELS).sort()).toEqual([...ORG_KINDS].sort());
    expect(ORG_KIND_LABELS.NATIONAL_FEDERATION).toBe('中华全国总工会');
    expect(ORG_KIND_LABELS.GRASSROOTS_UNION).toBe('基层工会');
    expect(ORG_KIND_LABELS.JOINT_GRASSROOTS_UNION).toBe('联合基层工会');
    expect(ORG_KIND_LABELS.GROUP).toBe('工会小组');
  });

  it.each([
    ['GRASSROOTS_UNION', true],
    ['PARK_UNION', true],
    ['grassroots_union', false],
    ['UNION', false],
    ['', false],
  ])('isOrgKind(%j) is %s', (value, expected) => {
    expect(isOrgKind(value)).toBe(expected);
  });
});

describe('allowedParentKinds — the hierarchy table', () => {
  it.each<[OrgKind, OrgKind[]]>([
    ['NATIONAL_FEDERATION', []],
    ['PROVINCIAL_FEDERATION', ['NATIONAL_FEDERATION']],
    ['NATIONAL_INDUSTRIAL_UNION', ['NATIONAL_FEDERATION']],
    ['CITY_FEDERATION', ['PROVINCIAL_FEDERATION']],
    ['COUNTY_FEDERATION', ['CITY_FEDERATION']],
    ['INDUSTRIAL_UNION', ['CITY_FEDERATION', 'COUNTY_FEDERATION']],
    ['TOWNSHIP_UNION', ['COUNTY_FEDERATION']],
    ['PARK_UNION', ['CITY_FEDERATION', 'COUNTY_FEDERATION']],
    [
      'JOINT_GRASSROOTS_UNION',
      ['COUNTY_FEDERATION', 'INDUSTRIAL_UNION', 'TOWNSHIP_UNION', 'PARK_UNION'],
    ],
    [
      'GRASSROOTS_UNION',
      [
        'COUNTY_FEDERATION',
        'INDUSTRIAL_UNION',
        'TOWNSHIP_UNION',
        'PARK_UNION',
        'JOINT_GRASSROOTS_UNION',
      ],
    ],
    ['BRANCH', ['GRASSROOTS_UNION']],
    ['GROUP', ['GRASSROOTS_UNION', 'BRANCH']],
  ])('%s sits under %j', (kind, parents) => {
    expect(allowedParentKinds(kind)).toEqual(parents);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(ORG_KIND_PARENT_KINDS)).toBe(true);
    expect(Object.isFrozen(ORG_KIND_PARENT_KINDS.GROUP)).toBe(true);
  });
});

describe('checkParentKind', () => {
  it.each<[OrgKind, OrgKind | null]>([
    ['NATIONAL_FEDERATION', null],
    ['PROVINCIAL_FEDERATION', 'NATIONAL_FEDERATION'],
    ['CITY_FEDERATION', 'PROVINCIAL_FEDERATION'], // 青岛市总工会 under 山东省总工会
    ['COUNTY_FEDERATION', 'CITY_FEDERATION'], // 市南区总工会 under 青岛市总工会
    ['INDUSTRIAL_UNION', 'CITY_FEDERATION'], // 市教育工会
    ['TOWNSHIP_UNION', 'COUNTY_FEDERATION'], // 街道工会
    ['GRASSROOTS_UNION', 'TOWNSHIP_UNION'],
    ['GRASSROOTS_UNION', 'JOINT_GRASSROOTS_UNION'],
    ['JOINT_GRASSROOTS_UNION', 'PARK_UNION'],
    ['BRANCH', 'GRASSROOTS_UNION'],
    ['GROUP', 'BRANCH'],
  ])('accepts %s under %s', (child, parent) => {
    expect(checkParentKind(child, parent)).toEqual({ ok: true, value: undefined });
  });

  it.each<[OrgKind, OrgKind | null, string]>([
    ['NATIONAL_FEDERATION', 'PROVINCIAL_FEDERATION', ORG_KIND_RULES.ROOT_HAS_NO_PARENT],
    ['NATIONAL_FEDERATION', 'NATIONAL_FEDERATION', ORG_KIND_RULES.ROOT_HAS_NO_PARENT],
    ['PROVINCIAL_FEDERATION', null, ORG_KIND_RULES.PARENT_REQUIRED],
    ['GRASSROOTS_UNION', null, ORG_KIND_RULES.PARENT_REQUIRED],
    ['CITY_FEDERATION', 'NATIONAL_FEDERATION', ORG_KIND_RULES.PARENT_NOT_ALLOWED],
    ['GRASSROOTS_UNION', 'CITY_FEDERATION', ORG_KIND_RULES.PARENT_NOT_ALLOWED],
    ['GRASSROOTS_UNION', 'GRASSROOTS_UNION', ORG_KIND_RULES.PARENT_NOT_ALLOWED],
    ['JOINT_GRASSROOTS_UNION', 'JOINT_GRASSROOTS_UNION', ORG_KIND_RULES.PARENT_NOT_ALLOWED],
    ['BRANCH', 'BRANCH', ORG_KIND_RULES.PARENT_NOT_ALLOWED],
    ['BRANCH', 'JOINT_GRASSROOTS_UNION', ORG_KIND_RULES.PARENT_NOT_ALLOWED],
    ['GROUP', 'TOWNSHIP_UNION', ORG_KIND_RULES.PARENT_NOT_ALLOWED],
    ['TOWNSHIP_UNION', 'CITY_FEDERATION', ORG_KIND_RULES.PARENT_NOT_ALLOWED],
    ['COUNTY_FEDERATION', 'GROUP', ORG_KIND_RULES.PARENT_NOT_ALLOWED],
  ])('refuses %s under %s with %s', (child, parent, rule) => {
    expect(ruleOf(checkParentKind(child, parent))).toBe(rule);
  });

  it('names the field and lists the allowed parents in Chinese', () => {
    expect(checkParentKind('BRANCH', 'TOWNSHIP_UNION', 'superiorId')).toEqual({
      ok: false,
      error: {
        field: 'superiorId',
        rule: ORG_KIND_RULES.PARENT_NOT_ALLOWED,
        message: '分会（车间工会）不能设在乡镇（街道）工会之下，上级应为基层工会',
      },
    });
  });
});

describe('grassroots level', () => {
  it('is exactly the grassroots union and the joint grassroots union', () => {
    expect(ORG_KINDS.filter(isGrassrootsLevelKind)).toEqual([
      'JOINT_GRASSROOTS_UNION',
      'GRASSROOTS_UNION',
    ]);
    expect([...GRASSROOTS_LEVEL_KINDS].sort()).toEqual([
      'GRASSROOTS_UNION',
      'JOINT_GRASSROOTS_UNION',
    ]);
  });
});

describe('org kinds — properties', () => {
  it('checkParentKind accepts exactly the pairs of the table', () => {
    fc.assert(
      fc.property(kindArb, fc.option(kindArb, { nil: null }), (child, parent) => {
        const expected =
          parent === null
            ? child === 'NATIONAL_FEDERATION'
            : allowedParentKinds(child).includes(parent);
        expect(checkParentKind(child, parent).ok).toBe(expected);
      }),
    );
  });

  it('every parent kind ranks above its child, so the tree has no cycles', () => {
    fc.assert(
      fc.property(kindArb, (kind) => {
        for (const parent of allowedParentKinds(kind)) {
          expect(ORG_KINDS.indexOf(parent)).toBeLessThan(ORG_KINDS.indexOf(kind));
        }
      }),
    );
  });

  it('any chain of allowed parents ends at the national federation', () => {
    fc.assert(
      fc.property(kindArb, fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), (kind, picks) => {
        let current: OrgKind = kind;
        for (const pick of picks) {
          const parents = allowedParentKinds(current);
          if (parents.length === 0) {
            break;
          }
          current = parents[pick % parents.length] ?? current;
        }
        expect(current).toBe('NATIONAL_FEDERATION');
      }),
    );
  });

  it('only grassroots unions, branches and groups sit under a grassroots-level union', () => {
    fc.assert(
      fc.property(kindArb, (kind) => {
        const underGrassroots = allowedParentKinds(kind).some(isGrassrootsLevelKind);
        expect(underGrassroots).toBe(['GRASSROOTS_UNION', 'BRANCH', 'GROUP'].includes(kind));
      }),
    );
  });
});
