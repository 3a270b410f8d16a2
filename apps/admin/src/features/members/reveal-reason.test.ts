import { describe, expect, it } from 'vitest';
import { revealReasonProblem } from './reveal-reason';

describe('revealReasonProblem', () => {
  it('wants 5 to 200 characters after trimming', () => {
    expect(revealReasonProblem('')).toBe('member.reasonEmpty');
    expect(revealReasonProblem('   ')).toBe('member.reasonEmpty');
    expect(revealReasonProblem(undefined)).toBe('member.reasonEmpty');
    expect(revealReasonProblem('核实身份')).toBe('member.reasonTooShort');
    expect(revealReasonProblem('  核实身份  ')).toBe('member.reasonTooShort');
    expect(revealReasonProblem('核实帮扶申请人身份')).toBeNull();
    expect(revealReasonProblem('因'.repeat(200))).toBeNull();
    expect(revealReasonProblem('因'.repeat(201))).toBe('member.reasonTooLong');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(revealReasonProblem('𠀀𠀀𠀀𠀀𠀀')).toBeNull();
  });
});
