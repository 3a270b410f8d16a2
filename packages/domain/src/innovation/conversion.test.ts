import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, parseCalendarDate } from '../shared/calendar-date.js';
import {
  availableConversionMoves,
  CONVERSION_MOVES,
  CONVERSION_RULES,
  CONVERSION_STATES,
  CONVERSION_TRANSITIONS,
  type ConversionMove,
  type ConversionMoveRequest,
  type ConversionState,
  checkConversionMove,
  isFinalConversionState,
} from './conversion.js';

function d(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
}

const today = d('2026-12-02');

function request(
  move: ConversionMove,
  on = '2026-06-01',
  extra: Partial<ConversionMoveRequest> = {},
): ConversionMoveRequest {
  return {
    move,
    on: d(on),
    note: '',
    returnsFen: move === 'SECURE_RETURNS' ? 50_000_000 : null,
    ...extra,
  };
}

describe('the conversion pipeline', () => {
  it('walks assessed → promoted → in conversion → returns secured', () => {
    let state: ConversionState = 'REGISTERED';
    for (const move of ['ASSESS', 'PROMOTE', 'START_CONVERSION', 'SECURE_RETURNS'] as const) {
      const step = checkConversionMove({ state, lastMovedOn: null }, request(move), today);
      if (!step.ok) throw new Error(step.error.message);
      state = step.value.to;
    }
    expect(state).toBe('RETURNS_SECURED');
  });

  it.each<[string, ConversionState, ConversionMoveRequest, string | null, string | null]>([
    ['skip assessment', 'REGISTERED', request('PROMOTE'), null, CONVERSION_RULES.MOVE_NOT_ALLOWED],
    ['move a final result', 'ABANDONED', request('ASSESS'), null, CONVERSION_RULES.FINAL],
    [
      'abandon without a reason',
      'PROMOTED',
      request('ABANDON'),
      null,
      CONVERSION_RULES.REASON_REQUIRED,
    ],
    [
      'abandon with a reason',
      'PROMOTED',
      request('ABANDON', '2026-06-01', { note: '无企业承接' }),
      null,
      null,
    ],
    [
      'secure no returns',
      'IN_CONVERSION',
      request('SECURE_RETURNS', '2026-06-01', { returnsFen: 0 }),
      null,
      CONVERSION_RULES.RETURNS_REQUIRED,
    ],
    [
      'returns on another move',
      'ASSESSED',
      request('PROMOTE', '2026-06-01', { returnsFen: 10 }),
      null,
      CONVERSION_RULES.RETURNS_NOT_ALLOWED,
    ],
    [
      'a date before the last move',
      'ASSESSED',
      request('PROMOTE', '2026-04-30'),
      '2026-05-01',
      CONVERSION_RULES.DATE_BEFORE_LAST,
    ],
    [
      'the same day as the last move',
      'ASSESSED',
      request('PROMOTE', '2026-05-01'),
      '2026-05-01',
      null,
    ],
    [
      'a date in the future',
      'ASSESSED',
      request('PROMOTE', '2026-12-03'),
      null,
      CONVERSION_RULES.DATE_IN_FUTURE,
    ],
  ])('%s', (_name, state, move, last, rule) => {
    const result = checkConversionMove(
      { state, lastMovedOn: last === null ? null : d(last) },
      move,
      today,
    );
    expect(result.ok ? null : result.error.rule).toBe(rule);
  });

  it('offers exactly the transitions of the table', () => {
    expect(availableConversionMoves('REGISTERED')).toEqual(['ASSESS', 'ABANDON']);
    expect(availableConversionMoves('RETURNS_SECURED')).toEqual([]);
    for (const state of CONVERSION_STATES) {
      expect(availableConversionMoves(state).length === 0).toBe(isFinalConversionState(state));
    }
  });

  it('refuses every illegal move over random sequences and never leaves a final state (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            move: fc.constantFrom(...CONVERSION_MOVES),
            days: fc.integer({ min: -5, max: 20 }),
            note: fc.constantFrom('', '无企业承接'),
            returnsFen: fc.constantFrom(null, 0, 10_000),
          }),
          { maxLength: 15 },
        ),
        (moves) => {
          let state: ConversionState = 'REGISTERED';
          let last: CalendarDate | null = null;
          let on = d('2025-01-01');
          const visited: ConversionState[] = [state];
          for (const move of moves) {
            on = addDays(on, move.days);
            const result = checkConversionMove(
              { state, lastMovedOn: last },
              { move: move.move, on, note: move.note, returnsFen: move.returnsFen },
              today,
            );
            const legal = CONVERSION_TRANSITIONS.some(
              (t) => t.from === state && t.move === move.move,
            );
            if (!legal) {
              expect(result.ok).toBe(false);
            }
            if (result.ok) {
              expect(legal).toBe(true);
              expect(isFinalConversionState(state)).toBe(false);
              expect(last === null || result.value.on >= last).toBe(true);
              state = result.value.to;
              last = result.value.on;
              visited.push(state);
            }
          }
          // states only move forward through the pipeline (or to ABANDONED)
          const order = visited.map((s) => CONVERSION_STATES.indexOf(s));
          expect(order).toEqual([...order].sort((a, b) => a - b));
        },
      ),
    );
  });
});
