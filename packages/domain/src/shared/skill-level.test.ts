import { describe, expect, it } from 'vitest';
import { VOCATIONAL_LEVELS, vocationalLevelRank } from '../competition/vocational-levels.js';
import { SKILL_LEVELS as INNOVATION_SKILL_LEVELS } from '../innovation/studios.js';
import { isSkillLevel, SKILL_LEVEL_LABELS, SKILL_LEVELS, skillLevelRank } from './skill-level.js';

describe('the one skill-level list', () => {
  it('is the list both competitions and innovation use', () => {
    expect(VOCATIONAL_LEVELS).toBe(SKILL_LEVELS);
    expect(INNOVATION_SKILL_LEVELS).toBe(SKILL_LEVELS);
  });

  it('ranks the levels the same way in both modules, lowest first', () => {
    for (const level of SKILL_LEVELS) {
      expect(vocationalLevelRank(level)).toBe(skillLevelRank(level));
    }
    expect(skillLevelRank('JUNIOR')).toBe(0);
    expect(skillLevelRank('CHIEF_TECHNICIAN')).toBe(SKILL_LEVELS.length - 1);
  });

  it('labels every level and narrows untrusted strings', () => {
    expect(Object.keys(SKILL_LEVEL_LABELS)).toEqual([...SKILL_LEVELS]);
    expect(SKILL_LEVEL_LABELS.SENIOR_TECHNICIAN).toBe('高级技师');
    expect(isSkillLevel('TECHNICIAN')).toBe(true);
    expect(isSkillLevel('MASTER')).toBe(false);
  });
});
