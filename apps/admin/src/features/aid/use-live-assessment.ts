import { useMemo } from 'react';
import { useQuery } from 'urql';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import type { Assessment } from './hardship-assessment-card';
import type { FactsInput } from './hardship-form';
import { AssessHardshipQuery } from './hardship-queries';

/**
 * The gateway's classification of the household being typed (assessHardship stores nothing),
 * re-asked once typing pauses. Keeps showing the last result while the next one loads.
 */
export function useLiveAssessment(organizationId: string | null, facts: FactsInput | null) {
  const key = organizationId && facts ? JSON.stringify({ organizationId, facts }) : '';
  const settled = useDebouncedValue(key, 400);
  const variables = useMemo(
    () =>
      settled
        ? { input: JSON.parse(settled) as { organizationId: string; facts: FactsInput } }
        : null,
    [settled],
  );
  const [result] = useQuery({
    query: AssessHardshipQuery,
    variables: {
      input: {
        organizationId: variables?.input.organizationId ?? null,
        household: variables?.input.facts ?? {
          size: 0,
          incomes: [],
          expenditures: [],
          homesOwned: 0,
        },
      },
    },
    pause: variables === null,
    requestPolicy: 'network-only',
  });
  const answer = result.data?.assessHardship;
  const assessment: Assessment | null = answer?.__typename === 'HardshipAssessment' ? answer : null;
  const problem = answer && answer.__typename !== 'HardshipAssessment' ? answer.message : null;
  return { assessment, problem, loading: result.fetching || key !== settled };
}
