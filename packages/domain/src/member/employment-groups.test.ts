import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../shared/result.js';
import {
  isNewEmploymentGroup,
  MIGRANT_WORKER_FLAG_RULES,
  NEW_EMPLOYMENT_GROUP_LABELS,
  NEW_EMPLOYMENT_GROUP_RULES,
  NEW_EMPLOYMENT_GROUP_SYNONYMS,
  NEW_EMPLOYMENT_GROUPS,
  type NewEmploymentGroup,
  parseMigrantWorkerFlag,
  parseNewEmploymentGroup,
} from './employment-groups.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function ruleOf<T>(result: Result<T, { rule: string }>): string | null {
  return result.ok ? null : result.error.rule;
}

const groupArb = fc.constantFrom(...NEW_EMPLOYMENT_GROUPS);

describe('NEW_EMPLOYMENT_GROUPS', () => {
  it('are the eight groups with their statistical names', () => {
    expect(NEW_EMPLOYMENT_GROUPS.map((group) => NEW_EMPLOYMENT_GROUP_LABELS[group])).toEqual([
      '货车司机',
      '快递员',
      '外卖送餐员',
      '网约车司机',
      '护工护理员',
      '家政服务员',
      '商场信息员',
      '保安员',
    ]);
  });

  it.each([
    ['COURIER', true],
    ['courier', false],
    ['快递员', false],
  ])('isNewEmploymentGroup(%j) is %s', (value, expected) => {
    expect(isNewEmploymentGroup(value)).toBe(expected);
  });
});

describe('parseNewEmploymentGroup', () => {
  it.each<[string, NewEmploymentGroup]>([
    ['货车司机', 'TRUCK_DRIVER'],
    ['卡车司机', 'TRUCK_DRIVER'],
    ['Truck Driver', 'TRUCK_DRIVER'],
    ['快递员', 'COURIER'],
    ['快递小哥', 'COURIER'],
    ['courier', 'COURIER'],
    ['外卖送餐员', 'FOOD_DELIVERY_RIDER'],
    ['外卖骑手', 'FOOD_DELIVERY_RIDER'],
    ['网约配送员', 'FOOD_DELIVERY_RIDER'],
    [' 外卖 骑手 ', 'FOOD_DELIVERY_RIDER'],
    ['FOOD_DELIVERY_RIDER', 'FOOD_DELIVERY_RIDER'],
    ['food-delivery rider', 'FOOD_DELIVERY_RIDER'],
    ['网约车司机', 'RIDE_HAILING_DRIVER'],
    ['Ride-hailing driver', 'RIDE_HAILING_DRIVER'],
    ['护工护理员', 'CARER'],
    ['养老护理员', 'CARER'],
    ['护工', 'CARER'],
    ['家政服务员', 'DOMESTIC_WORKER'],
    ['月嫂', 'DOMESTIC_WORKER'],
    ['商场信息员', 'MALL_PROMOTER'],
    ['促销员', 'MALL_PROMOTER'],
    ['保安员', 'SECURITY_GUARD'],
    ['保安', 'SECURITY_GUARD'],
    ['ＳＥＣＵＲＩＴＹ＿ＧＵＡＲＤ', 'SECURITY_GUARD'],
  ])('reads %j as %s', (input, group) => {
    expect(unwrap(parseNewEmploymentGroup(input))).toBe(group);
  });

  it.each(['', '   ', '无', '否', 'none', '-'])('reads %j as no group', (input) => {
    expect(unwrap(parseNewEmploymentGroup(input))).toBeNull();
  });

  it.each(['司机', '骑手', '配送员', '护士', '程序员', 'driver', 'rider', '外卖'])(
    'refuses the ambiguous or unknown %j',
    (input) => {
      expect(ruleOf(parseNewEmploymentGroup(input))).toBe(NEW_EMPLOYMENT_GROUP_RULES.UNKNOWN);
    },
  );

  it('lists the eight groups in the message and names the field', () => {
    expect(parseNewEmploymentGroup(' 骑手 ', 'group')).toEqual({
      ok: false,
      error: {
        field: 'group',
        rule: NEW_EMPLOYMENT_GROUP_RULES.UNKNOWN,
        message:
          '无法识别的新就业形态群体「骑手」，应为：货车司机、快递员、外卖送餐员、网约车司机、护工护理员、家政服务员、商场信息员、保安员，不属于时留空',
      },
    });
  });

  it('property: the code, the label and every synonym read back as their group', () => {
    fc.assert(
      fc.property(groupArb, fc.nat(), (group, pick) => {
        const names = [
          group,
          group.toLowerCase(),
          NEW_EMPLOYMENT_GROUP_LABELS[group],
          ...NEW_EMPLOYMENT_GROUP_SYNONYMS[group],
        ];
        const name = names[pick % names.length] ?? group;
        expect(unwrap(parseNewEmploymentGroup(name))).toBe(group);
        expect(unwrap(parseNewEmploymentGroup(`  ${name.toUpperCase()} `))).toBe(group);
      }),
    );
  });

  it('property: no accepted name belongs to two groups', () => {
    const owners = new Map<string, NewEmploymentGroup>();
    for (const group of NEW_EMPLOYMENT_GROUPS) {
      for (const name of [
        NEW_EMPLOYMENT_GROUP_LABELS[group],
        ...NEW_EMPLOYMENT_GROUP_SYNONYMS[group],
      ]) {
        const key = name.toLowerCase().replace(/\s/g, '');
        expect(owners.get(key) ?? group).toBe(group);
        owners.set(key, group);
      }
    }
  });

  it('property: any input either reads as a group, as no group, or fails with the unknown rule', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (input) => {
        const result = parseNewEmploymentGroup(input);
        if (result.ok) {
          expect(result.value === null || isNewEmploymentGroup(result.value)).toBe(true);
        } else {
          expect(result.error.rule).toBe(NEW_EMPLOYMENT_GROUP_RULES.UNKNOWN);
        }
      }),
    );
  });
});

describe('parseMigrantWorkerFlag', () => {
  it.each<[string | number | boolean | null | undefined, boolean]>([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['N', false],
    ['y', true],
    ['n', false],
    ['Yes', true],
    ['NO', false],
    ['1', true],
    ['0', false],
    ['true', true],
    ['FALSE', false],
    [' 是 ', true],
    ['Ｙ', true],
    ['１', true],
    ['√', true],
    ['×', false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ['', false],
    ['  ', false],
    [null, false],
    [undefined, false],
  ])('reads %j as %s', (input, expected) => {
    expect(unwrap(parseMigrantWorkerFlag(input))).toBe(expected);
  });

  it.each<[string | number]>([
    ['是的'],
    ['2'],
    [2],
    [-1],
    [0.5],
    ['农民工'],
    ['x'],
    ['yes please'],
  ])('refuses %j', (input) => {
    expect(ruleOf(parseMigrantWorkerFlag(input))).toBe(MIGRANT_WORKER_FLAG_RULES.INVALID);
  });

  it('explains the accepted values in Chinese', () => {
    expect(parseMigrantWorkerFlag('可能', 'migrant')).toEqual({
      ok: false,
      error: {
        field: 'migrant',
        rule: MIGRANT_WORKER_FLAG_RULES.INVALID,
        message: '是否农民工应填写“是”或“否”，不能为「可能」',
      },
    });
  });

  it('property: booleans pass through, and their text forms read back', () => {
    fc.assert(
      fc.property(fc.boolean(), (flag) => {
        expect(unwrap(parseMigrantWorkerFlag(flag))).toBe(flag);
        expect(unwrap(parseMigrantWorkerFlag(String(flag)))).toBe(flag);
        expect(unwrap(parseMigrantWorkerFlag(flag ? '是' : '否'))).toBe(flag);
        expect(unwrap(parseMigrantWorkerFlag(Number(flag)))).toBe(flag);
      }),
    );
  });

  it('property: integers other than 0 and 1 are refused', () => {
    fc.assert(
      fc.property(fc.integer(), (n) => {
        fc.pre(n !== 0 && n !== 1);
        expect(ruleOf(parseMigrantWorkerFlag(n))).toBe(MIGRANT_WORKER_FLAG_RULES.INVALID);
      }),
    );
  });
});
