import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, parseCalendarDate } from '../shared/calendar-date.js';
import type { Result } from '../shared/result.js';
import {
  checkDissolution,
  checkFounding,
  DISSOLUTION_RULES,
  type DissolutionInput,
  dissolutionIssues,
  FOUNDING_RULES,
  type FoundingInput,
  foundingIssues,
} from './founding.js';
import { ORG_KIND_RULES } from './org-kind.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function ruleOf<T>(result: Result<T, { rule: string }>): string | null {
  return result.ok ? null : result.error.rule;
}

const d = (text: string): CalendarDate => unwrap(parseCalendarDate(text));

const TODAY = d('2024-06-30');

/** 青岛某公司工会, founded under 市南区某街道工会. */
const FOUNDING: FoundingInput = {
  kind: 'GRASSROOTS_UNION',
  parentKind: 'TOWNSHIP_UNION',
  parentFoundedOn: d('2005-03-01'),
  parentDissolvedOn: null,
  foundedOn: d('2024-05-20'),
  approvedOn: d('2024-06-03'),
  today: TODAY,
};

const DISSOLUTION: DissolutionInput = {
  foundedOn: d('2012-04-01'),
  dissolvedOn: d('2024-05-31'),
  approvedOn: d('2024-06-15'),
  today: TODAY,
  activeChildCount: 0,
  activeMemberCount: 0,
};

const foundingRules = (input: FoundingInput): string[] =>
  foundingIssues(input).map((issue) => issue.rule);

const dissolutionRules = (input: DissolutionInput): string[] =>
  dissolutionIssues(input).map((issue) => issue.rule);

describe('checkFounding', () => {
  it('accepts a founding approved by the parent after the assembly', () => {
    expect(checkFounding(FOUNDING)).toEqual({ ok: true, value: undefined });
  });

  it.each<[string, Partial<FoundingInput>]>([
    ['assembly and approval on the same day', { approvedOn: d('2024-05-20') }],
    ['approval today', { approvedOn: TODAY }],
    ['founded today and approved today', { foundedOn: TODAY, approvedOn: TODAY }],
    ['founded on the parent’s founding day', { foundedOn: d('2005-03-01') }],
    ['parent founding date not recorded', { parentFoundedOn: null }],
    [
      'the root, without parent or approval',
      {
        kind: 'NATIONAL_FEDERATION',
        parentKind: null,
        parentFoundedOn: null,
        foundedOn: d('1925-05-01'),
        approvedOn: null,
      },
    ],
    [
      'a joint grassroots union in a park',
      { kind: 'JOINT_GRASSROOTS_UNION', parentKind: 'PARK_UNION' },
    ],
  ])('accepts %s', (_, change) => {
    expect(checkFounding({ ...FOUNDING, ...change }).ok).toBe(true);
  });

  it.each<[string, Partial<FoundingInput>, string]>([
    [
      'a parent of the wrong kind',
      { parentKind: 'CITY_FEDERATION' },
      ORG_KIND_RULES.PARENT_NOT_ALLOWED,
    ],
    ['no parent', { parentKind: null }, ORG_KIND_RULES.PARENT_REQUIRED],
    ['a dissolved parent', { parentDissolvedOn: d('2023-12-31') }, FOUNDING_RULES.PARENT_DISSOLVED],
    ['a founding date after today', { foundedOn: d('2024-07-01') }, FOUNDING_RULES.DATE_IN_FUTURE],
    ['a founding before the parent', { foundedOn: d('2005-02-28') }, FOUNDING_RULES.BEFORE_PARENT],
    ['no approval', { approvedOn: null }, FOUNDING_RULES.APPROVAL_MISSING],
    [
      'approval before the assembly',
      { approvedOn: d('2024-05-19') },
      FOUNDING_RULES.APPROVAL_BEFORE_ASSEMBLY,
    ],
    ['approval after today', { approvedOn: d('2024-07-01') }, FOUNDING_RULES.APPROVAL_IN_FUTURE],
  ])('refuses %s', (_, change, rule) => {
    expect(ruleOf(checkFounding({ ...FOUNDING, ...change }))).toBe(rule);
  });

  it('lists every issue in order, with the fields to highlight', () => {
    const issues = foundingIssues({
      ...FOUNDING,
      parentKind: 'BRANCH',
      parentDissolvedOn: d('2020-01-01'),
      foundedOn: d('2024-08-01'),
      parentFoundedOn: d('2024-09-01'),
      approvedOn: d('2024-07-15'),
    });
    expect(issues.map(({ field, rule }) => [field, rule])).toEqual([
      ['parentKind', ORG_KIND_RULES.PARENT_NOT_ALLOWED],
      ['parentDissolvedOn', FOUNDING_RULES.PARENT_DISSOLVED],
      ['foundedOn', FOUNDING_RULES.DATE_IN_FUTURE],
      ['foundedOn', FOUNDING_RULES.BEFORE_PARENT],
      ['approvedOn', FOUNDING_RULES.APPROVAL_BEFORE_ASSEMBLY],
      ['approvedOn', FOUNDING_RULES.APPROVAL_IN_FUTURE],
    ]);
  });

  it('gives plain Chinese messages with the dates', () => {
    const result = checkFounding({ ...FOUNDING, approvedOn: d('2024-05-01') });
    expect(result.ok ? null : result.error.message).toBe(
      '上级工会批准日期 2024-05-01 早于成立大会日期 2024-05-20',
    );
  });
});

describe('checkDissolution', () => {
  it('accepts a dissolution with no children and no members left, approved afterwards', () => {
    expect(checkDissolution(DISSOLUTION)).toEqual({ ok: true, value: undefined });
  });

  it.each<[string, Partial<DissolutionInput>]>([
    ['dissolved and approved today', { dissolvedOn: TODAY, approvedOn: TODAY }],
    ['dissolved on the founding day', { dissolvedOn: d('2012-04-01') }],
    ['approval on the dissolution day', { approvedOn: d('2024-05-31') }],
  ])('accepts %s', (_, change) => {
    expect(checkDissolution({ ...DISSOLUTION, ...change }).ok).toBe(true);
  });

  it.each<[string, Partial<DissolutionInput>, string]>([
    ['a date before founding', { dissolvedOn: d('2012-03-31') }, DISSOLUTION_RULES.BEFORE_FOUNDING],
    [
      'a date after today',
      { dissolvedOn: d('2024-07-01'), approvedOn: d('2024-07-01') },
      DISSOLUTION_RULES.DATE_IN_FUTURE,
    ],
    ['no approval', { approvedOn: null }, DISSOLUTION_RULES.APPROVAL_MISSING],
    [
      'approval before the dissolution date',
      { approvedOn: d('2024-05-30') },
      DISSOLUTION_RULES.APPROVAL_BEFORE_DISSOLUTION,
    ],
    ['approval after today', { approvedOn: d('2024-07-01') }, DISSOLUTION_RULES.APPROVAL_IN_FUTURE],
    ['a branch still active', { activeChildCount: 1 }, DISSOLUTION_RULES.ACTIVE_CHILDREN],
    ['members not yet transferred', { activeMemberCount: 37 }, DISSOLUTION_RULES.ACTIVE_MEMBERS],
  ])('refuses %s', (_, change, rule) => {
    expect(ruleOf(checkDissolution({ ...DISSOLUTION, ...change }))).toBe(rule);
  });

  it('tells staff to transfer the members first', () => {
    const result = checkDissolution({ ...DISSOLUTION, activeMemberCount: 37 });
    expect(result.ok ? null : result.error).toEqual({
      field: 'activeMemberCount',
      rule: DISSOLUTION_RULES.ACTIVE_MEMBERS,
      message: '还有 37 名会员（含保留会籍的退休会员）的会籍在本组织，请先办理转会',
    });
  });

  it('lists every issue in order', () => {
    expect(
      dissolutionRules({
        foundedOn: d('2024-07-10'),
        dissolvedOn: d('2024-07-05'),
        approvedOn: d('2024-07-01'),
        today: TODAY,
        activeChildCount: 2,
        activeMemberCount: 5,
      }),
    ).toEqual([
      DISSOLUTION_RULES.BEFORE_FOUNDING,
      DISSOLUTION_RULES.DATE_IN_FUTURE,
      DISSOLUTION_RULES.APPROVAL_BEFORE_DISSOLUTION,
      DISSOLUTION_RULES.APPROVAL_IN_FUTURE,
      DISSOLUTION_RULES.ACTIVE_CHILDREN,
      DISSOLUTION_RULES.ACTIVE_MEMBERS,
    ]);
  });

  it.each([-1, 1.5, Number.NaN])('throws for an invalid count %s', (count) => {
    expect(() => checkDissolution({ ...DISSOLUTION, activeChildCount: count })).toThrow(RangeError);
    expect(() => checkDissolution({ ...DISSOLUTION, activeMemberCount: count })).toThrow(
      RangeError,
    );
  });
});

describe('founding and dissolution — properties', () => {
  const dayArb = fc.integer({ min: 0, max: 20_000 });
  const base = d('1950-01-01');

  /** Four ordered dates a ≤ b ≤ c ≤ e from offsets. */
  const orderedArb = fc
    .tuple(dayArb, dayArb, dayArb, dayArb)
    .map((days) => [...days].sort((x, y) => x - y).map((n) => addDays(base, n)));

  it('ordered dates, an allowed parent and no dissolved parent always pass', () => {
    fc.assert(
      fc.property(orderedArb, ([parentFoundedOn, foundedOn, approvedOn, today]) => {
        const input: FoundingInput = {
          ...FOUNDING,
          parentFoundedOn: parentFoundedOn ?? null,
          foundedOn: foundedOn ?? base,
          approvedOn: approvedOn ?? null,
          today: today ?? base,
        };
        expect(foundingIssues(input)).toEqual([]);
      }),
    );
  });

  it('checkFounding fails with exactly the first issue', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.option(dayArb, { nil: null }),
        fc.option(dayArb, { nil: null }),
        fc.option(dayArb, { nil: null }),
        dayArb,
        (founded, approved, parentFounded, parentDissolved, today) => {
          const at = (n: number) => addDays(base, n);
          const input: FoundingInput = {
            ...FOUNDING,
            foundedOn: at(founded),
            approvedOn: approved === null ? null : at(approved),
            parentFoundedOn: parentFounded === null ? null : at(parentFounded),
            parentDissolvedOn: parentDissolved === null ? null : at(parentDissolved),
            today: at(today),
          };
          const [first] = foundingIssues(input);
          expect(checkFounding(input)).toEqual(
            first === undefined ? { ok: true, value: undefined } : { ok: false, error: first },
          );
          expect(foundingRules(input).includes(FOUNDING_RULES.DATE_IN_FUTURE)).toBe(
            founded > today,
          );
          expect(foundingRules(input).includes(FOUNDING_RULES.PARENT_DISSOLVED)).toBe(
            parentDissolved !== null,
          );
        },
      ),
    );
  });

  it('a dissolution with ordered dates passes exactly when nothing is left in it', () => {
    fc.assert(
      fc.property(
        orderedArb,
        fc.nat({ max: 3 }),
        fc.nat({ max: 3 }),
        ([foundedOn, dissolvedOn, approvedOn, today], children, members) => {
          const input: DissolutionInput = {
            foundedOn: foundedOn ?? base,
            dissolvedOn: dissolvedOn ?? base,
            approvedOn: approvedOn ?? null,
            today: today ?? base,
            activeChildCount: children,
            activeMemberCount: members,
          };
          const expected = [
            ...(children > 0 ? [DISSOLUTION_RULES.ACTIVE_CHILDREN] : []),
            ...(members > 0 ? [DISSOLUTION_RULES.ACTIVE_MEMBERS] : []),
          ];
          expect(dissolutionRules(input)).toEqual(expected);
          expect(ruleOf(checkDissolution(input))).toBe(expected[0] ?? null);
        },
      ),
    );
  });
});
