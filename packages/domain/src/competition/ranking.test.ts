import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AwardScheme,
  awardCapacities,
  awardSchemeIssues,
  computeAwards,
  DEFAULT_AWARD_SCHEME,
  type RankingInput,
  rankEntries,
} from './ranking.js';

const entry = (
  id: string,
  totalCenti: number | null,
  practicalCenti: number | null = totalCenti,
  timeUsedSeconds: number | null = 3600,
): RankingInput => ({ id, totalCenti, practicalCenti, timeUsedSeconds });

describe('rankEntries', () => {
  it('ranks by total, high first', () => {
    const ranked = rankEntries([entry('a', 8000), entry('b', 9000), entry('c', 8500)]);
    expect(ranked.map((row) => [row.entry.id, row.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });

  it('breaks a tie on the practical score, then on time used', () => {
    const ranked = rankEntries([
      entry('slow', 9000, 9200, 3000),
      entry('fast', 9000, 9200, 2400),
      entry('practical', 9000, 9500, 3500),
    ]);
    expect(ranked.map((row) => [row.entry.id, row.rank, row.tieBrokenBy])).toEqual([
      ['practical', 1, null],
      ['fast', 2, 'PRACTICAL'],
      ['slow', 3, 'TIME'],
    ]);
  });

  it('shares a rank when total, practical and time are all equal (1, 2, 2, 4)', () => {
    const ranked = rankEntries([
      entry('a', 9000),
      entry('b', 8000),
      entry('c', 8000),
      entry('d', 7000),
    ]);
    expect(ranked.map((row) => row.rank)).toEqual([1, 2, 2, 4]);
  });

  it('puts untimed entrants after timed ones on a tie', () => {
    const ranked = rankEntries([
      entry('untimed', 9000, 9000, null),
      entry('timed', 9000, 9000, 5000),
    ]);
    expect(ranked.map((row) => row.entry.id)).toEqual(['timed', 'untimed']);
  });

  it('leaves entrants not yet scored unranked, after the others', () => {
    const ranked = rankEntries([entry('pending', null), entry('done', 6000)]);
    expect(ranked.map((row) => [row.entry.id, row.rank, row.position])).toEqual([
      ['done', 1, 1],
      ['pending', null, 2],
    ]);
  });

  const arbitraryEntries = fc
    .array(
      fc.record({
        totalCenti: fc.option(fc.integer({ min: 0, max: 20 }), { freq: 5 }),
        practicalCenti: fc.integer({ min: 0, max: 3 }),
        timeUsedSeconds: fc.option(fc.integer({ min: 0, max: 3 })),
      }),
      { maxLength: 40 },
    )
    .map((rows) => rows.map((row, i) => ({ id: `e${i}`, ...row })));

  it('is a permutation of the entrants, ranks non-decreasing, ordered by the comparison (property)', () => {
    fc.assert(
      fc.property(arbitraryEntries, (entries) => {
        const ranked = rankEntries(entries);
        expect(ranked.map((row) => row.entry.id).sort()).toEqual(entries.map((e) => e.id).sort());
        expect(ranked.map((row) => row.position)).toEqual(entries.map((_, i) => i + 1));
        const ranks = ranked.filter((row) => row.rank !== null).map((row) => row.rank as number);
        for (let i = 1; i < ranks.length; i += 1) {
          expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1] as number);
        }
        ranked.forEach((row, i) => {
          if (row.rank !== null) expect(row.rank).toBeLessThanOrEqual(i + 1);
        });
      }),
    );
  });
});

describe('awards', () => {
  it('by share: 10 % / 20 % / 30 % of 20 ranked', () => {
    const entries = Array.from({ length: 20 }, (_, i) => entry(`e${i}`, 10000 - i * 10));
    const awards = computeAwards(rankEntries(entries), DEFAULT_AWARD_SCHEME);
    const counts = [...awards.values()].reduce<Record<string, number>>((acc, level) => {
      acc[level] = (acc[level] ?? 0) + 1;
      return acc;
    }, {});
    expect(counts).toEqual({ FIRST_PRIZE: 2, SECOND_PRIZE: 4, THIRD_PRIZE: 6 });
    expect(awards.get('e0')).toBe('FIRST_PRIZE');
    expect(awards.get('e2')).toBe('SECOND_PRIZE');
    expect(awards.get('e11')).toBe('THIRD_PRIZE');
    expect(awards.has('e12')).toBe(false);
  });

  it('gold, silver, bronze and excellence down to the top half', () => {
    const entries = Array.from({ length: 12 }, (_, i) => entry(`e${i}`, 10000 - i * 10));
    const awards = computeAwards(rankEntries(entries), { kind: 'MEDALS', excellenceToBp: 5000 });
    expect(entries.map((e) => awards.get(e.id) ?? '-')).toEqual([
      'GOLD',
      'SILVER',
      'BRONZE',
      'EXCELLENCE',
      'EXCELLENCE',
      'EXCELLENCE',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
    ]);
  });

  it('moves a tie group that would overflow a prize down whole', () => {
    // 10 ranked: first prize holds 1, but two share first place → both second prize.
    const entries = [
      entry('a', 9000),
      entry('b', 9000),
      ...Array.from({ length: 8 }, (_, i) => entry(`x${i}`, 5000 - i)),
    ];
    const awards = computeAwards(rankEntries(entries), DEFAULT_AWARD_SCHEME);
    expect(awards.get('a')).toBe('SECOND_PRIZE');
    expect(awards.get('b')).toBe('SECOND_PRIZE');
    expect(awards.get('x0')).toBe('THIRD_PRIZE');
  });

  it('gives nothing to the unranked', () => {
    const awards = computeAwards(rankEntries([entry('a', null), entry('b', 9000)]), {
      kind: 'MEDALS',
      excellenceToBp: 5000,
    });
    expect(awards.get('a')).toBeUndefined();
    expect(awards.get('b')).toBe('GOLD');
  });

  it('checks the scheme', () => {
    expect(awardSchemeIssues(DEFAULT_AWARD_SCHEME)).toEqual([]);
    expect(
      awardSchemeIssues({ kind: 'SHARES', firstBp: 5000, secondBp: 5000, thirdBp: 1 }),
    ).toHaveLength(1);
  });

  const schemes = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 4000 }),
      )
      .map(
        ([firstBp, secondBp, thirdBp]): AwardScheme => ({
          kind: 'SHARES',
          firstBp,
          secondBp,
          thirdBp,
        }),
      ),
    fc
      .integer({ min: 0, max: 10000 })
      .map((excellenceToBp): AwardScheme => ({ kind: 'MEDALS', excellenceToBp })),
  );

  it('never exceed their shares, give ties the same award, and never a lower award to a better rank (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 15 }), { freq: 6 }), { maxLength: 60 }),
        schemes,
        (totals, scheme) => {
          const entries = totals.map((total, i) => entry(`e${i}`, total));
          const ranking = rankEntries(entries);
          const awards = computeAwards(ranking, scheme);
          const rankedCount = ranking.filter((row) => row.rank !== null).length;
          const capacities = awardCapacities(scheme, rankedCount);
          for (const { level, capacity } of capacities) {
            expect(
              [...awards.values()].filter((award) => award === level).length,
            ).toBeLessThanOrEqual(capacity);
          }
          const order = capacities.map((c) => c.level);
          const tierOf = (id: string) => {
            const award = awards.get(id);
            return award === undefined ? order.length : order.indexOf(award);
          };
          for (let i = 1; i < ranking.length; i += 1) {
            const above = ranking[i - 1];
            const below = ranking[i];
            if (!above || !below) continue;
            expect(tierOf(above.entry.id)).toBeLessThanOrEqual(tierOf(below.entry.id));
            if (above.rank !== null && above.rank === below.rank) {
              expect(awards.get(above.entry.id)).toBe(awards.get(below.entry.id));
            }
          }
        },
      ),
    );
  });
});
