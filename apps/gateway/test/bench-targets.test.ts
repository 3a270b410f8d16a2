import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTargets, median, type TargetRun } from '../scripts/bench/targets.js';

const run = (
  operation: string,
  round: number,
  values: Partial<TargetRun> & { p90?: number; p97_5?: number },
): TargetRun => ({
  operation,
  round,
  target: 'gateway',
  connections: 10,
  requestsPerSecond: 100,
  p90: 10,
  p97_5: 20,
  ...values,
});

describe('the bench targets (scripts/bench/targets.ts)', () => {
  it('takes the median of an odd and an even count of rounds', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('judges stats ÷ pk on the median of the rounds, at p90 and p97.5 both', () => {
    const runs = [
      run('stats', 1, { p90: 30, p97_5: 40 }),
      run('pk', 1, { p90: 10, p97_5: 20 }), // 3× and 2×: a bad round
      run('stats', 2, { p90: 12, p97_5: 22 }),
      run('pk', 2, { p90: 10, p97_5: 20 }), // 1.2× and 1.1×
      run('stats', 3, { p90: 14, p97_5: 26 }),
      run('pk', 3, { p90: 10, p97_5: 20 }), // 1.4× and 1.3×
    ];
    const [stats] = evaluateTargets(runs);
    expect(stats?.key).toBe('stats÷pk');
    expect(stats?.rounds.map((entry) => entry.values)).toEqual([
      [3, 2],
      [1.2, 1.1],
      [1.4, 1.3],
    ]);
    expect(stats?.medians).toEqual([1.4, 1.3]);
    expect(stats?.met).toBe(true);

    const worse = evaluateTargets(
      runs.map((entry) =>
        entry.operation === 'stats' ? { ...entry, p97_5: entry.p97_5 * 2 } : entry,
      ),
    );
    expect(worse[0]?.met).toBe(false);
  });

  it('judges the roll against (b) on throughput, and the deep page against the first', () => {
    const runs = [
      run('roll', 1, { requestsPerSecond: 60, p90: 20, p97_5: 30 }),
      { ...run('roll', 1, { requestsPerSecond: 100 }), target: 'pg' as const },
      run('roll-deep', 1, { p90: 26, p97_5: 33 }),
    ];
    const outcomes = Object.fromEntries(evaluateTargets(runs).map((entry) => [entry.key, entry]));
    expect(outcomes['roll÷(b)']?.medians).toEqual([0.6]);
    expect(outcomes['roll÷(b)']?.met).toBe(true);
    expect(outcomes['deep÷first']?.medians).toEqual([1.3, 1.1]);
    expect(outcomes['deep÷first']?.met).toBe(false);
    expect(outcomes['stats÷pk']).toBeUndefined();
    const cached = evaluateTargets(runs, [], { publicReadCache: true }).find(
      (entry) => entry.key === 'roll÷(b)',
    );
    expect(cached?.bound).toEqual({ kind: 'at least', value: 2 });
    expect(cached?.met).toBe(false);
  });

  it('judges a latency target on the alternating slices of its pair when there are some', () => {
    const sequential = [
      run('stats', 1, { p90: 30, p97_5: 60 }),
      run('pk', 1, { p90: 10, p97_5: 20 }),
    ];
    const paired = [run('stats', 1, { p90: 12, p97_5: 24 }), run('pk', 1, { p90: 10, p97_5: 20 })];
    const [fromSequential] = evaluateTargets(sequential);
    expect(fromSequential?.source).toBe('sequential');
    expect(fromSequential?.met).toBe(false);
    const [fromPaired] = evaluateTargets(sequential, paired);
    expect(fromPaired?.source).toBe('alternating');
    expect(fromPaired?.medians).toEqual([1.2, 1.2]);
    expect(fromPaired?.met).toBe(true);
  });

  it('keeps connection levels apart', () => {
    const runs = [
      run('stats', 1, { p90: 10 }),
      run('pk', 1, { p90: 10 }),
      run('stats', 1, { connections: 100, p90: 40 }),
      run('pk', 1, { connections: 100, p90: 10 }),
    ];
    const outcomes = evaluateTargets(runs);
    expect(outcomes.map((entry) => [entry.connections, entry.medians[0]])).toEqual([
      [10, 1],
      [100, 4],
    ]);
  });

  it('a median lies between the smallest and the largest round', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1 }),
        (values) => {
          const middle = median(values);
          return middle >= Math.min(...values) && middle <= Math.max(...values);
        },
      ),
    );
  });
});
