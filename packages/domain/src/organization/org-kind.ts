import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * The kinds of union organisation (组织类型), top of the hierarchy first (中国工会章程: 全国总工会,
 * 地方总工会, 产业工会, 基层工会 and below).
 */
export const ORG_KINDS = Object.freeze([
  'NATIONAL_FEDERATION',
  'PROVINCIAL_FEDERATION',
  'NATIONAL_INDUSTRIAL_UNION',
  'CITY_FEDERATION',
  'COUNTY_FEDERATION',
  'INDUSTRIAL_UNION',
  'TOWNSHIP_UNION',
  'PARK_UNION',
  'JOINT_GRASSROOTS_UNION',
  'GRASSROOTS_UNION',
  'BRANCH',
  'GROUP',
] as const);

/** One kind of union organisation; see {@link ORG_KIND_LABELS}. */
export type OrgKind = (typeof ORG_KINDS)[number];

/** Chinese display names of the kinds. */
export const ORG_KIND_LABELS: Readonly<Record<OrgKind, string>> = Object.freeze({
  NATIONAL_FEDERATION: '中华全国总工会',
  PROVINCIAL_FEDERATION: '省（自治区、直辖市）总工会',
  NATIONAL_INDUSTRIAL_UNION: '全国产业工会',
  CITY_FEDERATION: '市（地、州、盟）总工会',
  COUNTY_FEDERATION: '县（市、区）总工会',
  INDUSTRIAL_UNION: '产业（行业）工会',
  TOWNSHIP_UNION: '乡镇（街道）工会',
  PARK_UNION: '园区工会',
  JOINT_GRASSROOTS_UNION: '联合基层工会',
  GRASSROOTS_UNION: '基层工会',
  BRANCH: '分会（车间工会）',
  GROUP: '工会小组',
});

/**
 * The kinds an organisation of each kind may sit under (上级组织类型), from the hierarchy table
 * of DOMAIN.md §2. NATIONAL_FEDERATION is the root and has none. Every parent kind comes earlier
 * in {@link ORG_KINDS} than its child, so the relation has no cycles and every kind reaches the
 * root. Each list is in {@link ORG_KINDS} order.
 */
export const ORG_KIND_PARENT_KINDS: Readonly<Record<OrgKind, readonly OrgKind[]>> = Object.freeze({
  NATIONAL_FEDERATION: Object.freeze([]),
  PROVINCIAL_FEDERATION: Object.freeze(['NATIONAL_FEDERATION']),
  NATIONAL_INDUSTRIAL_UNION: Object.freeze(['NATIONAL_FEDERATION']),
  CITY_FEDERATION: Object.freeze(['PROVINCIAL_FEDERATION']),
  COUNTY_FEDERATION: Object.freeze(['CITY_FEDERATION']),
  INDUSTRIAL_UNION: Object.freeze(['CITY_FEDERATION', 'COUNTY_FEDERATION']),
  TOWNSHIP_UNION: Object.freeze(['COUNTY_FEDERATION']),
  PARK_UNION: Object.freeze(['CITY_FEDERATION', 'COUNTY_FEDERATION']),
  JOINT_GRASSROOTS_UNION: Object.freeze([
    'COUNTY_FEDERATION',
    'INDUSTRIAL_UNION',
    'TOWNSHIP_UNION',
    'PARK_UNION',
  ]),
  GRASSROOTS_UNION: Object.freeze([
    'COUNTY_FEDERATION',
    'INDUSTRIAL_UNION',
    'TOWNSHIP_UNION',
    'PARK_UNION',
    'JOINT_GRASSROOTS_UNION',
  ]),
  BRANCH: Object.freeze(['GRASSROOTS_UNION']),
  GROUP: Object.freeze(['GRASSROOTS_UNION', 'BRANCH']),
} satisfies Record<OrgKind, readonly OrgKind[]>);

/**
 * The kinds counted as one 基层工会 in statistics ("全市基层工会 N 个") and able to hold members'
 * membership records: a grassroots union (one employer) and a joint grassroots union (several
 * small employers). Branches and groups are parts of a grassroots union, not unions of their own.
 */
export const GRASSROOTS_LEVEL_KINDS = Object.freeze([
  'JOINT_GRASSROOTS_UNION',
  'GRASSROOTS_UNION',
] as const satisfies readonly OrgKind[]);

/** Stable rule codes for refused parent/child kind combinations. */
export const ORG_KIND_RULES = Object.freeze({
  ROOT_HAS_NO_PARENT: 'ORG_KIND_ROOT_HAS_NO_PARENT',
  PARENT_REQUIRED: 'ORG_KIND_PARENT_REQUIRED',
  PARENT_NOT_ALLOWED: 'ORG_KIND_PARENT_NOT_ALLOWED',
} as const);

/** Narrows an untrusted string (a database column, a GraphQL argument) to an {@link OrgKind}. */
export function isOrgKind(value: string): value is OrgKind {
  return (ORG_KINDS as readonly string[]).includes(value);
}

/** The kinds an organisation of `kind` may sit under; empty for NATIONAL_FEDERATION. */
export function allowedParentKinds(kind: OrgKind): readonly OrgKind[] {
  return ORG_KIND_PARENT_KINDS[kind];
}

/** True for the kinds of {@link GRASSROOTS_LEVEL_KINDS} (基层工会 in statistics). */
export function isGrassrootsLevelKind(kind: OrgKind): boolean {
  return (GRASSROOTS_LEVEL_KINDS as readonly OrgKind[]).includes(kind);
}

/**
 * Checks that an organisation of `childKind` may sit under a parent of `parentKind` (`null`:
 * no parent, i.e. the root), in order:
 * 1. NATIONAL_FEDERATION is the only root and never has a parent (ORG_KIND_ROOT_HAS_NO_PARENT);
 * 2. every other kind needs a parent (ORG_KIND_PARENT_REQUIRED);
 * 3. the parent's kind is one of {@link allowedParentKinds} (ORG_KIND_PARENT_NOT_ALLOWED; the
 *    message lists the allowed kinds).
 */
export function checkParentKind(
  childKind: OrgKind,
  parentKind: OrgKind | null,
  field = 'parentId',
): Result<void, FieldError> {
  const allowed = allowedParentKinds(childKind);
  if (allowed.length === 0) {
    return parentKind === null
      ? ok(undefined)
      : err(
          fieldError(
            field,
            ORG_KIND_RULES.ROOT_HAS_NO_PARENT,
            `${ORG_KIND_LABELS[childKind]}是最高一级组织，不能设置上级组织`,
          ),
        );
  }
  const allowedNames = allowed.map((kind) => ORG_KIND_LABELS[kind]).join('、');
  if (parentKind === null) {
    return err(
      fieldError(
        field,
        ORG_KIND_RULES.PARENT_REQUIRED,
        `请选择上级组织：${ORG_KIND_LABELS[childKind]}的上级应为${allowedNames}`,
      ),
    );
  }
  if (!allowed.includes(parentKind)) {
    return err(
      fieldError(
        field,
        ORG_KIND_RULES.PARENT_NOT_ALLOWED,
        `${ORG_KIND_LABELS[childKind]}不能设在${ORG_KIND_LABELS[parentKind]}之下，上级应为${allowedNames}`,
      ),
    );
  }
  return ok(undefined);
}
