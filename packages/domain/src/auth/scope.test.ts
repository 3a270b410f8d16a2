import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PERMISSIONS,
  type Permission,
  permissionsOf,
  STAFF_ROLES,
  type StaffRole,
} from './roles.js';
import {
  can,
  canAssignRole,
  checkRoleAssignment,
  isWithinSubtree,
  permissionsAt,
  ROLE_ASSIGNMENT_RULES,
  type RoleAssignment,
  scopesFor,
} from './scope.js';

/*
 * A small fixed tree for table tests:
 *
 * acftu
 * └── sd (山东省总)
 *     ├── qd (青岛市总)
 *     │   ├── sn (市南区总)
 *     │   │   └── plant (某厂工会)
 *     │   └── lc (李沧区总)
 *     └── ta (泰安市总)
 */
const LINEAGE = {
  acftu: ['acftu'],
  sd: ['acftu', 'sd'],
  qd: ['acftu', 'sd', 'qd'],
  sn: ['acftu', 'sd', 'qd', 'sn'],
  plant: ['acftu', 'sd', 'qd', 'sn', 'plant'],
  lc: ['acftu', 'sd', 'qd', 'lc'],
  ta: ['acftu', 'sd', 'ta'],
} as const;
type Org = keyof typeof LINEAGE;

const at = (role: StaffRole, org: Org): RoleAssignment => ({
  role,
  organizationId: org,
  lineageIds: LINEAGE[org],
});

/** A random forest: node i's parent is -1 (a root) or one of nodes 0 … i-1. */
type Forest = { readonly parents: readonly number[]; readonly lineages: readonly string[][] };

const id = (node: number): string => `org-${node}`;

const forestArb: fc.Arbitrary<Forest> = fc
  .array(fc.nat(), { minLength: 1, maxLength: 25 })
  .map((raw) => {
    const parents = raw.map((value, i) => (value % (i + 1)) - 1);
    const lineages = parents.map((_, node) => {
      const lineage: string[] = [];
      for (let current = node; current !== -1; current = parents[current] ?? -1) {
        lineage.unshift(id(current));
      }
      return lineage;
    });
    return { parents, lineages };
  });

const assignmentsArb = (forest: Forest): fc.Arbitrary<RoleAssignment[]> =>
  fc.array(
    fc
      .record({
        role: fc.constantFrom(...STAFF_ROLES),
        node: fc.integer({ min: 0, max: forest.parents.length - 1 }),
      })
      .map(({ role, node }) => ({
        role,
        organizationId: id(node),
        lineageIds: forest.lineages[node] ?? [],
      })),
    { maxLength: 6 },
  );

const scenarioArb = forestArb.chain((forest) =>
  fc.record({
    forest: fc.constant(forest),
    assignments: assignmentsArb(forest),
    permission: fc.constantFrom(...PERMISSIONS),
    role: fc.constantFrom(...STAFF_ROLES),
    target: fc.integer({ min: 0, max: forest.parents.length - 1 }),
  }),
);

/** Reference: walk up the parent array from the target. */
function ancestorsOrSelf(forest: Forest, node: number): Set<string> {
  const result = new Set<string>();
  for (let current = node; current !== -1; current = forest.parents[current] ?? -1) {
    result.add(id(current));
  }
  return result;
}

describe('isWithinSubtree', () => {
  it.each<[Org, string, boolean]>([
    ['plant', 'qd', true],
    ['plant', 'plant', true],
    ['plant', 'acftu', true],
    ['lc', 'sn', false],
    ['qd', 'sn', false],
    ['ta', 'qd', false],
  ])('%s within %s: %s', (target, scope, expected) => {
    expect(isWithinSubtree(LINEAGE[target], scope)).toBe(expected);
  });

  it('an empty lineage is within nothing', () => {
    expect(isWithinSubtree([], 'acftu')).toBe(false);
  });
});

describe('can', () => {
  const districtCaseworker = [at('CASEWORKER', 'sn')];

  it.each<[Permission, Org, boolean]>([
    ['aid.approve', 'sn', true],
    ['aid.approve', 'plant', true],
    ['aid.approve', 'qd', false],
    ['aid.approve', 'lc', false],
    ['member.revealIdentity', 'plant', true],
    ['member.write', 'plant', false],
    ['honor.review', 'sn', false],
  ])('a caseworker at 市南区 — %s at %s: %s', (permission, target, expected) => {
    expect(can(districtCaseworker, permission, LINEAGE[target])).toBe(expected);
  });

  it('combines assignments, each within its own subtree', () => {
    const staff = [at('VIEWER', 'qd'), at('JUDGE', 'ta')];
    expect(can(staff, 'member.read', LINEAGE.sn)).toBe(true);
    expect(can(staff, 'member.read', LINEAGE.ta)).toBe(false);
    expect(can(staff, 'competition.judge', LINEAGE.ta)).toBe(true);
    expect(can(staff, 'competition.judge', LINEAGE.qd)).toBe(false);
  });

  it('nobody without assignments can do anything', () => {
    expect(can([], 'organization.read', LINEAGE.acftu)).toBe(false);
  });

  it('is true iff some granting assignment sits on the target lineage', () => {
    fc.assert(
      fc.property(scenarioArb, ({ forest, assignments, permission, target }) => {
        const above = ancestorsOrSelf(forest, target);
        const expected = assignments.some(
          (a) => permissionsOf(a.role).includes(permission) && above.has(a.organizationId),
        );
        expect(can(assignments, permission, forest.lineages[target] ?? [])).toBe(expected);
      }),
    );
  });
});

describe('permissionsAt', () => {
  it('unions the roles that cover the target', () => {
    const staff = [at('CASEWORKER', 'qd'), at('JUDGE', 'sn'), at('REVIEWER', 'ta')];
    expect([...permissionsAt(staff, LINEAGE.plant)].sort()).toEqual(
      [...new Set([...permissionsOf('CASEWORKER'), ...permissionsOf('JUDGE')])].sort(),
    );
    expect([...permissionsAt(staff, LINEAGE.sd)]).toEqual([]);
  });

  it('holds exactly the permissions `can` grants', () => {
    fc.assert(
      fc.property(scenarioArb, ({ forest, assignments, target }) => {
        const lineage = forest.lineages[target] ?? [];
        const held = permissionsAt(assignments, lineage);
        for (const permission of PERMISSIONS) {
          expect(held.has(permission)).toBe(can(assignments, permission, lineage));
        }
      }),
    );
  });
});

describe('scopesFor', () => {
  it('drops organisations inside another listed subtree and duplicates', () => {
    const staff = [
      at('VIEWER', 'sn'),
      at('CASEWORKER', 'ta'),
      at('VIEWER', 'qd'),
      at('VIEWER', 'plant'),
      at('REVIEWER', 'ta'),
    ];
    expect(scopesFor(staff, 'member.read')).toEqual(['ta', 'qd']);
    expect(scopesFor(staff, 'aid.approve')).toEqual(['ta']);
    expect(scopesFor(staff, 'staff.manage')).toEqual([]);
  });

  it('keeps siblings side by side', () => {
    expect(scopesFor([at('JUDGE', 'sn'), at('JUDGE', 'lc')], 'competition.judge')).toEqual([
      'sn',
      'lc',
    ]);
  });

  it('covers exactly the targets `can` allows, and is minimal', () => {
    fc.assert(
      fc.property(scenarioArb, ({ forest, assignments, permission }) => {
        const scopes = scopesFor(assignments, permission);
        forest.lineages.forEach((lineage) => {
          expect(scopes.some((scope) => isWithinSubtree(lineage, scope))).toBe(
            can(assignments, permission, lineage),
          );
        });
        expect(new Set(scopes).size).toBe(scopes.length);
        for (const scope of scopes) {
          const node = Number(scope.slice('org-'.length));
          const strictAncestors = [...ancestorsOrSelf(forest, node)].filter((a) => a !== scope);
          expect(strictAncestors.some((a) => scopes.includes(a))).toBe(false);
        }
      }),
    );
  });
});

describe('checkRoleAssignment / canAssignRole', () => {
  const ruleOf = (
    granter: readonly RoleAssignment[],
    role: StaffRole,
    target: Org,
  ): string | null => {
    const result = checkRoleAssignment(granter, role, LINEAGE[target]);
    return result.ok ? null : result.error.rule;
  };

  it.each<[string, RoleAssignment[], StaffRole, Org, string | null]>([
    [
      'a city admin appoints a caseworker in a district',
      [at('UNION_ADMIN', 'qd')],
      'CASEWORKER',
      'sn',
      null,
    ],
    [
      'a city admin appoints a peer admin at its own union',
      [at('UNION_ADMIN', 'qd')],
      'UNION_ADMIN',
      'qd',
      null,
    ],
    ['a city admin appoints a judge at a plant', [at('UNION_ADMIN', 'qd')], 'JUDGE', 'plant', null],
    [
      'a city admin cannot act in another city',
      [at('UNION_ADMIN', 'qd')],
      'VIEWER',
      'ta',
      ROLE_ASSIGNMENT_RULES.OUT_OF_SCOPE,
    ],
    [
      'a district admin cannot act on its parent',
      [at('UNION_ADMIN', 'sn')],
      'VIEWER',
      'qd',
      ROLE_ASSIGNMENT_RULES.OUT_OF_SCOPE,
    ],
    [
      'a caseworker cannot manage staff',
      [at('CASEWORKER', 'qd')],
      'VIEWER',
      'sn',
      ROLE_ASSIGNMENT_RULES.OUT_OF_SCOPE,
    ],
    [
      'a union admin cannot make a super admin',
      [at('UNION_ADMIN', 'acftu')],
      'SUPER_ADMIN',
      'sn',
      ROLE_ASSIGNMENT_RULES.SUPER_ADMIN_ONLY,
    ],
    [
      'a super admin elsewhere cannot make a super admin here',
      [at('SUPER_ADMIN', 'ta'), at('UNION_ADMIN', 'qd')],
      'SUPER_ADMIN',
      'sn',
      ROLE_ASSIGNMENT_RULES.SUPER_ADMIN_ONLY,
    ],
    [
      'a super admin makes a super admin below it',
      [at('SUPER_ADMIN', 'sd')],
      'SUPER_ADMIN',
      'qd',
      null,
    ],
    [
      'a super admin makes a super admin at its own union',
      [at('SUPER_ADMIN', 'acftu')],
      'SUPER_ADMIN',
      'acftu',
      null,
    ],
  ])('%s', (_, granter, role, target, expected) => {
    expect(ruleOf(granter, role, target)).toBe(expected);
    expect(canAssignRole(granter, role, LINEAGE[target])).toBe(expected === null);
  });

  it('explains the super-admin refusal in Chinese', () => {
    // With the built-in matrix every staff manager other than a super admin holds every
    // permission but config.manage, so ROLE_ASSIGNMENT_ESCALATION is a safety net for future
    // roles: the only role that could escalate (SUPER_ADMIN) is refused by the check before it.
    const result = checkRoleAssignment([at('UNION_ADMIN', 'qd')], 'SUPER_ADMIN', LINEAGE.sn);
    expect(result.ok ? null : result.error).toEqual({
      field: 'role',
      rule: ROLE_ASSIGNMENT_RULES.SUPER_ADMIN_ONLY,
      message: '只有超级管理员可以授予超级管理员角色',
    });
  });

  it('uses the field name given by the caller', () => {
    const result = checkRoleAssignment([], 'VIEWER', LINEAGE.sn, 'roles[0]');
    expect(result.ok ? null : result.error.field).toBe('roles[0]');
  });

  it('never escalates: the grantee gets nothing the granter lacks anywhere in the subtree', () => {
    fc.assert(
      fc.property(scenarioArb, ({ forest, assignments, role, target }) => {
        const targetLineage = forest.lineages[target] ?? [];
        fc.pre(canAssignRole(assignments, role, targetLineage));
        expect(can(assignments, 'staff.manage', targetLineage)).toBe(true);
        if (role === 'SUPER_ADMIN') {
          expect(
            assignments.some(
              (a) => a.role === 'SUPER_ADMIN' && isWithinSubtree(targetLineage, a.organizationId),
            ),
          ).toBe(true);
        }
        const granted: RoleAssignment = {
          role,
          organizationId: id(target),
          lineageIds: targetLineage,
        };
        forest.lineages.forEach((lineage) => {
          const grantee = permissionsAt([granted], lineage);
          const granter = permissionsAt(assignments, lineage);
          for (const permission of grantee) {
            expect(granter.has(permission)).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('allows exactly: staff.manage there, SUPER_ADMIN from a super admin, permissions held', () => {
    fc.assert(
      fc.property(scenarioArb, ({ forest, assignments, role, target }) => {
        const above = ancestorsOrSelf(forest, target);
        const covering = assignments.filter((a) => above.has(a.organizationId));
        const held = new Set(covering.flatMap((a) => permissionsOf(a.role)));
        const expected =
          held.has('staff.manage') &&
          (role !== 'SUPER_ADMIN' || covering.some((a) => a.role === 'SUPER_ADMIN')) &&
          permissionsOf(role).every((p) => held.has(p));
        expect(canAssignRole(assignments, role, forest.lineages[target] ?? [])).toBe(expected);
      }),
    );
  });
});
